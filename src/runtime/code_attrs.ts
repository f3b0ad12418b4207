// Python-visible attributes of code objects (co_name, co_filename, co_varnames, ...), computed
// from PyCode's fields (src/objects/code.ts) as CPython 3.11 reports them.
import { codeType, LocalKind, PyCode } from "../objects/code.ts";
import { defineGetter, defineMethods, defineNew } from "../objects/builtin_function.ts";
import { PyBytes } from "../objects/bytes.ts";
import { makeTuple } from "../objects/tuple.ts";
import { None, type PyValue, typeOf } from "../objects/object.ts";
import { cellType, PyCell } from "../objects/cell.ts";
import { pyError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.ts";
import { equals, getAttr, iterateToArray } from "../objects/abstract.ts";

const c = (v: PyValue) => v as PyCode;

function namesOfKind(code: PyCode, want: (kind: number) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < code.co_localsplusnames.length; i++) {
    if (want(code.co_localspluskinds[i])) out.push(code.co_localsplusnames[i]);
  }
  return out;
}

defineGetter(codeType, "co_name", (v) => c(v).co_name);
defineGetter(codeType, "co_qualname", (v) => c(v).co_qualname);
defineGetter(codeType, "co_filename", (v) => c(v).co_filename);
defineGetter(codeType, "co_firstlineno", (v) => c(v).co_firstlineno);
defineGetter(codeType, "co_argcount", (v) => c(v).co_argcount);
defineGetter(codeType, "co_posonlyargcount", (v) => c(v).co_posonlyargcount);
defineGetter(codeType, "co_kwonlyargcount", (v) => c(v).co_kwonlyargcount);
defineGetter(codeType, "co_flags", (v) => c(v).co_flags);
defineGetter(codeType, "co_stacksize", (v) => c(v).co_stacksize);
defineGetter(codeType, "co_nlocals", (v) => c(v).nlocals);
defineGetter(codeType, "co_consts", (v) => makeTuple(c(v).co_consts));
defineGetter(codeType, "co_names", (v) => makeTuple(c(v).co_names));
defineGetter(
  codeType,
  "co_varnames",
  (v) => makeTuple(namesOfKind(c(v), (k) => (k & LocalKind.LOCAL) !== 0)),
);
defineGetter(
  codeType,
  "co_cellvars",
  (v) => makeTuple(namesOfKind(c(v), (k) => (k & LocalKind.CELL) !== 0)),
);
defineGetter(
  codeType,
  "co_freevars",
  (v) => makeTuple(namesOfKind(c(v), (k) => (k & LocalKind.FREE) !== 0)),
);
defineGetter(codeType, "co_code", (v) => {
  // CPython's bytes are 2 per instruction; Coil's opargs are 32-bit, so this is a lossy view.
  const words = c(v).co_code;
  const bytes = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) bytes[i] = words[i] & 0xff;
  return new PyBytes(bytes);
});
defineGetter(codeType, "co_lnotab", () => new PyBytes(new Uint8Array(0)));
defineGetter(codeType, "co_linetable", () => new PyBytes(new Uint8Array(0)));
defineGetter(codeType, "co_exceptiontable", () => new PyBytes(new Uint8Array(0)));
defineMethods(codeType, {
  co_lines(args) {
    const code = c(args[0]);
    const out: PyValue[] = [];
    for (let i = 0; i < code.length; i++) {
      const line = code.lineOf(i);
      out.push(makeTuple([2 * i, 2 * i + 2, line < 0 ? None : line]));
    }
    return makeTuple(out);
  },
  co_positions(args) {
    const code = c(args[0]);
    const p = code.co_positions;
    const out: PyValue[] = [];
    const n = (x: number) => (x < 0 ? None : x);
    for (let i = 0; i < code.length; i++) {
      out.push(makeTuple([n(p[4 * i]), n(p[4 * i + 1]), n(p[4 * i + 2]), n(p[4 * i + 3])]));
    }
    return makeTuple(out);
  },
  replace(args, kwnames) {
    return replaceCode(c(args[0]), args.slice(1), kwnames);
  },
  __replace__(args, kwnames) {
    return replaceCode(c(args[0]), args.slice(1), kwnames);
  },
  __repr__(args) {
    const code = c(args[0]);
    return `<code object ${code.co_name} at 0x7f00c0de0000, file "${code.co_filename}", line ${code.co_firstlineno}>`;
  },
});

// ---- cells ---------------------------------------------------------------------------------
defineGetter(cellType, "cell_contents", (v) => {
  const contents = (v as PyCell).contents;
  if (contents === undefined) throw pyError(PyExc_ValueError, "Cell is empty");
  return contents;
}, (v, value) => {
  (v as PyCell).contents = value;
});
defineNew(cellType, (_cls, args) => new PyCell(args.length > 0 ? args[0] : undefined));
defineMethods(cellType, {
  __repr__(args) {
    const cell = args[0] as PyCell;
    if (cell.contents === undefined) return "<cell at 0x7f00ce110000: empty>";
    const t = typeOf(cell.contents);
    return `<cell at 0x7f00ce110000: ${t.name} object at 0x7f00ce120000>`;
  },
});

// ---- code.replace() ------------------------------------------------------------------------

const REPLACEABLE = [
  "co_argcount",
  "co_posonlyargcount",
  "co_kwonlyargcount",
  "co_nlocals",
  "co_stacksize",
  "co_flags",
  "co_firstlineno",
  "co_code",
  "co_consts",
  "co_names",
  "co_varnames",
  "co_freevars",
  "co_cellvars",
  "co_filename",
  "co_name",
  "co_qualname",
  "co_linetable",
  "co_exceptiontable",
];

/**
 * code.replace(**changes): a copy with the given fields changed. Coil's instructions are not
 * CPython's bytes, so the fields that describe the instructions or the frame layout (co_code,
 * co_varnames, co_nlocals, ...) can only be given their current values.
 */
function replaceCode(code: PyCode, args: PyValue[], kwnames: readonly string[] | null): PyCode {
  if (args.length > (kwnames?.length ?? 0)) {
    throw pyError(PyExc_TypeError, "replace() takes no positional arguments");
  }
  const changes = new Map<string, PyValue>();
  const nkw = kwnames?.length ?? 0;
  for (let i = 0; i < nkw; i++) {
    const name = kwnames![i];
    if (!REPLACEABLE.includes(name)) {
      throw pyError(PyExc_TypeError, `replace() got an unexpected keyword argument '${name}'`);
    }
    changes.set(name, args[args.length - nkw + i]);
  }
  const int = (name: string, current: number): number => {
    const v = changes.get(name);
    if (v === undefined) return current;
    if (typeof v !== "number") {
      throw pyError(
        PyExc_TypeError,
        `replace() argument '${name}' must be int, not ${typeOf(v).name}`,
      );
    }
    return v;
  };
  const str = (name: string, current: string): string => {
    const v = changes.get(name);
    if (v === undefined) return current;
    if (typeof v !== "string") {
      throw pyError(
        PyExc_TypeError,
        `replace() argument '${name}' must be str, not ${typeOf(v).name}`,
      );
    }
    return v;
  };
  for (const fixed of ["co_code", "co_varnames", "co_freevars", "co_cellvars", "co_nlocals"]) {
    const v = changes.get(fixed);
    if (v !== undefined && !equals(v, getAttr(code, fixed))) {
      throw pyError(
        PyExc_ValueError,
        `code.replace(): Coil cannot change ${fixed} (its instructions are not CPython's)`,
      );
    }
  }
  const consts = changes.get("co_consts");
  const names = changes.get("co_names");
  return new PyCode(
    code.co_code,
    consts === undefined ? code.co_consts : iterateToArray(consts),
    names === undefined ? code.co_names : iterateToArray(names).map((n) => String(n)),
    code.co_localsplusnames,
    code.co_localspluskinds,
    int("co_argcount", code.co_argcount),
    int("co_posonlyargcount", code.co_posonlyargcount),
    int("co_kwonlyargcount", code.co_kwonlyargcount),
    int("co_flags", code.co_flags),
    int("co_stacksize", code.co_stacksize),
    str("co_name", code.co_name),
    str("co_qualname", code.co_qualname),
    str("co_filename", code.co_filename),
    int("co_firstlineno", code.co_firstlineno),
    code.co_positions,
    code.co_exceptiontable,
  );
}
