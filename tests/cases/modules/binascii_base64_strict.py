# a2b_base64(strict_mode=True) (3.11): CPython's messages for each violation.
import binascii

for s in ["aGVsbG8=", "aGVsbA==", "aGVsbGxv", "", "aGVs!bG8=", "=aGVs", "aGVsbA==x",
          "aGVsbA=x=", "aGVsbA=", "aGVsbA===", "aGVsbA", "a\nGVsbA==", "abcde", "ab=c",
          "YQ==\n", " YQ==", "YQ", "YQ=", "==", "Y==="]:
    try:
        print(repr(s), binascii.a2b_base64(s, strict_mode=True))
    except binascii.Error as e:
        print(repr(s), "Error", e)
print(binascii.a2b_base64("aGVs!bG8=", strict_mode=False))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(binascii.Error.__module__, binascii.Error.__name__, binascii.Incomplete.__qualname__)
try:
    binascii.a2b_base64("a")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__)
# A pad at a quad boundary that is not the first character is not "leading".
for s in ["YWJj=ZGVm", "YWJj=", "YWJj=!", "YWJj==", "YW=JjZA==", "=", "=YQ=="]:
    try:
        print(repr(s), binascii.a2b_base64(s, strict_mode=True))
    except binascii.Error as e:
        print(repr(s), "Error", e)
