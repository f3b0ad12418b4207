import time
t = (2023, 1, 1, 13, 5, 9, 6, 1, 0)
for d in "aAbBcdHIjmMpSUwWxXyYZz%eGgVuCDFTRhklP":
    print(d, repr(time.strftime("%" + d, t)))
print(repr(time.strftime("%n%t", t)))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1234567890)))
print(time.strftime("%c|%x|%X", time.gmtime(0)))
print(time.strftime("%z %Z", time.gmtime(0)))
print(time.strftime("", t) == "", time.strftime("plain text", t))
