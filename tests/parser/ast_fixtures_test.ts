// Each tests/parser/fixtures/NAME.py must dump exactly as CPython 3.11's
// `ast.dump(ast.parse(source), include_attributes=True)` did (NAME.dump, from
// tools/gen_ast_fixtures.py).

import assert from "node:assert/strict";
import { parse } from "../../src/compiler/parser.ts";
import { dumpAst } from "../../src/compiler/ast_dump.ts";

const dir = new URL("./fixtures/", import.meta.url);
const names = [...Deno.readDirSync(dir)]
  .filter((e) => e.name.endsWith(".py"))
  .map((e) => e.name.slice(0, -3))
  .sort();

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

for (const name of names) {
  Deno.test(`ast dump: ${name}`, () => {
    const source = Deno.readTextFileSync(new URL(`${name}.py`, dir));
    const want = Deno.readTextFileSync(new URL(`${name}.dump`, dir)).trimEnd();
    const got = dumpAst(parse(source, `${name}.py`), true);
    if (got !== want) {
      // Show the neighbourhood of the first difference rather than two huge strings.
      const at = firstDifference(got, want);
      assert.equal(
        got.slice(Math.max(0, at - 120), at + 80),
        want.slice(Math.max(0, at - 120), at + 80),
      );
    }
  });
}
