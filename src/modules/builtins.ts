// The `builtins` module namespace (CPython's Python/bltinmodule.c): builtin functions, types,
// constants and exceptions. The runtime adds `__build_class__` itself, and fills the hooks in
// runtime_hooks.ts that exec/eval/compile/globals/locals/vars()/__import__/super() need.
import { bindArgs, checkArgs, PyBuiltinFunction } from "../objects/builtin_function.ts";
import {
  boolType,
  dictType,
  Ellipsis,
  floatType,
  intType,
  None,
  NotImplemented,
  objectType,
  PyDict,
  PyFloat,
  PyObject,
  type PyValue,
  strType,
  typeOf,
  typeType,
} from "../objects/object.ts";
import {
  builtinExceptionTypes,
  pyError,
  PyExc_EOFError,
  PyExc_OverflowError,
  PyExc_RuntimeError,
  PyExc_SyntaxError,
  PyExc_TypeError,
  PyExc_ValueError,
  stopIteration,
} from "../objects/exceptions.ts";
import * as abs from "../objects/abstract.ts";
import { BinaryOp, CompareOp } from "../compiler/opcodes.ts";
import { makeTuple, PyTuple, tupleType } from "../objects/tuple.ts";
import { PyCell } from "../objects/cell.ts";
import type { PyCode } from "../objects/code.ts";
import { listType, PyList, sortValues } from "../objects/list.ts";
import { frozenSetType, setType } from "../objects/set.ts";
import { byteArrayType, bytesType, PyBytes } from "../objects/bytes.ts";
import { complexType } from "../objects/complex.ts";
import { rangeType } from "../objects/range.ts";
import { sliceType } from "../objects/slice.ts";
import { superType } from "../objects/type.ts";
import { classMethodType, staticMethodType } from "../objects/method.ts";
import { propertyType } from "../objects/property.ts";
import {
  builtinIter,
  enumerateType,
  filterType,
  mapType,
  PyANextAwaitable,
  reversedType,
  zipType,
} from "../objects/iterobject.ts";
import { intDivMod, intToBase, intValue } from "../objects/int.ts";
import { floatDivMod, makeFloat } from "../objects/float.ts";
import { cpLength, strValue } from "../objects/str.ts";
import { compileSource, currentGlobals, currentLocals, execCode } from "../runtime/run_code.ts";
import { importName } from "../runtime/import.ts";
import { getSysModule } from "../runtime/sys_module.ts";
import { compilePython, isAstObject, parseToPython, PyCF_ONLY_AST } from "./_ast.ts";
import { openFunction } from "./_io/open.ts";
import { PyTextIO, textFlush, textIOWrapperType, textWrite } from "./_io/textio.ts";
import { getStdStreams } from "./_io/stdstreams.ts";
import "../objects/dict_methods.ts";
import "../objects/str_format.ts";

/** The builtins namespace every interpreter starts from (each interpreter gets its own copy). */
export const builtinsTemplate: PyDict = new PyDict();

/** What this file fills: the template (an interpreter's own builtins are a copy of it). */
const builtinsDict = builtinsTemplate;

function def(name: string, fn: (args: PyValue[], kwnames: readonly string[] | null) => PyValue) {
  builtinsDict.setStr(name, new PyBuiltinFunction(name, fn, undefined, name, "builtins"));
}

const nkw = (k: readonly string[] | null) => (k === null ? 0 : k.length);

// ---- Constants and types ----------------------------------------------------------------------

builtinsDict.setStr("__name__", "builtins");
builtinsDict.setStr("__doc__", None);
builtinsDict.setStr("None", None);
builtinsDict.setStr("True", true);
builtinsDict.setStr("False", false);
builtinsDict.setStr("Ellipsis", Ellipsis);
builtinsDict.setStr("NotImplemented", NotImplemented);
builtinsDict.setStr("__debug__", true);
for (
  const t of [
    objectType,
    typeType,
    intType,
    boolType,
    floatType,
    complexType,
    strType,
    bytesType,
    byteArrayType,
    tupleType,
    listType,
    dictType,
    setType,
    frozenSetType,
    rangeType,
    sliceType,
    superType,
    classMethodType,
    staticMethodType,
    propertyType,
    enumerateType,
    zipType,
    mapType,
    filterType,
    reversedType,
    memoryViewType,
  ]
) builtinsDict.setStr(t.name, t);
for (const [name, t] of builtinExceptionTypes) builtinsDict.setStr(name, t);

// ---- I/O ----------------------------------------------------------------------------------------

/** The current sys.stdout (the runtime may install a hook reading the sys module). */
function currentStdout(): PyValue {
  return getSysModule().dict.getStr("stdout") ?? getStdStreams().stdout;
}

def("print", (args, kwnames) => {
  const n = args.length - nkw(kwnames);
  let sep = " ", end = "\n";
  let file: PyValue = None;
  let flush = false;
  for (let i = 0; i < nkw(kwnames); i++) {
    const v = args[n + i];
    switch (kwnames![i]) {
      case "sep":
        if (v !== None) {
          const s = strValue(v);
          if (s === undefined) {
            throw pyError(PyExc_TypeError, `sep must be None or a string, not ${typeOf(v).name}`);
          }
          sep = s;
        }
        break;
      case "end":
        if (v !== None) {
          const s = strValue(v);
          if (s === undefined) {
            throw pyError(PyExc_TypeError, `end must be None or a string, not ${typeOf(v).name}`);
          }
          end = s;
        }
        break;
      case "file":
        file = v;
        break;
      case "flush":
        flush = abs.isTrue(v);
        break;
      default:
        throw pyError(
          PyExc_TypeError,
          `'${kwnames![i]}' is an invalid keyword argument for print()`,
        );
    }
  }
  if (file === None) file = currentStdout();
  if (file === None) return None;
  // The fast path for a plain TextIOWrapper (sys.stdout): one write of the whole line.
  if (
    file instanceof PyTextIO && file.cls === textIOWrapperType &&
    (file.dict === null || !file.dict.map.has("write"))
  ) {
    let text = "";
    for (let i = 0; i < n; i++) {
      if (i > 0) text += sep;
      text += abs.str(args[i]);
    }
    textWrite(file, text + end);
    if (flush) textFlush(file);
    return None;
  }
  // Other files get one write() per piece, as CPython's print does.
  const write = abs.getAttr(file, "write");
  for (let i = 0; i < n; i++) {
    if (i > 0) abs.call(write, [sep], null);
    abs.call(write, [abs.str(args[i])], null);
  }
  abs.call(write, [end], null);
  if (flush) abs.callMethod(file, "flush", []);
  return None;
});

def("input", (args, kwnames) => {
  checkArgs("input", args, kwnames, 0, 1);
  const streams = getStdStreams();
  const fin = getSysModule().dict.getStr("stdin") ?? streams.stdin;
  const fout = currentStdout();
  const ferr = getSysModule().dict.getStr("stderr") ?? streams.stderr;
  if (fin === None) throw pyError(PyExc_RuntimeError, "input(): lost sys.stdin");
  if (fout === None) throw pyError(PyExc_RuntimeError, "input(): lost sys.stdout");
  if (ferr === None) throw pyError(PyExc_RuntimeError, "input(): lost sys.stderr");
  try {
    abs.callMethod(ferr, "flush", []);
  } catch { /* as CPython: a failing flush does not stop input() */ }
  if (args.length === 1) abs.callMethod(fout, "write", [abs.str(args[0])]);
  try {
    abs.callMethod(fout, "flush", []);
  } catch { /* as above */ }
  const line = abs.callMethod(fin, "readline", []);
  const s = strValue(line);
  if (s === undefined) throw pyError(PyExc_TypeError, "object.readline() returned non-string");
  if (s === "") throw pyError(PyExc_EOFError, "EOF when reading a line");
  return s.endsWith("\n") ? s.slice(0, -1) : s;
});

builtinsDict.setStr("open", openFunction);

// ---- Object protocol ----------------------------------------------------------------------------

def("len", (args, kwnames) => {
  checkArgs("len", args, kwnames, 1, 1);
  return abs.len(args[0]);
});
def("repr", (args, kwnames) => {
  checkArgs("repr", args, kwnames, 1, 1);
  return abs.repr(args[0]);
});
def("ascii", (args, kwnames) => {
  checkArgs("ascii", args, kwnames, 1, 1);
  return abs.ascii(args[0]);
});
def("hash", (args, kwnames) => {
  checkArgs("hash", args, kwnames, 1, 1);
  return abs.hashExact(args[0]);
});
def("id", (args, kwnames) => {
  checkArgs("id", args, kwnames, 1, 1);
  return abs.id(args[0]);
});
def("callable", (args, kwnames) => {
  checkArgs("callable", args, kwnames, 1, 1);
  return abs.isCallable(args[0]);
});
def("format", (args, kwnames) => {
  const [v, spec] = bindArgs("format", args, kwnames, ["value", "format_spec", "/"], 1);
  let s = "";
  if (spec !== undefined) {
    const ss = strValue(spec);
    if (ss === undefined) {
      throw pyError(
        PyExc_TypeError,
        `format() argument 2 must be str, not ${typeOf(spec).name}`,
      );
    }
    s = ss;
  }
  return abs.format(v!, s);
});

function attrName(v: PyValue): string {
  const s = strValue(v);
  if (s === undefined) {
    throw pyError(PyExc_TypeError, `attribute name must be string, not '${typeOf(v).name}'`);
  }
  return s;
}

// Defined in the objects layer: builtin methods' __reduce__ return this same object.
builtinsDict.setStr("getattr", builtinGetattr);
def("setattr", (args, kwnames) => {
  checkArgs("setattr", args, kwnames, 3, 3);
  abs.setAttr(args[0], attrName(args[1]), args[2]);
  return None;
});
def("delattr", (args, kwnames) => {
  checkArgs("delattr", args, kwnames, 2, 2);
  abs.delAttr(args[0], attrName(args[1]));
  return None;
});
def("hasattr", (args, kwnames) => {
  checkArgs("hasattr", args, kwnames, 2, 2);
  return abs.hasAttr(args[0], attrName(args[1]));
});
def("isinstance", (args, kwnames) => {
  checkArgs("isinstance", args, kwnames, 2, 2);
  return abs.isInstance(args[0], args[1]);
});
def("issubclass", (args, kwnames) => {
  checkArgs("issubclass", args, kwnames, 2, 2);
  return abs.isSubclass(args[0], args[1]);
});

def("vars", (args, kwnames) => {
  checkArgs("vars", args, kwnames, 0, 1);
  if (args.length === 0) return currentLocals();
  const d = abs.getAttrOrUndefined(args[0], "__dict__");
  if (d === undefined) {
    throw pyError(PyExc_TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
});
def("dir", (args, kwnames) => {
  checkArgs("dir", args, kwnames, 0, 1);
  let names: PyValue[];
  if (args.length === 0) {
    const locals = currentLocals();
    names = abs.iterateToArray(abs.callMethod(locals, "keys", []));
  } else {
    const f = abs.lookupSpecial(args[0], "__dir__");
    if (f === undefined) throw pyError(PyExc_TypeError, "object does not provide __dir__");
    names = abs.iterateToArray(abs.callSpecial(f, args[0], []));
  }
  const list = new PyList(names);
  sortValues(list.items, None, false);
  return list;
});
def("globals", (args, kwnames) => {
  checkArgs("globals", args, kwnames, 0, 0);
  return currentGlobals();
});
def("locals", (args, kwnames) => {
  checkArgs("locals", args, kwnames, 0, 0);
  return currentLocals();
});

// ---- exec / eval / compile / __import__ -----------------------------------------------------------

function sourceText(v: PyValue, fname: string, what: string): string | null {
  const s = strValue(v);
  if (s !== undefined) return withoutNullBytes(s);
  if (v instanceof PyBytes) return withoutNullBytes(new TextDecoder().decode(v.bytes));
  if (v instanceof PyObject && v.cls.name === "code") return null;
  throw pyError(PyExc_TypeError, `${fname}() arg 1 must be a ${what} object`);
}

/** Source text as compile() takes it: CPython refuses a NUL before tokenizing. */
function withoutNullBytes(s: string): string {
  if (s.includes("\0")) {
    throw pyError(PyExc_SyntaxError, "source code string cannot contain null bytes");
  }
  return s;
}

function execOrEval(fname: "exec" | "eval", args: PyValue[], kwnames: readonly string[] | null) {
  const [source, globalsArg, localsArg, closureArg] = bindArgs(
    fname,
    args,
    kwnames,
    fname === "exec"
      ? ["source", "globals", "locals", "/", "$closure"]
      : ["source", "globals", "locals", "/"],
    1,
  );
  let globals: PyDict;
  let locals: PyValue;
  if (globalsArg === undefined || globalsArg === None) {
    globals = currentGlobals();
    locals = localsArg === undefined || localsArg === None ? currentLocals() : localsArg;
  } else {
    if (!(globalsArg instanceof PyDict)) {
      throw pyError(
        PyExc_TypeError,
        `${fname}() globals must be a dict, not ${typeOf(globalsArg).name}`,
      );
    }
    globals = globalsArg;
    locals = localsArg === undefined || localsArg === None ? globals : localsArg;
  }
  if (!(locals instanceof PyDict) && abs.lookupSpecial(locals, "__getitem__") === undefined) {
    throw pyError(
      PyExc_TypeError,
      fname === "exec"
        ? `locals must be a mapping or None, not ${typeOf(locals).name}`
        : "locals must be a mapping",
    );
  }
  const text = sourceText(source!, fname, "string, bytes or code");
  const closureValue = closureArg === None ? undefined : closureArg;
  let code: PyValue;
  let closure: PyCell[] | undefined;
  if (text === null) {
    code = source!;
    closure = codeClosure(fname, code as PyCode, closureValue);
  } else {
    if (closureValue !== undefined) {
      throw pyError(PyExc_TypeError, "closure can only be used when source is a code object");
    }
    const src = fname === "eval" ? text.replace(/^[ \t]+/, "") : text;
    code = compileSource(src, "<string>", fname);
  }
  const r = execCode(code, globals, locals, closure);
  return fname === "eval" ? r : None;
}
/** The cells for a code object's free variables: exec's `closure`, which must fit exactly. */
function codeClosure(
  fname: string,
  code: PyCode,
  closure: PyValue | undefined,
): PyCell[] | undefined {
  const nfree = code.nfreevars;
  if (fname === "eval") {
    if (nfree > 0) {
      throw pyError(PyExc_TypeError, "code object passed to eval() may not contain free variables");
    }
    return undefined;
  }
  if (nfree === 0) {
    if (closure !== undefined) {
      throw pyError(PyExc_TypeError, "cannot use a closure with this code object");
    }
    return undefined;
  }
  const ok = closure instanceof PyTuple && closure.cls === tupleType &&
    closure.items.length === nfree && closure.items.every((c) => c instanceof PyCell);
  if (!ok) {
    throw pyError(
      PyExc_TypeError,
      `code object requires a closure of exactly length ${nfree}`,
    );
  }
  return (closure as PyTuple).items as PyCell[];
}

def("exec", (args, kwnames) => execOrEval("exec", args, kwnames));
def("eval", (args, kwnames) => execOrEval("eval", args, kwnames));
/**
 * The flags compile() accepts (CPython's PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK):
 * the __future__ features, CO_NESTED, and ONLY_AST, DONT_IMPLY_DEDENT, TYPE_COMMENTS,
 * ALLOW_TOP_LEVEL_AWAIT, ALLOW_INCOMPLETE_INPUT.
 */
const COMPILE_FLAGS = 0x1fe0000 | 0x10 | 0x400 | 0x200 | 0x1000 | 0x2000 | 0x4000;

/** An `int` argument CPython converts to a C int. */
function cInt(v: PyValue): number {
  const n = abs.asIndex(v);
  if (typeof n === "bigint" || n > 2147483647 || n < -2147483648) {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return n;
}

/** A file name argument: str, bytes or os.PathLike (CPython's PyUnicode_FSDecoder). */
function fsPath(v: PyValue): string {
  const s = strValue(v);
  if (s !== undefined) return s;
  if (v instanceof PyBytes) return new TextDecoder().decode(v.bytes);
  if (abs.lookupSpecial(v, "__fspath__") !== undefined) {
    const p = abs.callMethod(v, "__fspath__", []);
    const ps = strValue(p);
    if (ps !== undefined) return ps;
    if (p instanceof PyBytes) return new TextDecoder().decode(p.bytes);
    throw pyError(
      PyExc_TypeError,
      `expected ${typeOf(v).name}.__fspath__() to return str or bytes, not ${typeOf(p).name}`,
    );
  }
  throw pyError(
    PyExc_TypeError,
    `expected str, bytes or os.PathLike object, not ${typeOf(v).name}`,
  );
}

def("compile", (args, kwnames) => {
  const [source, filename, mode, flags, , optimize] = bindArgs("compile", args, kwnames, [
    "source",
    "filename",
    "mode",
    "flags",
    "dont_inherit",
    "optimize",
    "$_feature_version",
  ], 3);
  // CPython's order: argument types, then flags, optimize and mode, then the source.
  const file = fsPath(filename!);
  const m = strValue(mode!);
  if (m === undefined) {
    throw pyError(
      PyExc_TypeError,
      `compile() argument 'mode' must be str, not ${typeOf(mode!).name}`,
    );
  }
  const flagBits = flags === undefined ? 0 : cInt(flags);
  const opt = optimize === undefined ? -1 : cInt(optimize);
  if ((flagBits & ~COMPILE_FLAGS) !== 0) {
    throw pyError(PyExc_ValueError, "compile(): unrecognised flags");
  }
  if (opt < -1 || opt > 2) throw pyError(PyExc_ValueError, "compile(): invalid optimize value");
  const onlyAst = (flagBits & PyCF_ONLY_AST) !== 0;
  if (m === "func_type") {
    if (!onlyAst) {
      throw pyError(PyExc_ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    }
  } else if (m !== "exec" && m !== "eval" && m !== "single") {
    throw pyError(
      PyExc_ValueError,
      onlyAst
        ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
        : "compile() mode must be 'exec', 'eval' or 'single'",
    );
  }
  // An ast.AST tree: returned as is for ONLY_AST, else converted, validated and compiled.
  if (isAstObject(source!)) {
    if (onlyAst) return source!;
    return compilePython(source!, file, m);
  }
  const text = sourceText(source!, "compile", "string, bytes or AST");
  if (text === null) return source!;
  if (onlyAst) return parseToPython(text, file, m);
  return compileSource(text, file, m);
});
def("__import__", (args, kwnames) => {
  const [name, globals, locals, fromlist, level] = bindArgs("__import__", args, kwnames, [
    "name",
    "globals",
    "locals",
    "fromlist",
    "level",
  ], 1);
  const n = strValue(name!);
  if (n === undefined) {
    throw pyError(
      PyExc_TypeError,
      "module name must be a string",
    );
  }
  return importName(
    n,
    globals instanceof PyDict ? globals : null,
    locals ?? None,
    fromlist ?? makeTuple([]),
    level === undefined ? 0 : Number(intValue(level) ?? 0),
  );
});

// ---- Iteration ----------------------------------------------------------------------------------

// Defined in the objects layer: the builtin iterators' __reduce__ return this same object.
builtinsDict.setStr("iter", builtinIter);
def("next", (args, kwnames) => {
  checkArgs("next", args, kwnames, 1, 2);
  const it = args[0];
  const t = typeOf(it);
  // __next__ (not tp_iternext) so a generator's StopIteration(value) propagates unchanged.
  const f = abs.lookupSpecial(it, "__next__");
  if (f === undefined) {
    if (t.tp_iternext === null) {
      throw pyError(PyExc_TypeError, `'${t.name}' object is not an iterator`);
    }
    const v = t.tp_iternext(it as PyObject);
    if (v !== undefined) return v;
    if (args.length === 2) return args[1];
    throw stopIteration(None);
  }
  if (args.length === 1) return abs.callSpecial(f, it, []);
  try {
    return abs.callSpecial(f, it, []);
  } catch (e) {
    if (abs.exceptionIs(e, builtinExceptionTypes.get("StopIteration")!)) return args[1];
    throw e;
  }
});
def("aiter", (args, kwnames) => {
  checkArgs("aiter", args, kwnames, 1, 1);
  const f = abs.lookupSpecial(args[0], "__aiter__");
  if (f === undefined) {
    throw pyError(PyExc_TypeError, `'${typeOf(args[0]).name}' object is not an async iterable`);
  }
  return abs.callSpecial(f, args[0], []);
});
def("anext", (args, kwnames) => {
  checkArgs("anext", args, kwnames, 1, 2);
  const f = abs.lookupSpecial(args[0], "__anext__");
  if (f === undefined) {
    throw pyError(PyExc_TypeError, `'${typeOf(args[0]).name}' object is not an async iterator`);
  }
  const awaitable = abs.callSpecial(f, args[0], []);
  if (args.length === 1) return awaitable;
  return new PyANextAwaitable(awaitable, args[1]);
});
def("all", (args, kwnames) => {
  checkArgs("all", args, kwnames, 1, 1);
  const it = abs.getIter(args[0]);
  for (let v = abs.iterNext(it); v !== undefined; v = abs.iterNext(it)) {
    if (!abs.isTrue(v)) return false;
  }
  return true;
});
def("any", (args, kwnames) => {
  checkArgs("any", args, kwnames, 1, 1);
  const it = abs.getIter(args[0]);
  for (let v = abs.iterNext(it); v !== undefined; v = abs.iterNext(it)) {
    if (abs.isTrue(v)) return true;
  }
  return false;
});

def("sorted", (args, kwnames) => {
  const npos = args.length - nkw(kwnames);
  if (npos !== 1) {
    throw pyError(
      PyExc_TypeError,
      npos === 0 ? "sorted expected 1 argument, got 0" : `sorted expected 1 argument, got ${npos}`,
    );
  }
  const [, key, reverse] = bindArgs("sort", args, kwnames, ["iterable", "/", "$key", "$reverse"]);
  const items = abs.iterateToArray(args[0]);
  sortValues(items, key ?? None, reverse !== undefined && abs.isTrue(reverse));
  return new PyList(items);
});

function minMax(fname: "min" | "max", args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const n = args.length - nkw(kwnames);
  let key: PyValue = None;
  let dflt: PyValue | undefined;
  if (n === 0) throw pyError(PyExc_TypeError, `${fname} expected at least 1 argument, got 0`);
  if (nkw(kwnames) > 2) {
    throw pyError(
      PyExc_TypeError,
      `${fname}() takes at most 2 keyword arguments (${nkw(kwnames)} given)`,
    );
  }
  for (let i = 0; i < nkw(kwnames); i++) {
    const k = kwnames![i];
    if (k === "key") key = args[n + i];
    else if (k === "default") dflt = args[n + i];
    else throw pyError(PyExc_TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
  }
  if (n === 0) throw pyError(PyExc_TypeError, `${fname} expected at least 1 argument, got 0`);
  let items: PyValue[];
  if (n === 1) items = abs.iterateToArray(args[0]);
  else {
    if (dflt !== undefined) {
      throw pyError(
        PyExc_TypeError,
        `Cannot specify a default for ${fname}() with multiple positional arguments`,
      );
    }
    items = args.slice(0, n);
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw pyError(PyExc_ValueError, `${fname}() arg is an empty sequence`);
  }
  const op = fname === "min" ? CompareOp.LT : CompareOp.GT;
  let best = items[0];
  let bestKey = key === None ? best : abs.call(key, [best], null);
  for (let i = 1; i < items.length; i++) {
    const v = items[i];
    const k = key === None ? v : abs.call(key, [v], null);
    if (abs.richCompareBool(k, bestKey, op)) {
      best = v;
      bestKey = k;
    }
  }
  return best;
}
def("min", (args, kwnames) => minMax("min", args, kwnames));
def("max", (args, kwnames) => minMax("max", args, kwnames));

def("sum", (args, kwnames) => {
  const [iterable, startArg] = bindArgs("sum", args, kwnames, ["iterable", "/", "start"], 1);
  let acc: PyValue = startArg ?? 0;
  if (typeof acc === "string") {
    throw pyError(PyExc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (acc instanceof PyBytes) {
    throw pyError(PyExc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  }
  if (acc instanceof PyObject && acc.cls === byteArrayType) {
    throw pyError(PyExc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  const it = abs.getIter(iterable!);
  for (let v = abs.iterNext(it); v !== undefined; v = abs.iterNext(it)) {
    acc = abs.binaryOp(acc, v, BinaryOp.ADD);
  }
  return acc;
});

// ---- Numbers ------------------------------------------------------------------------------------

def("abs", (args, kwnames) => {
  checkArgs("abs", args, kwnames, 1, 1);
  return abs.absolute(args[0]);
});
def("divmod", (args, kwnames) => {
  checkArgs("divmod", args, kwnames, 2, 2);
  const [a, b] = args;
  const ia = intValue(a), ib = intValue(b);
  if (ia !== undefined && ib !== undefined && typeof a !== "object" && typeof b !== "object") {
    return makeTuple(intDivMod(ia, ib));
  }
  if (
    (a instanceof PyFloat || ia !== undefined) && (b instanceof PyFloat || ib !== undefined) &&
    (a instanceof PyFloat ? a.cls === floatType : typeof a !== "object") &&
    (b instanceof PyFloat ? b.cls === floatType : typeof b !== "object")
  ) {
    const x = a instanceof PyFloat ? a.value : Number(ia),
      y = b instanceof PyFloat ? b.value : Number(ib);
    if (y === 0) throw pyError(builtinExceptionTypes.get("ZeroDivisionError")!, "float divmod()");
    const [q, r] = floatDivMod(x, y);
    return makeTuple([makeFloat(q), makeFloat(r)]);
  }
  const fa = abs.lookupSpecial(a, "__divmod__");
  if (fa !== undefined) {
    const r = abs.callSpecial(fa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  const fb = typeOf(a) === typeOf(b) ? undefined : abs.lookupSpecial(b, "__rdivmod__");
  if (fb !== undefined) {
    const r = abs.callSpecial(fb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  throw pyError(
    PyExc_TypeError,
    `unsupported operand type(s) for divmod(): '${typeOf(a).name}' and '${typeOf(b).name}'`,
  );
});
def("pow", (args, kwnames) => {
  const [base, exp, mod] = bindArgs("pow", args, kwnames, ["base", "exp", "mod"], 2);
  return abs.power(base!, exp!, mod ?? None);
});
def("round", (args, kwnames) => {
  const [number, ndigits] = bindArgs("round", args, kwnames, ["number", "ndigits"], 1);
  const f = abs.lookupSpecial(number!, "__round__");
  if (f === undefined) {
    throw pyError(
      PyExc_TypeError,
      `type ${typeOf(number!).name} doesn't define __round__ method`,
    );
  }
  return abs.callSpecial(f, number!, ndigits === undefined || ndigits === None ? [] : [ndigits]);
});

function baseConv(fname: string, base: 2 | 8 | 16) {
  def(fname, (args, kwnames) => {
    checkArgs(fname, args, kwnames, 1, 1);
    return intToBase(abs.asIndex(args[0]), base, true);
  });
}
baseConv("bin", 2);
baseConv("oct", 8);
baseConv("hex", 16);

def("chr", (args, kwnames) => {
  checkArgs("chr", args, kwnames, 1, 1);
  const n = abs.asIndex(args[0]);
  if (typeof n === "bigint" || n > 2147483647 || n < -2147483648) {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  if (n < 0 || n > 0x10ffff) throw pyError(PyExc_ValueError, "chr() arg not in range(0x110000)");
  return String.fromCodePoint(n);
});
def("ord", (args, kwnames) => {
  checkArgs("ord", args, kwnames, 1, 1);
  const v = args[0];
  const s = strValue(v);
  if (s !== undefined) {
    const n = cpLength(s);
    if (n !== 1) {
      throw pyError(PyExc_TypeError, `ord() expected a character, but string of length ${n} found`);
    }
    return s.codePointAt(0)!;
  }
  if (v instanceof PyBytes || (v instanceof PyObject && v.cls === byteArrayType)) {
    const b = v instanceof PyBytes
      ? v.bytes
      : Uint8Array.from((v as unknown as { data: number[] }).data);
    if (b.length !== 1) {
      throw pyError(
        PyExc_TypeError,
        `ord() expected a character, but string of length ${b.length} found`,
      );
    }
    return b[0];
  }
  throw pyError(
    PyExc_TypeError,
    `ord() expected string of length 1, but ${typeOf(v).name} found`,
  );
});

// ---- Misc ---------------------------------------------------------------------------------------

def("breakpoint", () => None);
def("help", () => None);

import { memoryViewType } from "../objects/memoryview.ts";
import { builtinGetattr } from "../objects/descriptors.ts";
