# Quoted-printable: b2a_qp (quotetabs, istext, header) and a2b_qp (header).
import binascii

cases = [b"hello = world\t\n", b"a\tb \n", b"\xff\x00abc", b"a_b c", b"x" * 100,
         b"line\r\nnext", b".\n.", b"a\nb", b"From x", b"trail \n", b"trail ", b"tab\t",
         b"=" * 30, b"y" * 75 + b"\n", b"y" * 76 + b"\n" + b"z" * 80, b"a\r\nb\nc",
         b"\r", b"\n\n", b"caf\xc3\xa9 au lait", b"."]
for data in cases:
    print(binascii.b2a_qp(data))
print(binascii.b2a_qp(b"a\tb \n", quotetabs=True))
print(binascii.b2a_qp(b"a\nb\rc", istext=False))
print(binascii.b2a_qp(b"a_b c", header=True), binascii.b2a_qp(b"a b", True, True, True))
print(binascii.b2a_qp(data=b"x y", quotetabs=1))
for data in [b"hello =3D world=\nx", b"=4", "=zz", b"=\r\nx", b"abc=", b"=ab=AB", b"a==b",
             b"soft=\r\nbreak", b"=\rx\ny"]:
    print(binascii.a2b_qp(data))
print(binascii.a2b_qp(b"a_b", header=True), binascii.a2b_qp(b"a_b"))
for data in cases:
    assert binascii.a2b_qp(binascii.b2a_qp(data)) == data or b"\r" in data, data
for bad in [lambda: binascii.a2b_qp(), lambda: binascii.b2a_qp(),
            lambda: binascii.b2a_qp(b"", 1, 2, 3, 4), lambda: binascii.b2a_qp("x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
