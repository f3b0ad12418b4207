import re
for pat, s in [(r"a{3}", "aaaa"), (r"a{2,3}", "aaaa"), (r"a{2,}", "aaaaa"), (r"a{,2}", "aaa"), (r"a{2,3}?", "aaaa"),
               (r"a{0}", "a"), (r"a{,}", "aa"), (r"a{", "a{"), (r"a{1,x}", "a{1,x}"), (r"(ab){2}", "ababab"),
               (r"(?:a|bc)*?c", "abcbcc"), (r"(a+?)(a*)", "aaa"), (r"(a*?)b", "aab"), (r"(a|ab)(c|bcd)(d*)", "abcd"),
               (r"((a)|b)+", "ab"), (r"((a)|b)*?c", "abc"), (r"(a)*", "aaa"), (r"(a){0,2}?b", "aab")]:
    m = re.match(pat, s)
    print(pat, m and m.span(), m and m.groups())
for pat in [r"a**", r"a{2}{3}", r"*a", r"a+*", r"(?:)*", r"a{3,2}"]:
    try:
        print(pat, re.compile(pat))
    except re.error as e:
        print(pat, "error:", e.msg, e.pos)
