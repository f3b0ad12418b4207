import _codecs
for b in [b'+AGE', b'+AGEx', b'+A-', b'+AG-', b'+2D3', b'+2D3-', b'+2D3cAA', b'+!', b'\x80', b'a+', b'+AGEA', b'+2D3YAA-', b'+AGE\x80']:
    for final in (False, True):
        try: print(b, final, ascii(_codecs.utf_7_decode(b, 'strict', final)))
        except Exception as e: print(b, final, type(e).__name__, e)
    print(b, ascii(_codecs.utf_7_decode(b, 'replace', True)))
