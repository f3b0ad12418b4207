"""A tiny text adventure: a state machine driven by a scripted list of commands."""

COMMANDS = {}


def command(*names, needs_light=False):
    """Register a handler for one or more verbs."""
    def register(handler):
        def wrapper(game, *args):
            if needs_light and not game.has_light():
                return "It is too dark to do that."
            return handler(game, *args)
        wrapper.__name__ = handler.__name__
        wrapper.__doc__ = handler.__doc__
        for name in names:
            COMMANDS[name] = wrapper
        return wrapper
    return register


class GameOver(Exception):
    def __init__(self, won, message):
        super().__init__(message)
        self.won = won


class Room:
    def __init__(self, name, description, exits=None, items=(), dark=False):
        self.name = name
        self.description = description
        self.exits = dict(exits or {})
        self.items = list(items)
        self.dark = dark

    def __str__(self):
        return self.name


class Transcript:
    """Context manager that numbers the turns and reports how the game ended."""

    def __init__(self, title):
        self.title = title
        self.turns = 0

    def __enter__(self):
        print(f"=== {self.title} ===")
        return self

    def say(self, prompt, reply):
        self.turns += 1
        print(f"[{self.turns:02}] > {prompt}")
        for line in reply.splitlines():
            print(f"     {line}")

    def __exit__(self, exc_type, exc, tb):
        if exc_type is GameOver:
            outcome = "won" if exc.won else "lost"
            print(f"=== {outcome} after {self.turns} turns: {exc} ===")
            return True
        print(f"=== stopped after {self.turns} turns ===")
        return False


class Game:
    def __init__(self, rooms, start):
        self.rooms = {room.name: room for room in rooms}
        self.here = self.rooms[start]
        self.inventory = []
        self.visited = {start}
        self.state = "exploring"
        self.moves = 0

    def has_light(self):
        return not self.here.dark or "lamp" in self.inventory

    def run(self, line):
        verb, _, rest = line.strip().lower().partition(" ")
        words = [w for w in rest.split() if w not in ("the", "a", "to", "at")]
        handler = COMMANDS.get(verb)
        if handler is None:
            return f"I don't know how to {verb!r}."
        try:
            return handler(self, *words)
        except TypeError:
            return f"{verb.capitalize()} what?"

    @command("look", "l")
    def look(self):
        """Describe the room."""
        if not self.has_light():
            return "It is pitch black. You might be eaten by a grue."
        lines = [f"{self.here.name.title()}: {self.here.description}"]
        if self.here.items:
            lines.append("You see: " + ", ".join(sorted(self.here.items)) + ".")
        lines.append("Exits: " + " ".join(sorted(self.here.exits)) + ".")
        return "\n".join(lines)

    @command("go", "walk")
    def go(self, direction):
        """Move north, south, east, west, up or down."""
        if direction not in self.here.exits:
            return f"You can't go {direction}."
        target = self.rooms[self.here.exits[direction]]
        if target.name == "vault" and "key" not in self.inventory:
            return "The vault door is locked."
        if self.here.dark and not self.has_light() and direction != "up":
            self.state = "dead"
            raise GameOver(False, "you stumbled in the dark and were eaten by a grue")
        self.here = target
        self.moves += 1
        first = target.name not in self.visited
        self.visited.add(target.name)
        return ("(new) " if first else "") + self.look()

    @command("take", "get", needs_light=True)
    def take(self, item, *more):
        """Pick things up."""
        taken = []
        for name in (item, *more):
            if name in self.here.items:
                self.here.items.remove(name)
                self.inventory.append(name)
                taken.append(name)
        return f"Taken: {', '.join(taken)}." if taken else "Nothing like that here."

    @command("drop")
    def drop(self, item):
        """Put something down."""
        if item not in self.inventory:
            return f"You have no {item}."
        self.inventory.remove(item)
        self.here.items.append(item)
        if item == "gold" and self.here.name == "entrance":
            self.state = "won"
            raise GameOver(True, f"the gold is safe; {self.moves} moves")
        return "Dropped."

    @command("inventory", "i")
    def show_inventory(self):
        """List what you carry."""
        if not self.inventory:
            return "You are empty-handed."
        return "You carry: " + ", ".join(self.inventory) + "."

    @command("help")
    def help(self):
        """Show this list."""
        verbs = {}
        for name, handler in COMMANDS.items():
            verbs.setdefault(handler.__name__, []).append(name)
        return "\n".join(f"{'/'.join(names):<16}{COMMANDS[names[0]].__doc__ or ''}"
                         for names in verbs.values())


rooms = [
    Room("entrance", "A draughty cave mouth.", {"north": "hall"}, ["lamp"]),
    Room("hall", "A long hall with a high ceiling.",
         {"south": "entrance", "east": "closet", "down": "cellar"}),
    Room("closet", "A cramped closet.", {"west": "hall"}, ["key", "coat"]),
    Room("cellar", "A damp cellar that smells of grue.", {"up": "hall", "east": "vault"},
         dark=True),
    Room("vault", "Shelves of dusty treasure.", {"west": "cellar"}, ["gold", "crown"]),
]

script = [
    "look", "help", "inventory", "go north", "go down", "go up", "go south", "take lamp",
    "go north", "dance", "go east", "take the key and coat", "take", "i", "drop coat",
    "walk west", "go down", "go east", "take gold crown", "drop lamp", "look", "take lamp",
    "go west", "go up", "go south", "drop crown", "drop gold", "look",
]

game = Game(rooms, "entrance")
with Transcript("The Cave of Coil") as transcript:
    for line in script:
        transcript.say(line, game.run(line))
print("state:", game.state, "| rooms visited:", sorted(game.visited))
print("carrying:", game.inventory, "| left in the vault:", game.rooms["vault"].items)

# The same world, but a careless player.
careless = Game(rooms, "entrance")
careless.here = careless.rooms["cellar"]
with Transcript("Careless") as transcript:
    for line in ["look", "take gold", "go east", "fly away", "go"]:
        transcript.say(line, careless.run(line))
print("state:", careless.state)
careless.inventory.append("key")
with Transcript("Careless, with a key") as transcript:
    for line in ["i", "go east", "look"]:
        transcript.say(line, careless.run(line))
print("state:", careless.state)
