"""Uses the bookshelf package: relative, absolute and circular imports across subpackages."""
import sys

import bookshelf
from bookshelf import Book, Shelf, dump_catalogue, load_catalogue
from bookshelf.models import shelf as shelf_module
import bookshelf.storage.index as index

print("version", bookshelf.VERSION)
print("package", bookshelf.__name__, bookshelf.__package__)
print("submodule", shelf_module.__name__, shelf_module.__package__)
print("same module", shelf_module.Shelf is Shelf, index is sys.modules["bookshelf.storage.index"])

s = Shelf("fiction")
for title, author, year, tags in [
    ("Dune", "Herbert", 1965, ["sf"]),
    ("Emma", "Austen", 1815, []),
    ("Persuasion", "Austen", 1817, ["romance", "classic"]),
]:
    Book(title, author, year, tags).on(s)
print(len(s), s.by_author())

text = dump_catalogue(s)
print(text)
copy = Shelf("copy")
print(load_catalogue(text, copy), len(copy), [b.tags for b in copy.books])

try:
    Book("X", "Y", 2000).on("not a shelf")
except TypeError as e:
    print("TypeError:", e)

try:
    from bookshelf import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])

try:
    import bookshelf.missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)

print(sorted(m for m in sys.modules if m.startswith("bookshelf")))
print("__all__", bookshelf.__all__)
