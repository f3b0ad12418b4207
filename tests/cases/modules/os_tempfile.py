import os, tempfile
here = os.path.abspath(".")
with tempfile.TemporaryDirectory(dir=here, prefix="_tmp_os_tempfile") as d:
    print(os.path.isdir(d), os.path.basename(d).startswith("_tmp_os_tempfile"))
    fd, name = tempfile.mkstemp(dir=d, suffix=".x")
    os.write(fd, b"data")
    os.close(fd)
    print(name.endswith(".x"), os.path.getsize(name), oct(os.stat(name).st_mode & 0o777))
    dd = tempfile.mkdtemp(dir=d)
    print(oct(os.stat(dd).st_mode & 0o777))
    with tempfile.NamedTemporaryFile(dir=d, mode="w+") as tf:
        tf.write("hello")
        tf.seek(0)
        print(tf.read(), os.path.exists(tf.name))
    print(os.path.exists(tf.name))
    with tempfile.TemporaryFile(dir=d) as t:
        t.write(b"abc"); t.seek(0); print(t.read())
    with tempfile.SpooledTemporaryFile(max_size=10, dir=d) as s:
        s.write(b"x" * 5); print(s._rolled); s.write(b"y" * 10); print(s._rolled)
print(os.path.exists(d))
print(isinstance(tempfile.gettempdir(), str), tempfile.gettempprefix())
