// The normalized listing tests/compiler/make_golden.py writes for CPython, produced here for
// Coil's code objects, so the two compare line for line.
import { PyCode } from "../../src/objects/code.ts";
import { JUMP_OPCODES, Op, OPCODE_NAMES } from "../../src/compiler/opcodes.ts";
import { argRepr, constRepr } from "../../src/compiler/disassemble.ts";

const NUMERIC = new Set([
  "IS_OP",
  "CONTAINS_OP",
  "COPY",
  "SWAP",
  "CALL",
  "BUILD_TUPLE",
  "BUILD_LIST",
  "RERAISE",
  "RESUME",
  "RAISE_VARARGS",
  "UNPACK_SEQUENCE",
  "BUILD_MAP",
  "BUILD_SET",
  "LIST_APPEND",
  "MAP_ADD",
  "SET_ADD",
  "LIST_EXTEND",
  "DICT_MERGE",
  "DICT_UPDATE",
  "SET_UPDATE",
  "GET_AWAITABLE",
  "BUILD_STRING",
  "BUILD_SLICE",
  "UNPACK_EX",
  "MATCH_CLASS",
  "BUILD_CONST_KEY_MAP",
  "CALL_FUNCTION_EX",
  "COPY_FREE_VARS",
  "KW_NAMES",
]);

function pyTuple(items: string[]): string {
  const parts = items.map((s) => `'${s}'`);
  return "(" + parts.join(", ") + (parts.length === 1 ? ",)" : ")");
}

function constText(v: unknown): string {
  return v instanceof PyCode ? `<code ${v.co_name}>` : constRepr(v as never);
}

export function normalizedListing(code: PyCode): string {
  const out: string[] = [];
  const dump = (co: PyCode) => {
    out.push(
      `== ${co.co_qualname} first=${co.co_firstlineno} argc=${co.co_argcount} ` +
        `posonly=${co.co_posonlyargcount} kwonly=${co.co_kwonlyargcount} flags=${co.co_flags} ` +
        `nlocals=${co.co_nlocals} varnames=${pyTuple(co.co_varnames)} ` +
        `cellvars=${pyTuple(co.co_cellvars)} freevars=${pyTuple(co.co_freevars)} ` +
        `names=${pyTuple(co.co_names)}`,
    );
    for (let i = 0; i < co.length; i++) {
      const op = co.co_code[2 * i], arg = co.co_code[2 * i + 1];
      const name = OPCODE_NAMES[op];
      let a: string;
      if (JUMP_OPCODES.has(op)) a = `to ${arg}`;
      else if (NUMERIC.has(name)) a = String(arg);
      else if (op === Op.LOAD_CONST) a = constText(co.co_consts[arg]);
      else a = argRepr(co, op, arg);
      const line = co.lineOf(i);
      out.push(`${line < 0 ? "None" : line} ${name} ${a}`.trimEnd());
    }
    for (const e of co.co_exceptiontable) {
      out.push(`EXC ${e.start} ${e.end} ${e.target} ${e.depth} ${e.lasti ? "True" : "False"}`);
    }
    out.push(`STACK ${co.co_stacksize}`);
    const cs = co.co_consts.map(constText);
    out.push("CONSTS (" + cs.join(", ") + (cs.length === 1 ? ",)" : ")"));
    for (const c of co.co_consts) if (c instanceof PyCode) dump(c);
  };
  dump(code);
  return out.join("\n") + "\n";
}
