"""Summarizes a week of timesheet entries given as JSON, with command-line options.

Uses json, collections, dataclasses, datetime, itertools, functools and argparse.
"""
import argparse
import json
from collections import Counter, OrderedDict, defaultdict, namedtuple
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache, reduce, total_ordering
from itertools import accumulate, groupby, islice

RAW = """
[
  {"who": "ana", "project": "atlas", "start": "2024-03-04T09:00", "minutes": 150},
  {"who": "ben", "project": "atlas", "start": "2024-03-04T10:30", "minutes": 90},
  {"who": "ana", "project": "boreal", "start": "2024-03-05T13:15", "minutes": 200},
  {"who": "cai", "project": "boreal", "start": "2024-03-06T08:45", "minutes": 45},
  {"who": "ben", "project": "atlas", "start": "2024-03-07T16:00", "minutes": 120},
  {"who": "ana", "project": "atlas", "start": "2024-03-08T09:30", "minutes": 75}
]
"""

Rate = namedtuple("Rate", "project per_hour")


@total_ordering
@dataclass(frozen=True)
class Entry:
    who: str
    project: str
    start: datetime
    minutes: int
    tags: tuple = field(default=())

    @property
    def end(self):
        return self.start + timedelta(minutes=self.minutes)

    def __lt__(self, other):
        return (self.start, self.who) < (other.start, other.who)


@lru_cache(maxsize=None)
def rate_for(project):
    return {"atlas": Rate("atlas", 80), "boreal": Rate("boreal", 95)}[project]


def parse(text):
    return sorted(
        Entry(d["who"], d["project"], datetime.fromisoformat(d["start"]), d["minutes"])
        for d in json.loads(text)
    )


def main(argv):
    parser = argparse.ArgumentParser(prog="timesheet", description="Summarize a week.")
    parser.add_argument("--top", type=int, default=2, help="how many people to list")
    parser.add_argument("--project", choices=["atlas", "boreal"], help="only this project")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)

    entries = parse(RAW)
    if args.project:
        entries = [e for e in entries if e.project == args.project]

    minutes = Counter()
    for e in entries:
        minutes[e.who] += e.minutes
    by_day = OrderedDict()
    for day, group in groupby(entries, key=lambda e: e.start.date()):
        by_day[day.isoformat()] = sum(e.minutes for e in group)
    per_project = defaultdict(list)
    for e in entries:
        per_project[e.project].append(e.who)
    cost = reduce(lambda acc, e: acc + e.minutes * rate_for(e.project).per_hour / 60, entries, 0)
    running = list(accumulate(by_day.values()))

    summary = {
        "top": minutes.most_common(args.top),
        "days": by_day,
        "running": running,
        "projects": {p: sorted(set(w)) for p, w in sorted(per_project.items())},
        "cost": round(cost, 2),
        "first": asdict(entries[0]) | {"start": entries[0].start.isoformat()},
        "last_end": max(entries).end.strftime("%a %d %b %H:%M"),
        "week": date(2024, 3, 4).isocalendar().week,
    }
    if args.json:
        print(json.dumps(summary, indent=2, sort_keys=True))
    else:
        for key, value in summary.items():
            print(f"{key:>9}: {value}")
    print("cache:", rate_for.cache_info())
    print("first two:", [e.who for e in islice(entries, 2)])


main([])
print("---")
main(["--project", "atlas", "--top", "1", "--json"])
print("---")
try:
    main(["--top", "x"])
except SystemExit as e:
    print("exit", e.code)
