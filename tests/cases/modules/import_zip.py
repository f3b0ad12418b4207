import os
import sys
import zipfile

archive = "_tmp_import_zip.zip"
with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("zipped_mod.py", "VALUE = 'from the zip'\ndef f():\n    return __name__\n")
    z.writestr("zipped_pkg/__init__.py", "from .inner import INNER\n")
    z.writestr("zipped_pkg/inner.py", "INNER = 42\n")
    z.writestr("zipped_pkg/data.txt", "package data\n")
try:
    sys.path.insert(0, archive)
    import zipped_mod
    import zipped_pkg
    print(zipped_mod.VALUE, zipped_mod.f(), zipped_pkg.INNER)
    print(type(zipped_mod.__loader__).__name__, zipped_mod.__file__.replace(os.sep, "/"))
    print(zipped_pkg.__path__[0].endswith("zipped_pkg"), zipped_pkg.__spec__.origin.endswith("__init__.py"))
    print(type(sys.path_importer_cache[archive]).__name__)
    import importlib.resources
    print(importlib.resources.files("zipped_pkg").joinpath("data.txt").read_text().strip())
    try:
        import zipped_missing
    except ModuleNotFoundError as e:
        print(type(e).__name__, e)
finally:
    sys.path.remove(archive)
    os.remove(archive)
