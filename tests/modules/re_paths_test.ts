// `re` runs a pattern as a JavaScript RegExp where src/modules/_sre/regexp.ts proves it the same
// matcher, else on the SRE engine; the choice must never change a result. This runs every
// tests/cases/modules/re_*.py case with the RegExp path off and on (COIL_SRE_REGEXP=0/1) against
// CPython's committed output, and a list of hand-written (pattern, subject) pairs through
// python3 and both of Coil's paths, checking that the pairs meant for the RegExp are translated.
import assert from "node:assert/strict";
import { translate } from "../../src/modules/_sre/regexp.ts";

const casesDir = new URL("../cases/modules/", import.meta.url);
const cli = decodeURIComponent(new URL("../../src/cli.ts", import.meta.url).pathname);
const decoder = new TextDecoder();

async function run(
  cmd: string,
  args: string[],
  env: Record<string, string>,
  cwd?: string,
): Promise<{ out: string; err: string; code: number }> {
  const r = await new Deno.Command(cmd, { args, env, cwd, stdout: "piped", stderr: "piped" })
    .output();
  return { out: decoder.decode(r.stdout), err: decoder.decode(r.stderr), code: r.code };
}

const coil = (file: string, regexp: boolean, cwd?: string) =>
  run(Deno.execPath(), ["run", "-A", cli, file], {
    COIL_SRE_REGEXP: regexp ? "1" : "0",
    NO_COLOR: "1",
  }, cwd);

/** Fails at the first line where `actual` and `expected` differ, showing both. */
function sameLines(actual: string, expected: string, what: string): void {
  const a = actual.split("\n"), e = expected.split("\n");
  const i = a.findIndex((line, k) => line !== e[k]);
  if (i >= 0 || a.length !== e.length) {
    const k = i >= 0 ? i : Math.min(a.length, e.length);
    throw new Error(`${what}: line ${k + 1} differs\n  got:      ${a[k]}\n  expected: ${e[k]}`);
  }
}

async function readOptional(url: URL): Promise<string | null> {
  try {
    return await Deno.readTextFile(url);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return null;
    throw e;
  }
}

const cases = [...Deno.readDirSync(casesDir)]
  .map((e) => e.name)
  .filter((n) => n.startsWith("re_") && n.endsWith(".py"))
  .sort();

for (const regexp of [false, true]) {
  Deno.test(`re cases, RegExp path ${regexp ? "on" : "off"}`, async () => {
    const failed: string[] = [];
    const dir = decodeURIComponent(casesDir.pathname);
    // Two at a time: the machine is shared.
    for (let i = 0; i < cases.length; i += 2) {
      await Promise.all(
        cases.slice(i, i + 2).map(async (name) => {
          const stem = name.slice(0, -3);
          const r = await coil(name, regexp, dir);
          const out = await Deno.readTextFile(new URL(`${stem}.out`, casesDir));
          const err = await readOptional(new URL(`${stem}.err`, casesDir));
          if (r.out !== out || (err !== null && r.err !== err)) failed.push(stem);
        }),
      );
    }
    assert.deepEqual(failed, []);
  });
}

// Each pair: [pattern, subject, flags, whether the RegExp must take it]. The program prints, per
// pair, what every API gives (spans, groups, lastindex, findall, sub with a callable, split,
// pos/endpos windows), so python3 and both paths must print the same.
const PAIRS = String.raw`
import re

PAIRS = [
    # astral characters: positions are code points
    (r"\w+", "a😀b c𝔘d 𝔘", 0, True),
    (r".", "😀x\n😀", 0, True),
    (r"(?<=😀)\w", "😀a😀b", 0, True),
    (r"[😀-😂]+", "x😁😀y😃", 0, True),
    (r"\b\w", "𝔘nicode 𝔘 x", 0, True),
    (r"(😀)(x)?", "a😀😀x", 0, True),
    # MULTILINE and $
    (r"\w+$", "ab\ncd\n", re.M, True),
    (r"$", "a\n", 0, True),
    (r"^", "a\nb\n", re.M, True),
    (r"a$", "a\n", 0, True),
    (r"\Z", "a\n", 0, True),
    (r"^$", "\n\n", re.M, True),
    (r"^\w", "ab\ncd", 0, True),
    (r"\A\w|\w\Z", "ab\ncd", re.M, True),
    # \b and \B at non-ASCII letters, Unicode and ASCII
    (r"\bé\w*", "café éte", 0, True),
    (r"\B\w", "naïve", 0, True),
    (r"\b\w+", "naïve café", re.A, True),
    (r"\b", "été ab", 0, True),
    (r"\B", "", 0, True),
    (r"\b", "", 0, True),
    # IGNORECASE with non-ASCII
    (r"straße", "STRASSE Straße STRAẞE", re.I, True),
    (r"[a-zé]+", "ÉCOLE École", re.I, True),
    (r"k", "K\u212ak", re.I, True),
    (r"ſ", "sSſ", re.I, True),
    (r"s", "sSſ", re.I, True),
    (r"[^k]", "K\u212akx", re.I, True),
    (r"\u0130", "i\u0130İI", re.I, True),
    (r"i", "i\u0130İI\u0131", re.I, True),
    (r"[\u0100-\u017f]+", "ĀāŁłx", re.I, True),
    (r"σ", "ΣσςΣ", re.I, True),
    (r"[σx]", "ΣσςΣX", re.I, True),
    (r"k", "K\u212a", re.I | re.A, True),
    (r"[a-k]+", "ABK\u212az", re.I | re.A, True),
    (r"[^a-z]", "aB\u212a1", re.I, True),
    (r"\w+", "ÀÉ ꙁ ǅ", re.I, True),
    # empty matches in findall, sub, split
    (r"", "abc", 0, True),
    (r"x*", "axxb", 0, True),
    (r"(?=a)|b", "aab", 0, True),
    (r"|a", "aa", 0, True),
    (r"a?", "baab", 0, True),
    (r"\s*", "a b  c", 0, True),
    (r"\b|a", "ab a", 0, True),
    (r"(?<=a)|a", "aaa", 0, True),
    # categories
    (r"\d+", "12٣٤ ໑ ²", 0, True),
    (r"\s+", "a\x1c\x85\u2028\ufeff\xa0b", 0, True),
    (r"[\s\d]+", "1 ٣\x1f\ufeff", 0, True),
    (r"[^\W\d]+", "ab12c_d é3", 0, True),
    (r"\W+", "a, b;\u00b2c", 0, True),
    (r"\D\S", "1a b٣", 0, True),
    (r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", "x é.x+y@mail.example.org z", 0, True),
    (r"\w+", "ab_12 é٣", re.A, True),
    # charsets
    (r"[ぁ-んァ-ン一-龥]+", "漢字かなカナabc", 0, True),
    (r"[^a-c]+", "abxyzc", 0, True),
    (r"[\x00-\x7f]+", "abé\x7f", 0, True),
    (r"[-\]\\^]+", "a-]\\^b", 0, True),
    # lookarounds, groups, repeats
    (r"(?<!a)b", "ab cb", 0, True),
    (r"(?<=\d{2})x", "12x1x", 0, True),
    (r"(?!ab)\w\w", "abcd", 0, True),
    (r"(a)(b)?", "ac", 0, True),
    (r"((a)b)+", "abab", 0, True),
    (r"(a|b)*c", "abc", 0, True),
    (r"(a)()", "a", 0, True),
    (r"((a))", "a", 0, True),
    (r"(a)|(b)", "ba", 0, True),
    (r"(?:(a)|b)+", "ab", 0, False),
    (r"(a*)+b", "aab", 0, False),
    (r"(?P<n>\d+)(?:\.(?P<f>\d*))?", "v 12. 3.45", 0, True),
    (r"<.*?>", "<a><b>", 0, True),
    (r"a{2,3}?", "aaaa", 0, True),
    (r"(?:ab){2}", "abababab", 0, True),
    (r".+", "a\nb", re.S, True),
    (r"x(?#comment)y", "xy", 0, True),
    # refused: backreferences, atomic, possessive
    (r"(a)\1", "aab", 0, False),
    (r"(?>a+)b", "aab", 0, False),
    (r"a++b", "aab", 0, False),
    # bytes
    (rb"\w+", b"ab \xe9cd", 0, True),
    (rb"[\x80-\xff]+", b"a\xe9\x85b", 0, True),
    (rb"(?i)\xe9|k", b"\xc9\xe9K", 0, True),
    (rb".", b"\n\xff", 0, True),
    (rb"\s+", b"a\x1c\x85\x0bb", 0, True),
]
`;

const SHOW = String.raw`
import re

def show(m):
    if m is None:
        return None
    return (m.span(), m.groups(), [m.span(g) for g in range(1, m.re.groups + 1)], m.lastindex,
            m.lastgroup)

for pattern, subject, flags, _ in PAIRS:
    p = re.compile(pattern, flags)
    spans = []
    def repl(m):
        spans.append(show(m))
        return "<" + str(len(spans)) + ">" if isinstance(subject, str) else b"<>"
    print(repr(pattern), repr(subject))
    print("  search", show(p.search(subject)), "match", show(p.match(subject)),
          "fullmatch", show(p.fullmatch(subject)))
    print("  findall", p.findall(subject), "finditer", [show(m) for m in p.finditer(subject)])
    print("  sub", p.subn(repl, subject), spans)
    print("  split", p.split(subject), p.split(subject, 1))
    n = len(subject)
    for pos, end in [(1, n), (0, n - 1), (1, 1), (2, n), (0, 0), (n, n)]:
        print("  window", pos, end, show(p.search(subject, pos, end)),
              show(p.match(subject, pos, end)), p.findall(subject, pos, end))
    sc = p.scanner(subject)
    print("  scanner", [show(sc.match()) for _ in range(3)])
`;

Deno.test("re pairs: python3, Coil with the RegExp path off and on", async () => {
  const file = await Deno.makeTempFile({ suffix: ".py" });
  try {
    await Deno.writeTextFile(file, PAIRS + SHOW);
    const [py, off, on] = await Promise.all([
      run("python3", [file], {}),
      coil(file, false),
      coil(file, true),
    ]);
    assert.deepEqual(py.code, 0, py.err);
    sameLines(off.out + off.err, py.out, "RegExp path off");
    sameLines(on.out + on.err, py.out, "RegExp path on");
  } finally {
    await Deno.remove(file);
  }
});

Deno.test("re pairs: the ones meant for the RegExp are translated", async () => {
  // CPython's compiler gives the SRE code Coil's `re` compiles (the same Lib/re).
  const dump = PAIRS + String.raw`
import json, re
out = []
for pattern, subject, flags, js in PAIRS:
    p = re._parser.parse(pattern, flags)
    out.append([repr(pattern), re._compiler._code(p, p.state.flags), p.state.groups - 1, js])
print(json.dumps(out))
`;
  const r = await run("python3", ["-c", dump], {});
  assert.deepEqual(r.code, 0, r.err);
  const rows = JSON.parse(r.out) as [string, number[], number, boolean][];
  const wrong = rows.filter(([, code, groups, js]) =>
    (translate(Uint32Array.from(code), groups) !== null) !== js
  ).map(([p]) => p);
  assert.deepEqual(wrong, []);
  assert.ok(rows.length > 50);
});
