# pbkdf2_hmac vectors (RFC 6070, RFC 7914) and scrypt.
import hashlib

print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 4096, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pass\0word", b"sa\0lt", 4096, 16).hex())
print(hashlib.pbkdf2_hmac("sha256", b"passwd", b"salt", 1, 64).hex())
print(hashlib.pbkdf2_hmac("sha512", b"pw", b"s", 3).hex())
print(hashlib.pbkdf2_hmac("sha256", bytearray(b"pw"), memoryview(b"s"), 2, dklen=None).hex())
print(hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1, dklen=64).hex())
print(hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16).hex())
