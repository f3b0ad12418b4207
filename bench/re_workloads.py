# The `re` workloads bench/re_compare.ts times under Coil and under CPython. Each workload's hot
# loop is timed in-process with time.perf_counter (start-up and the set-up of its text excluded),
# REPEAT times, and its median printed: one line per workload, "<name> <ms> <result>", the result
# so the two interpreters are seen to compute the same thing.
import re
import sys
import time

ONLY = sys.argv[1] if len(sys.argv) > 1 else ""
REPEAT = 5

WORDS = ("the quick brown fox jumps over lazy dog lorem ipsum dolor sit amet consectetur "
         "adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna").split()


def text_of(size):
    out = []
    n = 0
    i = 0
    while n < size:
        w = WORDS[(i * 7 + i // 13) % len(WORDS)]
        if i % 17 == 0:
            w = w.capitalize() + ","
        if i % 29 == 0:
            w += "."
        if i % 41 == 0:
            w = str(i)
        out.append(w)
        n += len(w) + 1
        i += 1
        if i % 12 == 0:
            out.append("\n")
    return " ".join(out)[:size]


SOURCE_LINE = "def f{0}(x, y=1.5):\n    return x * {0} + y - (x // 3) if x > {0} else [x, y]\n"

TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>//|==|!=|<=|>=|[-+*/%=<>()\[\]{}:,.])
  | (?P<NEWLINE>\n)
  | (?P<SKIP>[ \t]+)
  | (?P<MISMATCH>.)
""", re.VERBOSE)


def tokenize():
    src = "".join(SOURCE_LINE.format(i) for i in range(3000))
    t = time.perf_counter()
    counts = {}
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        counts[kind] = counts.get(kind, 0) + 1
    ms = (time.perf_counter() - t) * 1000
    return ms, sorted(counts.items())


def findall_words():
    text = text_of(1_000_000)
    word = re.compile(r"\w+")
    t = time.perf_counter()
    words = word.findall(text)
    ms = (time.perf_counter() - t) * 1000
    return ms, (len(words), words[-1])


def emails_urls():
    parts = []
    for i in range(20000):
        parts.append(f"contact user{i}.name+tag@mail{i % 97}.example.org or see "
                     f"https://www.site{i % 53}.com/path/{i}?q={i}&x=y for more text here")
    text = " ".join(parts)
    email = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
    url = re.compile(r"https?://[^\s/?#]+(?:/[^\s?#]*)?(?:\?[^\s#]*)?")
    t = time.perf_counter()
    e = email.findall(text)
    u = url.findall(text)
    ms = (time.perf_counter() - t) * 1000
    return ms, (len(e), e[-1], len(u), u[-1])


def sub_callable():
    text = text_of(300_000)
    num = re.compile(r"\b[a-z]{4}\b")
    t = time.perf_counter()
    out = num.sub(lambda m: m.group().upper(), text)
    ms = (time.perf_counter() - t) * 1000
    return ms, (len(out), out[:60])


def pathological():
    p = re.compile(r"(?:a+)+b")
    subject = "a" * 22
    t = time.perf_counter()
    r = p.match(subject)
    ms = (time.perf_counter() - t) * 1000
    return ms, r


for name, fn in [("tokenize", tokenize), ("findall_words", findall_words),
                 ("emails_urls", emails_urls), ("sub_callable", sub_callable),
                 ("pathological", pathological)]:
    if ONLY and ONLY not in name:
        continue
    runs = [fn() for _ in range(REPEAT)]
    ms = sorted(t for t, _ in runs)[REPEAT // 2]
    print(name, f"{ms:.3f}", repr(runs[0][1])[:80])
