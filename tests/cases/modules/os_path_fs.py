import os, os.path as p
b = "_tmp_os_path_fs"
os.mkdir(b)
with open(p.join(b, "f"), "w") as f:
    f.write("12345")
os.symlink("f", p.join(b, "l"))
os.symlink("nowhere", p.join(b, "broken"))
for name in ["f", "l", "broken", "missing", ""]:
    q = p.join(b, name)
    print(repr(name), p.exists(q), p.lexists(q), p.isfile(q), p.isdir(q), p.islink(q))
print(p.getsize(p.join(b, "f")), type(p.getmtime(p.join(b, "f"))).__name__)
print(p.samefile(p.join(b, "f"), p.join(b, "l")), p.ismount("/"), p.ismount(b))
print(p.realpath(p.join(b, "l")) == p.abspath(p.join(b, "f")))
print(p.realpath(p.join(b, "broken")) == p.abspath(p.join(b, "nowhere")))
try:
    p.getsize(p.join(b, "missing"))
except OSError as e:
    print(type(e).__name__, e)
print(p.exists(p.join(b, "f", "x")), p.isdir("a\0b"), p.exists(""))
for n in ["f", "l", "broken"]:
    os.unlink(p.join(b, n))
os.rmdir(b)
