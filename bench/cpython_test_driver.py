"""Runs one of CPython's test modules under unittest and prints its counts as one JSON line.

Used by bench/cpython_tests.ts: coil bench/cpython_test_driver.py LIBDIR test_name [--verbose]
LIBDIR is the folder that holds CPython's `test` package (the local python3's Lib); it goes
after Coil's own stdlib on sys.path, so only `test` itself comes from there.
With --verbose, unittest's per-test report (names, failures, tracebacks) goes to stderr.
"""
import sys

args = [a for a in sys.argv[1:] if a != "--verbose"]
verbose = len(args) != len(sys.argv) - 1
libdir, name = args[0], args[1]
sys.path.append(libdir)
import io
import json
import re
import unittest

CPYTHON_ONLY = re.compile(
    r"implementation detail specific to cpython|No module named '_test(?:internal)?capi'"
)


class CountingResult(unittest.TextTestResult):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.passed = 0

    def addSuccess(self, test):
        super().addSuccess(test)
        self.passed += 1


stream = io.StringIO()
runner = unittest.TextTestRunner(
    stream=stream, resultclass=CountingResult, verbosity=2 if verbose else 0
)
try:
    module = __import__("test." + name, fromlist=["*"])
    loader = unittest.TestLoader()
    if hasattr(module, "load_tests"):
        suite = loader.loadTestsFromModule(module)
    else:
        suite = loader.loadTestsFromModule(module)
    result = runner.run(suite)
    counts = {
        "run": result.testsRun,
        "passed": result.passed,
        "failed": len(result.failures),
        "errors": len(result.errors),
        "skipped": len(result.skipped),
        # Skipped because they test CPython itself (test.support.cpython_only, the C API
        # modules): tests another implementation is not meant to pass.
        "cpython_only": sum(1 for _, why in result.skipped if CPYTHON_ONLY.search(str(why))),
        "expected_failures": len(result.expectedFailures),
    }
except BaseException as e:  # an import or loader failure counts as a crash of the file
    counts = {"crash": f"{type(e).__name__}: {e}"[:300]}
if verbose:
    sys.stderr.write(stream.getvalue())
    sys.stderr.flush()
sys.stdout.write("COUNTS " + json.dumps(counts) + "\n")
sys.stdout.flush()
