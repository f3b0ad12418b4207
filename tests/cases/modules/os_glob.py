import os, glob
b = "_tmp_os_glob"
for path in ["a/x.py", "a/y.txt", "b/z.py", "b/c/w.py", ".hidden.py"]:
    full = os.path.join(b, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    open(full, "w").close()
print(sorted(glob.glob(b + "/*")))
print(sorted(glob.glob(b + "/*/*.py")))
print(sorted(glob.glob(b + "/**/*.py", recursive=True)))
print(sorted(glob.glob("*.py", root_dir=os.path.join(b, "a"))))
print(sorted(glob.glob(b + "/a/[xy].*")), glob.glob(b + "/nothing*"))
print(sorted(glob.iglob(b + "/b/**", recursive=True)))
print(glob.escape("a[b]*?"), glob.has_magic("a*"), glob.has_magic("ab"))
import shutil
shutil.rmtree(b)
