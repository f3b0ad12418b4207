# b2a_uu (backtick=) and a2b_uu, including the C code's quirks on short lines.
import binascii

for data in [b"", b"a", b"hello", b"hello world", bytes(range(45))]:
    enc = binascii.b2a_uu(data)
    print(enc, binascii.b2a_uu(data, backtick=True), binascii.a2b_uu(enc) == data)
print(binascii.a2b_uu(b""), binascii.a2b_uu(b"\n")[:5], len(binascii.a2b_uu(b"\n")))
print(binascii.a2b_uu("%:&5L;&\\`"), binascii.a2b_uu(b"%:&5L;&\\`   "))
print(binascii.a2b_uu(b"%:&5"), binascii.a2b_uu(b"\x7f"), binascii.a2b_uu(b"`"))
print(binascii.a2b_uu(b"%:&5L;&\\`\r\n"), binascii.a2b_uu(b"%:&5L;&\\````"))
for bad in [b"%:&5L;&\\` xx", b"!\x7f", b"!\x1f", b"x" * 45, "é"]:
    try:
        print(binascii.a2b_uu(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [lambda: binascii.b2a_uu(b"x" * 46), lambda: binascii.b2a_uu("x"),
            lambda: binascii.b2a_uu(), lambda: binascii.a2b_uu(), lambda: binascii.a2b_uu(b"", 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
