# b2a_base64 (newline=) and a2b_base64 in the default (lenient) mode.
import binascii

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:70]]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.b2a_base64(data, newline=False) == enc[:-1],
          binascii.a2b_base64(enc) == data)
print(binascii.a2b_base64("aGVsbG8="), binascii.a2b_base64(b"aGVs\nbG8=\n"))
for s in ["aGVsbG8", "aGVsbG", "a", "aGVs!bG8=", "aGVsbA===", "aGVsbA==aGVs", "aG=Vs",
          "aGVsbG8===", "", "abcde", "ab=c", "====", "YQ", "YQ=", "YQ==", " Y Q = = ",
          "YWJj\x00ZGVm", "YW\xffJj".encode("latin-1")]:
    try:
        print(repr(s), binascii.a2b_base64(s))
    except binascii.Error as e:
        print(repr(s), "Error", e)
for bad in [lambda: binascii.b2a_base64("x"), lambda: binascii.b2a_base64(b"x", False),
            lambda: binascii.b2a_base64(), lambda: binascii.a2b_base64(),
            lambda: binascii.a2b_base64(b"", foo=1), lambda: binascii.a2b_base64("é"),
            lambda: binascii.a2b_base64(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
