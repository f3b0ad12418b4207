# str.isidentifier tests the characters as they are: no NFKC normalization first.
for s in ["abc", "_x1", "1x", "\u3280", "a\u3280", "\u2160", "\u00b2", "x\u00b2", "\ufb01", "\u212a",
          "\u2118", "a\u00b7", "\u00b7a", "a\u200c", "a\u30fb", "\U0001d400", "", "a b", "\u0300a"]:
    print(ascii(s), s.isidentifier())
