// Dev helper: turns the JSON that bench/py_ast_json.py prints (CPython's own AST) into the
// shape of src/compiler/ast.ts, so the compiler can be checked against CPython's parser.
import type * as ast from "../../src/compiler/ast.ts";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function constant(v: Json): ast.ConstantValue {
  if (v === null || typeof v === "boolean" || typeof v === "string") return v;
  const o = v as { [k: string]: Json };
  if ("$int" in o) return BigInt(o.$int as string);
  if ("$float" in o) return { kind: "float", value: Number(o.$float) };
  if ("$complex" in o) return { kind: "complex", imag: Number(o.$complex) };
  if ("$bytes" in o) return { kind: "bytes", value: Uint8Array.from(o.$bytes as number[]) };
  if ("$ellipsis" in o) return { kind: "ellipsis" };
  throw new Error("bad constant " + JSON.stringify(v));
}

function convert(v: Json): unknown {
  if (Array.isArray(v)) return v.map(convert);
  if (v === null || typeof v !== "object") return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === "value" && (v._type === "Constant" || v._type === "MatchSingleton")) {
      out[k] = constant(x);
    } else out[k] = convert(x);
  }
  return out;
}

export function fromPyJson(j: unknown): ast.mod {
  return convert(j as Json) as ast.mod;
}
