// Each tests/parser/errors/NAME.py must fail to parse with the error class, message, line and
// offsets CPython 3.11 reports for it (NAME.json, from tools/gen_error_fixtures.py).

import assert from "node:assert/strict";
import { parse } from "../../src/compiler/parser.ts";
import { PySyntaxErrorInfo } from "../../src/compiler/syntax_error.ts";

interface Expected {
  kind: string;
  msg: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number;
}

const dir = new URL("./errors/", import.meta.url);
const names = [...Deno.readDirSync(dir)]
  .filter((e) => e.name.endsWith(".py"))
  .map((e) => e.name.slice(0, -3))
  .sort();

function parseError(source: string, filename: string): PySyntaxErrorInfo {
  try {
    parse(source, filename);
  } catch (e) {
    if (e instanceof PySyntaxErrorInfo) return e;
    throw e;
  }
  throw new assert.AssertionError({ message: "parsed without error" });
}

for (const name of names) {
  Deno.test(`syntax error: ${name}`, () => {
    const source = Deno.readTextFileSync(new URL(`${name}.py`, dir));
    const want: Expected = JSON.parse(Deno.readTextFileSync(new URL(`${name}.json`, dir)));
    const e = parseError(source, `${name}.py`);
    assert.deepEqual(
      { kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset },
      { kind: want.kind, msg: want.msg, lineno: want.lineno, offset: want.offset },
    );
  });
}
