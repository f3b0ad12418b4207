# The base64 Lib module over binascii.
import base64

data = b"binary\x00\xff data with some length to it"
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode),
                 (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode),
                 (base64.encodebytes, base64.decodebytes), (base64.b32hexencode, base64.b32hexdecode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"))
print(base64.b64decode("YWJj\n", validate=False))
for bad in ["YWJj!", "YWJ", "abc"]:
    try:
        print(base64.b64decode(bad, validate=True))
    except Exception as e:
        print(type(e).__name__, e)
print(base64.standard_b64encode(b"x"), base64.b16decode("ff", casefold=True))
print(base64.encodebytes(b"x" * 100).count(b"\n"))
