#!/usr/bin/env python3
"""Regenerate the expected output files of the conformance corpus from CPython 3.11.

For every tests/cases/<area>/<name>.py this runs `python3 -X utf8 <name>.py` with the
case's folder as the working directory (stdin from <name>.in when present) and writes:

  <name>.out   exact stdout (always)
  <name>.err   exact stderr (only when non-empty)
  <name>.code  exit status (only when non-zero)

Stale .err/.code files are removed.  CPython prints the absolute script path in tracebacks
and warnings; the case folder prefix is stripped so the files say `File "<name>.py"`, which is
what Coil prints when run as `coil <name>.py` from the case folder.  Usage:

  python3 tests/cases/regenerate.py [--check] [FILTER ...]

FILTER is a substring of "<area>/<name>" (e.g. objects/str_).  With --check nothing is
written: each case runs twice and the script reports cases whose committed files differ from
what CPython prints now, cases whose output differs between runs (non-determinism) and slow
cases.  This is a development tool; the runner (tests/conformance_test.ts) never needs python3.
"""
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SLOW = 0.2


def run(folder, name):
    inp = os.path.join(folder, name + ".in")
    stdin = open(inp, "rb") if os.path.exists(inp) else subprocess.DEVNULL
    env = dict(os.environ)
    env.pop("PYTHONSTARTUP", None)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    t0 = time.perf_counter()
    try:
        p = subprocess.run([sys.executable, "-X", "utf8", name + ".py"], cwd=folder,
                           stdin=stdin, capture_output=True, timeout=30, env=env)
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    # CPython 3.9+ makes the script path absolute; Coil reports the path as given on the
    # command line, so expected files say `File "name.py"`.
    prefix = (os.path.abspath(folder) + os.sep).encode()
    out = p.stdout.replace(prefix, b"")
    err = p.stderr.replace(prefix, b"")
    return out, err, p.returncode, time.perf_counter() - t0


def read(path):
    if not os.path.exists(path):
        return None
    with open(path, "rb") as f:
        return f.read()


def write(path, data):
    if data is None:
        if os.path.exists(path):
            os.remove(path)
        return
    if read(path) != data:
        with open(path, "wb") as f:
            f.write(data)


def main():
    args = sys.argv[1:]
    check = "--check" in args
    filters = [a for a in args if a != "--check"]
    if sys.version_info[:2] != (3, 11):
        print("warning: expected files must come from CPython 3.11, this is",
              sys.version.split()[0], file=sys.stderr)
    problems = 0
    count = 0
    for area in sorted(os.listdir(HERE)):
        folder = os.path.join(HERE, area)
        if not os.path.isdir(folder):
            continue
        for fn in sorted(os.listdir(folder)):
            if not fn.endswith(".py"):
                continue
            name = fn[:-3]
            key = area + "/" + name
            if filters and not any(f in key for f in filters):
                continue
            count += 1
            out, err, code, dt = run(folder, name)
            exp_err = err if err else None
            exp_code = (str(code) + "\n").encode() if code else None
            base = os.path.join(folder, name)
            if check:
                out2, err2, code2, _ = run(folder, name)
                if (out, err, code) != (out2, err2, code2):
                    print("NONDETERMINISTIC", key)
                    problems += 1
                if (read(base + ".out"), read(base + ".err"), read(base + ".code")) != (
                        out, exp_err, exp_code):
                    print("STALE", key)
                    problems += 1
            else:
                write(base + ".out", out)
                write(base + ".err", exp_err)
                write(base + ".code", exp_code)
            if dt > SLOW:
                print("SLOW %.2fs %s" % (dt, key))
            if code and not err:
                print("NONZERO-EXIT-WITHOUT-STDERR", key)
    print("%d cases%s" % (count, ", %d problems" % problems if check else ""))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
