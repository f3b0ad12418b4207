// Replays the fuzzers' corpora (tests/fuzz/README.md) without python3: every
// corpus/compile/NAME.py must get the verdict python3 recorded in NAME.expect (accepted, or
// the error class and line), and every corpus/programs/NAME.py must print NAME.out under Coil.

import { PRELUDE_TEXT } from "./program_gen.ts";
import assert from "node:assert/strict";
import { coilVerdict } from "./verdict.ts";

const COMPILE_DIR = new URL("./corpus/compile/", import.meta.url);
const PROGRAM_DIR = new URL("./corpus/programs/", import.meta.url);
const DRIVER = new URL("./prog_driver.py", import.meta.url).pathname;
const CLI = new URL("../../src/cli.ts", import.meta.url).pathname;

function names(dir: URL, ext: string): string[] {
  return [...Deno.readDirSync(dir)]
    .filter((e) => e.name.endsWith(ext))
    .map((e) => e.name.slice(0, -ext.length))
    .sort();
}

Deno.test("compile corpus: Coil's verdicts are python3's", () => {
  const wrong: string[] = [];
  for (const name of names(COMPILE_DIR, ".py")) {
    const src = Deno.readTextFileSync(new URL(`${name}.py`, COMPILE_DIR));
    const want = JSON.parse(Deno.readTextFileSync(new URL(`${name}.expect`, COMPILE_DIR)));
    const v = coilVerdict(src);
    const got = v.accept ? { accept: true } : { accept: false, type: v.type, lineno: v.lineno };
    if (v.internal !== undefined || JSON.stringify(got) !== JSON.stringify(want)) {
      wrong.push(`${name}: want ${JSON.stringify(want)}, got ${JSON.stringify(v)}`);
    }
  }
  assert.deepEqual(wrong, []);
});

Deno.test("program corpus: Coil prints python3's traces", async () => {
  const progs = names(PROGRAM_DIR, ".py");
  // Corpus files hold what follows the prelude all generated programs share.
  const sources = progs.map((n) =>
    `${PRELUDE_TEXT}\n${Deno.readTextFileSync(new URL(`${n}.py`, PROGRAM_DIR))}`
  );
  const file = await Deno.makeTempFile({ suffix: ".json" });
  try {
    await Deno.writeTextFile(file, JSON.stringify(sources));
    // One Coil process runs them all, each in a fresh namespace (prog_driver.py).
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", CLI, DRIVER, file, "0"],
      stdout: "piped",
      stderr: "piped",
    }).output();
    const results = new TextDecoder().decode(out.stdout).split("\n")
      .filter((l) => l.startsWith("\x01")).map((l) => JSON.parse(l.slice(1)).out as string);
    assert.equal(results.length, progs.length, new TextDecoder().decode(out.stderr));
    const wrong = progs.filter((n, i) =>
      results[i] !== Deno.readTextFileSync(new URL(`${n}.out`, PROGRAM_DIR))
    );
    assert.deepEqual(wrong, []);
  } finally {
    await Deno.remove(file);
  }
});
