from .book import Book
from .shelf import Shelf
