import pathlib, os
P = pathlib.Path
b = P("_tmp_os_pathlib")
b.mkdir()
(b / "sub").mkdir(parents=True, exist_ok=True)
(b / "a.txt").write_text("text")
(b / "b.bin").write_bytes(b"\x00\x01")
print(type(b).__name__, b.exists(), b.is_dir(), (b / "a.txt").is_file())
print((b / "a.txt").read_text(), (b / "b.bin").read_bytes(), (b / "a.txt").stat().st_size)
print(sorted(p.name for p in b.iterdir()), sorted(str(p) for p in b.glob("*.txt")))
print(sorted(str(p) for p in b.rglob("*")))
print(b.resolve() == P.cwd() / b, b.absolute().is_absolute(), P("x/y.tar.gz").suffixes)
(b / "a.txt").rename(b / "c.txt")
print(sorted(p.name for p in b.iterdir()))
(b / "link").symlink_to("c.txt")
print((b / "link").is_symlink(), (b / "link").readlink(), (b / "link").read_text())
(b / "new").touch()
print((b / "new").exists(), (b / "new").stat().st_size)
try:
    (b / "missing.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
for p in sorted(b.iterdir(), reverse=True):
    if p.is_dir() and not p.is_symlink():
        p.rmdir()
    else:
        p.unlink()
b.rmdir()
print(b.exists(), P("a") / "b", P("/x/y").parent, P("a/b.py").stem, P("a/b.py").with_suffix(".txt"))
