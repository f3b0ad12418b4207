from . import book as book_module
from ..storage import index


class Shelf:
    def __init__(self, label):
        self.label = label
        self.books = []

    def add(self, item):
        if not isinstance(item, book_module.Book):
            raise TypeError("only books go on a shelf")
        self.books.append(item)

    def by_author(self):
        return index.group_by(self.books, lambda b: b.author)

    def __len__(self):
        return len(self.books)
