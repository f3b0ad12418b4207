import sys
sys.path[:0] = ["import_fixtures/nspkg_a", "import_fixtures/nspkg_b"]
import nsp
import nsp.alpha, nsp.beta
print(nsp.alpha.WHO, nsp.beta.WHO)
print(nsp.__file__ if hasattr(nsp, "__file__") else "no __file__", type(nsp.__path__).__name__)
print(len(list(nsp.__path__)), nsp.__spec__.origin, nsp.__spec__.loader is not None)
print(repr(nsp).startswith("<module 'nsp' (namespace)"))
