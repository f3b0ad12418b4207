# Reprs and types of hash objects (addresses are not printed).
import _hashlib, _md5, _sha3, _blake2, hashlib, hmac

def shape(r):
    head, _, tail = r.rpartition(" 0x")
    return head + " 0x...>" if tail.endswith(">") else r

print(shape(repr(_hashlib.new("md5"))), shape(repr(_hashlib.new("shake_128"))))
print(shape(repr(_md5.md5())), shape(repr(_sha3.sha3_256())), shape(repr(_blake2.blake2b())))
print(shape(repr(_hashlib.hmac_new(b"k", digestmod="sha1"))))
print(type(_hashlib.new("md5")), type(_hashlib.new("shake_256")), _hashlib.HASHXOF.__mro__)
print(type(_md5.md5()), _sha3.sha3_256, _blake2.blake2s, type(_hashlib.hmac_new(b"k", digestmod="md5")))
print(repr(hmac.new(b"k", digestmod="md5")).startswith("<hmac.HMAC object at 0x"))
for t in [type(_hashlib.new("md5")), _hashlib.HMAC, type(_md5.md5())]:
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
