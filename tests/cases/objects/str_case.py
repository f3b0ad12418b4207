for s in ["hello World", "HELLO", "ǅungla", "they're bill's friends", "ß", "İ", "hello_world 2nd", "ŉ", "ﬁ"]:
    print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
