"""A small library catalogue split across a package with subpackages.

The package shows the import forms a real program uses: absolute and relative imports,
`from . import`, a subpackage that imports its parent, and a circular import between two
modules that only touch each other's names at call time.
"""
from .models import Book, Shelf
from .storage.codec import dump_catalogue, load_catalogue

__all__ = ["Book", "Shelf", "dump_catalogue", "load_catalogue", "VERSION"]
VERSION = (1, 2)
