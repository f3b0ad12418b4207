"""An inventory event processor: generator pipelines feeding a match-based dispatcher."""

EVENTS = """\
# warehouse event log
receive widget 120 @2.50
receive gadget 15 @19.99
receive sprocket 300 @0.35
ship widget 40 order=1001
ship gadget 20 order=1002
adjust sprocket -12 reason=damaged
receive widget 30 @2.75
ship sprocket 150 order=1003
price gadget 17.49
ship widget 200 order=1004
audit
rename sprocket cog
ship cog 100 order=1005
bogus line here
receive gizmo
ship gizmo 1 order=1006
audit
"""


class Item:
    __match_args__ = ("name", "quantity")

    def __init__(self, name, quantity=0, unit_cost=0.0):
        self.name = name
        self.quantity = quantity
        self.unit_cost = unit_cost

    @property
    def value(self):
        return self.quantity * self.unit_cost

    def __repr__(self):
        return f"Item({self.name!r}, {self.quantity}, {self.unit_cost:.4f})"


class Receive:
    __match_args__ = ("name", "quantity", "cost")

    def __init__(self, name, quantity, cost):
        self.name, self.quantity, self.cost = name, quantity, cost


class Ship:
    __match_args__ = ("name", "quantity")

    def __init__(self, name, quantity, **options):
        self.name, self.quantity, self.options = name, quantity, options


def read_lines(text):
    for number, line in enumerate(text.splitlines(), start=1):
        yield number, line


def skip_comments(lines):
    for number, line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield number, line


def parse_events(lines):
    for number, line in lines:
        verb, *rest = line.split()
        options = dict(part.split("=", 1) for part in rest if "=" in part)
        args = [part for part in rest if "=" not in part]
        match verb, args:
            case "receive", [name, qty, cost] if cost.startswith("@"):
                yield number, Receive(name, int(qty), float(cost[1:]))
            case "ship", [name, qty]:
                yield number, Ship(name, int(qty), **options)
            case "adjust", [name, qty]:
                yield number, {"kind": "adjust", "name": name, "delta": int(qty), **options}
            case ("price", [name, price]) | ("reprice", [name, price]):
                yield number, ("price", name, float(price))
            case "rename", [old, new]:
                yield number, ("rename", old, new)
            case "audit", []:
                yield number, "audit"
            case _:
                yield number, ValueError(f"cannot parse {line!r}")


def make_counter():
    counts = {}

    def count(kind):
        counts[kind] = counts.get(kind, 0) + 1
        return counts[kind]

    def summary():
        return ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))

    return count, summary


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def get(self, name):
        if name not in self.items:
            raise KeyError(name)
        return self.items[name]

    def apply(self, event):
        match event:
            case Receive(name, quantity, cost) if quantity > 0:
                item = self.items.setdefault(name, Item(name))
                total = item.value + quantity * cost
                item.quantity += quantity
                item.unit_cost = total / item.quantity
                return f"received {quantity} {name}, average cost now {item.unit_cost:.4f}"
            case Ship(name, quantity, options={"order": order}):
                item = self.get(name)
                if item.quantity < quantity:
                    raise RuntimeError(f"order {order}: only {item.quantity} {name} in stock")
                item.quantity -= quantity
                return f"order {order}: shipped {quantity} {name}"
            case {"kind": "adjust", "name": name, "delta": delta, **extra}:
                self.get(name).quantity += delta
                return f"adjusted {name} by {delta:+d} ({extra.get('reason', 'no reason')})"
            case ("price", name, float(price)):
                self.get(name).unit_cost = price
                return f"repriced {name} at {price:.2f}"
            case ("rename", old, new):
                item = self.items.pop(old)
                item.name = new
                self.items[new] = item
                return f"renamed {old} to {new}"
            case "audit":
                return "audit: " + "; ".join(
                    f"{i.name} x{i.quantity} = {i.value:.2f}" for i in self.items.values())
            case ValueError() as error:
                raise error
            case _:
                raise TypeError(f"unknown event {event!r}")


def process(inventory, events):
    """A coroutine-style consumer: yields a status line for every event it is sent."""
    count, summary = make_counter()
    status = None
    while True:
        try:
            number, event = yield status
        except GeneratorExit:
            print("processor closing:", summary())
            raise
        try:
            status = f"{number:>3} ok   {inventory.apply(event)}"
            count("ok")
        except KeyError as exc:
            status = f"{number:>3} FAIL unknown item {exc.args[0]}"
            count("failed")
        except (RuntimeError, ValueError, TypeError) as exc:
            status = f"{number:>3} FAIL {type(exc).__name__}: {exc}"
            count("failed")


inventory = Inventory()
pipeline = parse_events(skip_comments(read_lines(EVENTS)))
processor = process(inventory, pipeline)
next(processor)
for numbered_event in pipeline:
    print(processor.send(numbered_event))
processor.close()

print()
print(f"{'item':<10}{'qty':>6}{'cost':>10}{'value':>10}")
for item in sorted(inventory.items.values(), key=lambda i: i.value, reverse=True):
    print(f"{item.name:<10}{item.quantity:>6}{item.unit_cost:>10.4f}{item.value:>10.2f}")
print(f"{'total':<26}{sum(i.value for i in inventory.items.values()):>10.2f}")

low = [item for item in inventory.items.values() if item.quantity < 50]
match low:
    case []:
        print("nothing to reorder")
    case [Item(name, qty)]:
        print(f"reorder {name} (only {qty} left)")
    case [first, *others]:
        print(f"reorder {first.name} and {len(others)} more")
