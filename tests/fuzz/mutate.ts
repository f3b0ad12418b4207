// Source mutations for the compile fuzzer: token edits, stray brackets/keywords/quotes,
// whitespace and control characters, truncation, deep nesting and huge literals.

import type { Rng } from "./rng.ts";

/** A rough Python tokenization: enough to delete, duplicate and swap whole tokens. */
const TOKEN_RE =
  /[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*|\d[\w.]*|"""|'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|\*\*=?|\/\/=?|->|:=|[<>!=]=|<<|>>|\S|\n|[ \t\f]+/g;

function tokens(src: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const m of src.matchAll(TOKEN_RE)) out.push({ text: m[0], start: m.index! });
  return out;
}

const KEYWORDS = [
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
  "match",
  "case",
  "_",
  "type",
  "print",
  "__debug__",
  "except*",
  "yield from",
  "async def",
  "async for",
  "async with",
  "lambda:",
  "*",
  "**",
  "*args",
];
const OPERATORS = [
  ":",
  "=",
  ",",
  ";",
  ".",
  "...",
  "@",
  "->",
  ":=",
  "+",
  "-",
  "~",
  "**",
  "//",
  "|",
  "&",
  "^",
  "<<",
  ">>",
  "==",
  "!=",
  "<",
  ">=",
  "+=",
  "**=",
  "\\",
  "\\\n",
  "!",
  "$",
  "?",
  "`",
  "/",
];
const BRACKETS = ["(", ")", "[", "]", "{", "}", "()", "[]", "{}", ")(", "]["];
const QUOTES = ['"', "'", '"""', "'''", 'f"', "f'", 'rb"', "b'", 'f"{', '}"', 'f"""{', "u'"];
const WEIRD = [
  "\t",
  "\t\t",
  "\f",
  "\v",
  "\r",
  "\r\n",
  "\0",
  "\x1b",
  "\u00a0",
  "\u2028",
  "\u200b",
  "\ufeff",
  "é",
  "€",
  "µ",
  "ß",
  "ℌ",
  "ﬁ",
  "𝔘",
  "😀",
  "\u0301",
  "名",
  "\u00b7",
  "ª",
  "℘",
  "\u2160",
  "\x7f",
];
const NUMBERS = [
  "0x",
  "0b2",
  "09",
  "1_",
  "1__0",
  "1e",
  "1e+",
  "1j",
  "0o8",
  "1.e5",
  "1_000.0_1",
  ".5j",
  "0_0",
  "1if",
  "0xfor",
  "1else",
  "1.__class__",
  "00",
  "0777",
  "1.5e-3j",
  "0b_1",
  "0x_",
  "1_e5",
];

/** Statements the symbol table and code generator judge (scopes, targets, patterns, ...). */
const SEMANTIC = [
  "nonlocal x",
  "global x",
  "return 1",
  "yield 1",
  "await x",
  "break",
  "continue",
  "x = yield",
  "*a, *b = c",
  "del f()",
  "del (a, b), [c]",
  "x: int = 1",
  "__debug__ = 1",
  "def f(a, a): pass",
  "f(x=1, x=2)",
  "lambda: (yield)",
  "async def f(): yield from x",
  "from __future__ import braces",
  "from __future__ import annotations",
  "from x import *",
  "class A: nonlocal x",
  "[i := 0 for i in x]",
  "[x for x in (y := [])]",
  "def f():\n    x = 1\n    global x",
  "def f():\n    nonlocal y",
  "def f(x):\n    global x",
  "match x:\n    case a | b: pass",
  "match x:\n    case {**r, **r}: pass",
  "match x:\n    case a, a: pass",
  "match x:\n    case _:\n        pass\n    case 1: pass",
  "match x:\n    case a:\n        pass\n    case b: pass",
  "match x:\n    case {1: _, 1: _}: pass",
  "match x:\n    case -1j: pass",
  "match x:\n    case 1 + 2: pass",
  "match x:\n    case C(a=1, a=2): pass",
  "match x:\n    case [*a, *b]: pass",
  "match x:\n    case (1 | x) as y: pass",
  "async def f():\n    [x async for x in y]",
  "def f():\n    [x async for x in y]",
  "def f():\n    await x",
  "async def f():\n    yield\n    return 1",
  "x += yield",
  "(a, b) += 1",
  "f() = 1",
  "None = 1",
  "a.b: int",
  "(a): int = 1",
  "[a]: int",
  "x = *a",
  "print(*a, **b, *c)",
  "f(**a, *b)",
  "f(a for a in b, c)",
  "with a as (b, c): pass",
  "for x in *a, *b: pass",
  "try:\n    pass\nexcept* ValueError:\n    break",
  "try:\n    pass\nexcept* ValueError:\n    return",
  "try:\n    pass\nexcept:\n    pass\nexcept ValueError: pass",
  "def f(*, **k): pass",
  "def f(a=1, b): pass",
  "def f(**k, a): pass",
  "def f(a, /, b, /): pass",
  "lambda a, a: 1",
  "class C:\n    def f(self):\n        super().__class__\n        nonlocal __class__",
  "def f():\n    x\n    nonlocal x",
  "def g():\n    def f():\n        nonlocal z\n    z = 1",
  "def g():\n    x = 1\n    def f():\n        print(x)\n        global x",
  "@d\nclass C: pass",
  "f'{x!z}'",
  "f'{}'",
  "f'{x=!r:>{w}}'",
  "f'{yield}'",
  "f'{*x}'",
  "f'{x:{y:{z}}}'",
  "f'{a b}'",
  "'a' 'b' f'c' b'd'",
  "x = 1 if 2",
  "x = [1, 2 3]",
  "x = {1: 2, 3}",
  "assert (x, 'msg')",
  "x is 1",
  "import a.b as c.d",
  "from . import (a, b,)",
  "from .. import *",
  "if x:\npass",
  "while 1:\n    pass\nelse:\n    break",
  "for x in y:\n    def f():\n        continue",
  "class C(x for x in y): pass",
  "def f[T](): pass",
  "type X = int",
  "a = b = yield = c",
];

type Mutator = (src: string, rng: Rng) => string;

/** A random index that does not split a surrogate pair (python3 would refuse the halves). */
function boundary(src: string, rng: Rng): number {
  let i = rng.int(src.length + 1);
  const c = src.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff) i--;
  return i;
}

function insertAt(src: string, rng: Rng, text: string): string {
  const i = boundary(src, rng);
  return src.slice(0, i) + text + src.slice(i);
}

/** Inserts at a token boundary, usually with spaces around, so the text stays a token. */
function insertToken(src: string, rng: Rng, text: string): string {
  const ts = tokens(src);
  if (ts.length === 0) return text + src;
  const t = rng.pick(ts);
  const pad = rng.chance(0.7) ? " " : "";
  return src.slice(0, t.start) + pad + text + pad + src.slice(t.start);
}

function lines(src: string): string[] {
  return src.split("\n");
}

const NEST_DEPTHS = [5, 20, 50, 99, 100, 101, 199, 200, 201, 250, 500, 1000, 3000, 7000];

function deepNesting(src: string, rng: Rng): string {
  const n = rng.pick(NEST_DEPTHS);
  const kind = rng.int(12);
  let snippet: string;
  switch (kind) {
    case 0:
      snippet = "(".repeat(n) + "1" + ")".repeat(n);
      break;
    case 1:
      snippet = "[".repeat(n) + "]".repeat(n);
      break;
    case 2:
      snippet = "{".repeat(n) + "}".repeat(n);
      break;
    case 3:
      snippet = "-".repeat(n) + "1";
      break;
    case 4:
      snippet = "not ".repeat(n) + "x";
      break;
    case 5:
      snippet = "x" + ".a".repeat(n);
      break;
    case 6:
      snippet = "f" + "()".repeat(n);
      break;
    case 7:
      snippet = "1" + " + 1".repeat(n);
      break;
    case 8: {
      // n nested blocks.
      const out: string[] = [];
      for (let i = 0; i < Math.min(n, 150); i++) out.push(" ".repeat(i) + "if x:");
      out.push(" ".repeat(Math.min(n, 150)) + "pass");
      return out.join("\n") + "\n" + src;
    }
    case 9:
      snippet = "lambda: ".repeat(n) + "0";
      break;
    case 10:
      snippet = "x[".repeat(n) + "0" + "]".repeat(n);
      break;
    default: {
      // Nested functions (symbol table and code generation depth).
      const out: string[] = [];
      const m = Math.min(n, 120);
      for (let i = 0; i < m; i++) out.push(" ".repeat(i) + `def f${i}():`);
      out.push(" ".repeat(m) + "return 0");
      return out.join("\n") + "\n" + src;
    }
  }
  // As a statement at a line start, or an expression inside the source.
  if (rng.chance(0.5)) {
    const ls = lines(src);
    const i = rng.int(ls.length + 1);
    ls.splice(i, 0, (ls[i]?.match(/^\s*/)?.[0] ?? "") + snippet);
    return ls.join("\n");
  }
  return insertToken(src, rng, snippet);
}

function hugeLiteral(src: string, rng: Rng): string {
  const n = rng.pick([300, 4299, 4300, 4301, 5000, 20000, 100000]);
  const kinds = [
    () => "1".repeat(n),
    () => "0x" + "f".repeat(n),
    () => "1" + "0".repeat(n) + ".0",
    () => "1e" + "9".repeat(Math.min(n, 400)),
    () => '"' + "a".repeat(n) + '"',
    () => "(" + "1,".repeat(Math.min(n, 20000)) + ")",
    () => "[" + "x,".repeat(Math.min(n, 20000)) + "]",
    () => "{" + "'k': 1,".repeat(Math.min(n, 5000)) + "}",
    () => "f(" + "a,".repeat(Math.min(n, 20000)) + ")",
    () => "x" + "y".repeat(n),
    () => "b'" + "\\x00".repeat(Math.min(n, 5000)) + "'",
    () => "1" + " if x else 1".repeat(Math.min(n, 400)),
  ];
  return insertToken(src, rng, rng.pick(kinds)());
}

export const MUTATORS: Mutator[] = [
  // Delete a token.
  (src, rng) => {
    const ts = tokens(src);
    if (ts.length === 0) return src;
    const t = rng.pick(ts);
    return src.slice(0, t.start) + src.slice(t.start + t.text.length);
  },
  // Duplicate a token.
  (src, rng) => {
    const ts = tokens(src);
    if (ts.length === 0) return src;
    const t = rng.pick(ts);
    return src.slice(0, t.start) + t.text + src.slice(t.start);
  },
  // Swap two tokens (usually neighbours).
  (src, rng) => {
    const ts = tokens(src).filter((t) => !/^[ \t\f]+$/.test(t.text));
    if (ts.length < 2) return src;
    const i = rng.int(ts.length - 1);
    const j = rng.chance(0.7) ? i + 1 : rng.int(ts.length);
    const [a, b] = i < j ? [ts[i], ts[j]] : [ts[j], ts[i]];
    if (a === b) return src;
    return src.slice(0, a.start) + b.text + src.slice(a.start + a.text.length, b.start) +
      a.text + src.slice(b.start + b.text.length);
  },
  // Replace a token by another one from the source.
  (src, rng) => {
    const ts = tokens(src);
    if (ts.length === 0) return src;
    const t = rng.pick(ts);
    return src.slice(0, t.start) + rng.pick(ts).text + src.slice(t.start + t.text.length);
  },
  (src, rng) => insertToken(src, rng, rng.pick(BRACKETS)),
  (src, rng) => insertToken(src, rng, rng.pick(KEYWORDS)),
  (src, rng) => insertToken(src, rng, rng.pick(OPERATORS)),
  (src, rng) => insertAt(src, rng, rng.pick(QUOTES)),
  (src, rng) => insertToken(src, rng, rng.pick(NUMBERS)),
  (src, rng) => insertAt(src, rng, rng.pick(WEIRD)),
  // Tabs in the indentation.
  (src, rng) => {
    const ls = lines(src);
    const i = rng.int(ls.length);
    const m = ls[i].match(/^ +/);
    if (m === null) ls[i] = "\t" + ls[i];
    else {ls[i] = rng.chance(0.5)
        ? "\t" + ls[i].slice(Math.min(8, m[0].length))
        : ls[i].replace(/^ {1,4}/, "\t");}
    return ls.join("\n");
  },
  // Re-indent a line.
  (src, rng) => {
    const ls = lines(src);
    const i = rng.int(ls.length);
    ls[i] = rng.chance(0.5)
      ? " ".repeat(rng.pick([1, 2, 4, 8])) + ls[i]
      : ls[i].replace(/^ {1,4}/, "");
    return ls.join("\n");
  },
  // Truncate.
  (src, rng) => src.slice(0, boundary(src, rng)),
  // Delete, duplicate or move a line.
  (src, rng) => {
    const ls = lines(src);
    const i = rng.int(ls.length);
    const k = rng.int(3);
    if (k === 0) ls.splice(i, 1);
    else if (k === 1) ls.splice(i, 0, ls[i]);
    else ls.splice(rng.int(ls.length), 0, ...ls.splice(i, 1));
    return ls.join("\n");
  },
  // Join two lines, or split one.
  (src, rng) => {
    const ls = lines(src);
    const i = rng.int(ls.length);
    if (rng.chance(0.5) && i + 1 < ls.length) {
      ls.splice(i, 2, ls[i] + rng.pick([" ", "; ", ": ", "\\\n"]) + ls[i + 1].trimStart());
      return ls.join("\n");
    }
    return insertAt(src, rng, "\n");
  },
  // A statement the later passes judge, at a line start with that line's indentation.
  (src, rng) => {
    const ls = lines(src);
    const i = rng.int(ls.length + 1);
    const indent = (ls[i] ?? "").match(/^[ \t]*/)![0];
    const snippet = rng.pick(SEMANTIC).split("\n").map((l) => indent + l);
    ls.splice(i, 0, ...snippet);
    return ls.join("\n");
  },
  deepNesting,
  hugeLiteral,
];

/** One to four mutations of `src`. */
export function mutate(src: string, rng: Rng): string {
  const n = 1 + rng.int(rng.chance(0.6) ? 1 : 4);
  for (let i = 0; i < n; i++) {
    // Nesting and huge literals are costly: rarer.
    const m = rng.chance(0.08) ? rng.pick(MUTATORS.slice(-2)) : rng.pick(MUTATORS.slice(0, -2));
    src = m(src, rng);
  }
  return src;
}
