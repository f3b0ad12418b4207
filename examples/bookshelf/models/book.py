# book and shelf import each other: each only uses the other's names inside functions,
# so the circular import completes (the partly initialized module is already in sys.modules).
from . import shelf


class Book:
    def __init__(self, title, author, year, tags=()):
        self.title = title
        self.author = author
        self.year = year
        self.tags = tuple(tags)

    def on(self, target):
        if not isinstance(target, shelf.Shelf):
            raise TypeError(f"can only shelve on a Shelf, not {type(target).__name__}")
        target.add(self)
        return target

    def __repr__(self):
        return f"Book({self.title!r}, {self.author!r}, {self.year})"
