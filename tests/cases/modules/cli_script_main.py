# What the command line gives a script run as `coil FILE` (docs/cli.md): sys.argv as given,
# the script folder's full path first on sys.path, no -W options, SystemExit(str) -> status 1.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
print(sys.argv)
print(os.path.isabs(sys.path[0]), sys.path[0] == here)
print(sys.warnoptions, type(sys._xoptions).__name__)
print(sys.orig_argv[-1])
f = sys.flags
print(f.isolated, f.ignore_environment, f.safe_path, f.quiet, f.no_user_site)
print(__name__)
sys.stdout.flush()
raise SystemExit("done")
