import codecs
for enc in ['cp1252', 'cp437', 'iso8859_15', 'mac_roman', 'cp1250', 'cp850']:
    s = 'Caf\xe9 \xfc'
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print('\u20ac'.encode('cp1252'), b'\x80\x99'.decode('cp1252'))
try: b'\x81'.decode('cp1252')
except UnicodeDecodeError as e: print(e)
try: '\u0100'.encode('cp1252')
except UnicodeEncodeError as e: print(e)
print('\u0100x'.encode('cp1252', 'replace'), b'\x81x'.decode('cp1252', 'replace'))
print(codecs.lookup('cp1252').name, codecs.lookup('latin-1').name, codecs.lookup('L1').name)
