"""Sorting and grouping employee records in a few different shapes."""

RAW = """\
name,dept,title,salary,hired
Ada Lovelace,Engineering,Principal,185000,2015
Grace Hopper,Engineering,Staff,172500,2012
Alan Turing,Research,Fellow,190000,2010
Barbara Liskov,Research,Fellow,190000,2011
Ken Thompson,Engineering,Staff,172500,2014
Margaret Hamilton,Operations,Director,165000,2013
Edsger Dijkstra,Research,Senior,150000,2016
Frances Allen,Operations,Manager,128000,2018
Dennis Ritchie,Engineering,Senior,150000,2016
Radia Perlman,Operations,Engineer,118500,2019
"""


class Employee:
    __slots__ = ("name", "dept", "title", "salary", "hired")

    def __init__(self, name, dept, title, salary, hired):
        self.name = name
        self.dept = dept
        self.title = title
        self.salary = salary
        self.hired = hired

    @classmethod
    def from_row(cls, row):
        name, dept, title, salary, hired = row.split(",")
        return cls(name, dept, title, int(salary), int(hired))

    @property
    def last_name(self):
        return self.name.split()[-1]

    def as_tuple(self):
        return tuple(getattr(self, field) for field in self.__slots__)

    def __repr__(self):
        return f"Employee({self.name!r}, {self.dept!r}, {self.salary})"


def parse(text):
    header, *rows = text.splitlines()
    fields = header.split(",")
    return fields, [Employee.from_row(row) for row in rows if row]


def show(title, people, fields=("name", "dept", "salary")):
    print(f"-- {title} --")
    for person in people:
        cells = [str(getattr(person, f)) for f in fields]
        print("  " + " | ".join(cell.ljust(18) for cell in cells).rstrip())


fields, staff = parse(RAW)
print("fields:", fields)
print("first two:", staff[:2])

show("by last name", sorted(staff, key=lambda e: e.last_name))
show("by salary, highest first", sorted(staff, key=lambda e: e.salary, reverse=True))

# Multi-key: department ascending, then salary descending, then name.
show("dept asc, salary desc, name",
     sorted(staff, key=lambda e: (e.dept, -e.salary, e.name)), ("dept", "salary", "name"))

# The same ordering by stable sorts applied from the least significant key.
by_passes = sorted(staff, key=lambda e: e.name)
by_passes.sort(key=lambda e: e.salary, reverse=True)
by_passes.sort(key=lambda e: e.dept)
print("stable passes agree:",
      [e.name for e in by_passes] == [e.name for e in sorted(staff, key=lambda e: (e.dept, -e.salary, e.name))])

# Stability: equal keys keep their input order, even with reverse=True.
tied = [e.name for e in sorted(staff, key=lambda e: e.salary, reverse=True) if e.salary in (190000, 172500, 150000)]
print("ties keep input order:", tied)

# Plain tuples sort lexicographically; dicts sort with itemgetter-style lambdas.
tuples = sorted(e.as_tuple() for e in staff)
print("smallest tuple:", tuples[0])
print("largest tuple:", tuples[-1])
dicts = [dict(zip(fields, e.as_tuple())) for e in staff]
newest = sorted(dicts, key=lambda d: (-d["hired"], d["name"]))[:3]
for d in newest:
    print(f"  hired {d['hired']}: {d['name']} ({d['title']})")

# Grouping into dicts of lists, insertion ordered.
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
print("\nDepartment summary")
print(f"{'dept':<12}{'n':>3}{'total':>10}{'mean':>11}  top earner")
for dept, members in sorted(by_dept.items()):
    total = sum(m.salary for m in members)
    top = max(members, key=lambda m: (m.salary, -m.hired))
    print(f"{dept:<12}{len(members):>3}{total:>10}{total / len(members):>11.1f}  {top.name}")

# Counting with dict.get and ordering by count then key.
titles = {}
for e in staff:
    titles[e.title] = titles.get(e.title, 0) + 1
print("\ntitles by count:", sorted(titles.items(), key=lambda kv: (-kv[1], kv[0])))

# min / max with key and default.
print("longest-serving:", min(staff, key=lambda e: e.hired).name)
print("longest name:", max(staff, key=lambda e: len(e.name)).name)
print("max of empty:", max([], key=len, default="nobody"))
print("min salary over 200k:", min((e.salary for e in staff if e.salary > 200000), default=None))

# Sorting strings case-insensitively and by several derived keys.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry", "fig"]
print("\ncase-sensitive:  ", sorted(words))
print("case-insensitive:", sorted(words, key=str.lower))
print("by length, then:", sorted(words, key=lambda w: (len(w), w.lower(), w)))
print("reversed lower:  ", sorted(set(map(str.lower, words)), reverse=True))

# Ranking with enumerate, sharing ranks on ties.
print("\nSalary ranking")
ranked = sorted(staff, key=lambda e: e.salary, reverse=True)
rank = 0
previous = None
for position, e in enumerate(ranked, start=1):
    if e.salary != previous:
        rank, previous = position, e.salary
    print(f"{rank:>3}. {e.name:<18} {e.salary:>9,}")
