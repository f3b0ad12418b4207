tests = ["abc", "ABC", "Abc Def", "123", "12.3", "", " ", "a1", "½", "²", "٣", "abc_1", "_x", "1x", "\t\n", "Ünï", "ǅ", "class", "\x00"]
for s in tests:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
