// Dev script: compares our syntax errors with CPython's on randomly broken programs.
//
//   deno run -A tests/parser/tools/error_fuzz.ts [seed] [count]
//
// It mutates stdlib modules (character edits, line edits) and also builds short random token
// sequences, asks python3 (3.11) once for what `ast.parse` reports on each, and prints every
// case where our class, message, line or offset differ, then a summary line.

import { parse } from "../../../src/compiler/parser.ts";
import { PySyntaxErrorInfo } from "../../../src/compiler/syntax_error.ts";

type Outcome = [kind: string, msg: string, lineno: number, offset: number] | null;

const seed = Number(Deno.args[0] ?? 1);
const count = Number(Deno.args[1] ?? 300);

/** mulberry32: a small seeded generator, so runs are repeatable. */
function generator(s: number): () => number {
  let state = s >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const PIECES = [
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ":",
  "=",
  ",",
  "\n",
  " ",
  "    ",
  "\t",
  "'",
  '"',
  "f'{",
  "*",
  "**",
  "lambda",
  "if",
  "else",
  "for",
  "in",
  "async",
  "await",
  "yield",
  "match",
  "case",
  "@",
  "\\",
  "#",
  "0x",
  "1_",
  ".",
  "...",
  ":=",
  "->",
  "not",
  "is",
  "del",
  "é",
  '"""',
  "!r",
  "1",
  "x",
  "print ",
  "return",
  "def",
  "class",
  "try:",
  "except",
  "with",
  "1e",
  "import",
  "from",
  "as",
];

function characterEdit(source: string): string {
  const at = Math.floor(random() * source.length);
  if (random() < 0.4) return source.slice(0, at) + source.slice(at + 1 + Math.floor(random() * 5));
  return source.slice(0, at) + pick(PIECES) + source.slice(at);
}

function lineEdit(source: string): string {
  const lines = source.split("\n");
  const i = Math.floor(random() * lines.length);
  const line = lines[i];
  const edits = [
    () => lines.splice(i, 1),
    () => (lines[i] = " ".repeat(1 + Math.floor(random() * 6)) + line),
    () => (lines[i] = line.replace(/^\s+/, (m) => m.slice(0, Math.max(0, m.length - 2)))),
    () => (lines[i] = line.replace(/:(\s*(#.*)?)$/, "$1")),
    () => (lines[i] = line.replace(/\)([^)]*)$/, "$1")),
    () => (lines[i] = line.replace(/,/, "")),
    () => (lines[i] = line.replace(/==/, "=").replace(/ = /, " == ")),
    () => (lines[i] = line.replace(/(["'])/, "")),
  ];
  pick(edits)();
  return lines.join("\n");
}

function tokenSoup(): string {
  let s = "";
  const n = 1 + Math.floor(random() * 14);
  for (let j = 0; j < n; j++) s += pick(PIECES) + (random() < 0.5 ? " " : "");
  return s;
}

const PY_ORACLE = `
import ast, json, sys, warnings
warnings.simplefilter("ignore")
out = []
for src in json.load(sys.stdin):
    try:
        ast.parse(src)
        out.append(None)
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.lineno, e.offset])
    except Exception as e:
        out.append(["other", str(e), 0, 0])
json.dump(out, sys.stdout)
`;

async function cpythonOutcomes(sources: string[]): Promise<Outcome[]> {
  const child = new Deno.Command("python3", {
    args: ["-c", PY_ORACLE],
    stdin: "piped",
    stdout: "piped",
  })
    .spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(JSON.stringify(sources)));
  await writer.close();
  const { stdout } = await child.output();
  return JSON.parse(new TextDecoder().decode(stdout));
}

function ourOutcome(source: string): Outcome {
  try {
    parse(source, "fuzz.py");
    return null;
  } catch (e) {
    if (e instanceof PySyntaxErrorInfo) return [e.kind, e.msg, e.lineno, e.offset];
    return ["internal", String(e), 0, 0];
  }
}

async function stdlibModules(): Promise<string[]> {
  const out = await new Deno.Command("python3", {
    args: ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
    stdout: "piped",
  }).output();
  const dir = new TextDecoder().decode(out.stdout).trim();
  const names = [
    "string.py",
    "ast.py",
    "dataclasses.py",
    "functools.py",
    "textwrap.py",
    "argparse.py",
  ];
  return names.map((n) => Deno.readTextFileSync(`${dir}/${n}`));
}

const modules = await stdlibModules();
const sources: string[] = [];
for (let i = 0; i < count; i++) {
  const kind = i % 3;
  if (kind === 2) sources.push(tokenSoup());
  else sources.push((kind === 0 ? characterEdit : lineEdit)(pick(modules)));
}
const expected = await cpythonOutcomes(sources);
let invalid = 0, same = 0;
sources.forEach((source, i) => {
  const want = expected[i];
  const got = ourOutcome(source);
  if (want !== null) invalid++;
  if (JSON.stringify(want) === JSON.stringify(got)) {
    if (want !== null) same++;
    return;
  }
  const excerpt = JSON.stringify(source.length > 200 ? "..." : source);
  console.log(
    `case ${i} ${excerpt}\n  cpython: ${JSON.stringify(want)}\n  coil:    ${JSON.stringify(got)}`,
  );
});
console.log(
  `${same} of ${invalid} invalid programs give CPython's error (${sources.length} programs)`,
);
