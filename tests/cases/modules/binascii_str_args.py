# a2b_* functions accept ASCII str; b2a_* and CRCs require bytes-like objects.
import binascii

print(binascii.a2b_hex("4142"), binascii.a2b_base64("QUJD"), binascii.a2b_qp("a=3Db"))
print(binascii.a2b_uu("#04)#"), binascii.unhexlify("00ff"))
for f in [binascii.a2b_hex, binascii.a2b_base64, binascii.a2b_qp, binascii.a2b_uu]:
    for arg in ["\u00e9", "\u20ac", 3.5, None, ["a"]]:
        try:
            print(f(arg))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for f in [binascii.b2a_hex, binascii.b2a_base64, binascii.b2a_qp, binascii.b2a_uu,
          binascii.crc32]:
    try:
        print(f("abc"))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(binascii.b2a_hex(bytearray(b"\x01")), binascii.b2a_base64(memoryview(b"ab")))
print(binascii.hexlify.__name__, binascii.a2b_base64.__module__ if hasattr(binascii.a2b_base64, "__module__") else None)
