import bookshelf
from ..models.book import Book


def dump_catalogue(shelf):
    lines = [f"# {shelf.label} v{'.'.join(map(str, bookshelf.VERSION))}"]
    for b in shelf.books:
        lines.append("|".join([b.title, b.author, str(b.year), ",".join(b.tags)]))
    return "\n".join(lines)


def load_catalogue(text, shelf):
    header, *rows = text.splitlines()
    for row in rows:
        title, author, year, tags = row.split("|")
        Book(title, author, int(year), tags.split(",") if tags else ()).on(shelf)
    return header
