import posix
env = posix.environ
print(type(env).__name__, all(type(k) is bytes and type(v) is bytes for k, v in env.items()))
posix.putenv("COIL_TEST_VAR", "value")
posix.putenv(b"COIL_TEST_VAR2", b"v2")
posix.unsetenv("COIL_TEST_VAR")
posix.unsetenv(b"COIL_TEST_VAR_NEVER_SET")
for t in [lambda: posix.putenv("a=b", "c"), lambda: posix.putenv("", "c"),
          lambda: posix.unsetenv("a=b"), lambda: posix.unsetenv(""),
          lambda: posix.putenv("a\0", "b"), lambda: posix.putenv("a", 5),
          lambda: posix.putenv("a")]:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
