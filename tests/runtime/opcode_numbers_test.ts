// eval.ts writes opcode numbers as literals in its case labels (`case 6 /* LOAD_FAST */:`) so
// V8 can dispatch through a jump table; this test ties every such label to opcodes.ts.
import { it } from "node:test";
import assert from "node:assert/strict";
import { OPCODE_NAMES } from "../../src/compiler/opcodes.ts";

/** The explicitly numbered members of BinaryOp and CompareOp, read from opcodes.ts. */
function numberedEnumMembers(): Map<string, Set<number>> {
  const src = Deno.readTextFileSync(new URL("../../src/compiler/opcodes.ts", import.meta.url));
  const out = new Map<string, Set<number>>();
  for (const m of src.matchAll(/^\s+([A-Z_]+) = (\d+),/gm)) {
    if (!out.has(m[1])) out.set(m[1], new Set());
    out.get(m[1])!.add(Number(m[2]));
  }
  return out;
}

it("every numeric case label in the runtime names its opcode correctly", () => {
  const numbered = numberedEnumMembers();
  for (const file of ["eval.ts", "generator_core.ts"]) {
    const src = Deno.readTextFileSync(new URL(`../../src/runtime/${file}`, import.meta.url));
    let checked = 0;
    for (const m of src.matchAll(/(\d+) \/\* ([A-Z_]+) \*\//g)) {
      const n = Number(m[1]);
      const name = m[2];
      const ok = OPCODE_NAMES[n] === name || (numbered.get(name)?.has(n) ?? false);
      assert.ok(ok, `${file}: ${n} is not ${name}`);
      checked++;
    }
    if (file === "eval.ts") assert.ok(checked > 100, "labels found");
  }
});
