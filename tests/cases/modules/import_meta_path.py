import sys
import importlib.abc
import importlib.util


class StringLoader(importlib.abc.Loader):
    def __init__(self, sources):
        self.sources = sources

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.sources[module.__name__], module.__dict__)


class StringFinder(importlib.abc.MetaPathFinder):
    def __init__(self, sources):
        self.sources = sources
        self.asked = []

    def find_spec(self, name, path, target=None):
        self.asked.append(name)
        if name in self.sources:
            return importlib.util.spec_from_loader(name, StringLoader(self.sources))
        return None


finder = StringFinder({"virtual_mod": "X = 42\ndef f():\n    return X + 1\n"})
sys.meta_path.insert(0, finder)
import virtual_mod
print(virtual_mod.X, virtual_mod.f(), virtual_mod.__spec__.loader.__class__.__name__)
print(finder.asked)
try:
    import other_virtual
except ModuleNotFoundError as e:
    print(e)
print(finder.asked)
sys.meta_path.remove(finder)

hooked = []
def hook(path):
    if path == "<magic>":
        hooked.append(path)
        class Finder:
            def find_spec(self, name, target=None):
                if name == "from_hook":
                    return importlib.util.spec_from_loader(name, StringLoader({"from_hook": "Y = 'hook'"}))
                return None
        return Finder()
    raise ImportError
sys.path_hooks.insert(0, hook)
sys.path.insert(0, "<magic>")
import from_hook
print(from_hook.Y, hooked, type(sys.path_importer_cache["<magic>"]).__name__)
