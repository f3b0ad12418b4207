import os
base = "_tmp_os_makedirs_walk"
os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "d"), exist_ok=True)
for name in ["a/x.txt", "a/b/y.txt", "top.txt"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name)
try:
    os.makedirs(os.path.join(base, "a"))
except FileExistsError as e:
    print("FileExistsError", e)
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root, dirs, sorted(files))
print([r for r, d, f in os.walk(base, topdown=False)][:2])
for root, dirs, files, fd in os.fwalk(base):
    dirs.sort()
    print("fwalk", root, dirs, sorted(files), type(fd).__name__)
print(list(os.walk(base + "_missing")))
os.removedirs(os.path.join(base, "a", "b", "c")) if False else None
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base))
