// The _operator module (CPython's Modules/_operator.c, 3.11): the operator functions that
// operator.py re-exports with `from _operator import *`, plus attrgetter, itemgetter and
// methodcaller.
import {
  defineMethods,
  defineNew,
  type NativeFn,
  PyBuiltinFunction,
} from "../objects/builtin_function.ts";
import {
  dictType,
  isSubtype,
  None,
  NotImplemented,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "../objects/object.ts";
import { pyError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.ts";
import * as abs from "../objects/abstract.ts";
import { makeTuple, tupleType } from "../objects/tuple.ts";
import { listType } from "../objects/list.ts";
import { byteArrayType, bytesOf, bytesType } from "../objects/bytes.ts";
import { strType } from "../objects/object.ts";
import { intValue } from "../objects/int.ts";
import { lookupType } from "../objects/type.ts";
import { BinaryOp, CompareOp } from "../compiler/opcodes.ts";
import { PyModule } from "../runtime/module_object.ts";
import { importModuleByName } from "../runtime/import.ts";

function typeError(msg: string): never {
  throw pyError(PyExc_TypeError, msg);
}

const MODULE = "_operator";

function noKw(fname: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) {
    typeError(`${MODULE}.${fname}() takes no keyword arguments`);
  }
}

/** A METH_O function: exactly one positional argument. */
function unary(name: string, f: (a: PyValue) => PyValue): PyBuiltinFunction {
  return new PyBuiltinFunction(
    name,
    (args, kwnames) => {
      noKw(name, kwnames);
      if (args.length !== 1) {
        typeError(`${MODULE}.${name}() takes exactly one argument (${args.length} given)`);
      }
      return f(args[0]);
    },
    undefined,
    name,
    MODULE,
  );
}

/** An Argument Clinic function with a fixed count of positional-only arguments. */
function fixed(name: string, n: number, f: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(
    name,
    (args, kwnames) => {
      noKw(name, kwnames);
      if (args.length !== n) typeError(`${name} expected ${n} arguments, got ${args.length}`);
      return f(args, null);
    },
    undefined,
    name,
    MODULE,
  );
}

function binary(name: string, f: (a: PyValue, b: PyValue) => PyValue): PyBuiltinFunction {
  return fixed(name, 2, (args) => f(args[0], args[1]));
}

// ---- sequence helpers ----------------------------------------------------------------------

/** PySequence_Check: has __getitem__ and is not a dict. */
function isSequence(v: PyValue): boolean {
  const t = typeOf(v);
  if (isSubtype(t, dictType)) return false;
  return typeof v === "string" || lookupType(t, "__getitem__") !== undefined;
}

/** Builtin types with an sq_concat slot (their own + is sequence concatenation). */
const concatTypes: PyType[] = [listType, tupleType, strType, bytesType, byteArrayType];
function hasSqConcat(v: PyValue): boolean {
  const t = typeOf(v);
  for (const c of concatTypes) if (isSubtype(t, c)) return true;
  const d = lookupType(t, "__add__");
  // Builtin sequence types defined elsewhere (deque, array) implement + as concatenation.
  return d !== undefined && !t.isHeapType && lookupType(t, "__getitem__") !== undefined;
}

function concat(a: PyValue, b: PyValue, inplace: boolean): PyValue {
  const cantConcat = () => typeError(`'${typeOf(a).name}' object can't be concatenated`);
  if (!isSequence(a)) cantConcat();
  const op = inplace ? BinaryOp.INPLACE_ADD : BinaryOp.ADD;
  if (hasSqConcat(a)) return abs.binaryOp(a, b, op);
  if (!isSequence(b)) cantConcat();
  try {
    return abs.binaryOp(a, b, op);
  } catch (e) {
    if (
      abs.exceptionIs(e, PyExc_TypeError) &&
      String(abs.str(e as PyObject)).startsWith("unsupported operand type")
    ) cantConcat();
    throw e;
  }
}

/** countOf / indexOf: PySequence_Count / PySequence_Index by iteration. */
function searchSeq(seq: PyValue, obj: PyValue, index: boolean): PyValue {
  let it: PyValue;
  try {
    it = abs.getIter(seq);
  } catch (e) {
    if (abs.exceptionIs(e, PyExc_TypeError)) {
      typeError(`argument of type '${typeOf(seq).name}' is not iterable`);
    }
    throw e;
  }
  let n = 0;
  for (let item = abs.iterNext(it); item !== undefined; item = abs.iterNext(it)) {
    if (item === obj || abs.richCompareBool(item, obj, CompareOp.EQ)) {
      if (index) return n;
      n++;
    } else if (index) n++;
  }
  if (index) throw pyError(PyExc_ValueError, "sequence.index(x): x not in sequence");
  return n;
}

function lengthHint(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  noKw("length_hint", kwnames);
  if (args.length < 1) typeError(`length_hint expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) typeError(`length_hint expected at most 2 arguments, got ${args.length}`);
  const o = args[0];
  const dflt = args.length > 1 ? abs.asSize(args[1]) : 0;
  if (lookupType(typeOf(o), "__len__") !== undefined || typeof o === "string") {
    try {
      return abs.len(o);
    } catch (e) {
      if (!abs.exceptionIs(e, PyExc_TypeError)) throw e;
    }
  }
  const hint = lookupType(typeOf(o), "__length_hint__");
  if (hint === undefined) return dflt;
  let r: PyValue;
  try {
    r = abs.callSpecial(hint, o, []);
  } catch (e) {
    if (abs.exceptionIs(e, PyExc_TypeError)) return dflt;
    throw e;
  }
  if (r === NotImplemented) return dflt;
  const n = intValue(r);
  if (n === undefined) typeError(`__length_hint__ must be an integer, not ${typeOf(r).name}`);
  if (n! < 0) throw pyError(PyExc_ValueError, "__length_hint__() should return >= 0");
  return n!;
}

function compareDigest(a: PyValue, b: PyValue): PyValue {
  let x: Uint8Array | string, y: Uint8Array | string;
  const sa = typeof a === "string" ? a : undefined, sb = typeof b === "string" ? b : undefined;
  const isStr = (v: PyValue) => typeof v === "string" || isSubtype(typeOf(v), strType);
  if (isStr(a) && isStr(b)) {
    x = sa ?? abs.str(a);
    y = sb ?? abs.str(b);
    // deno-lint-ignore no-control-regex
    if (/[^\x00-\x7f]/.test(x) || /[^\x00-\x7f]/.test(y)) {
      typeError("comparing strings with non-ASCII characters is not supported");
    }
  } else {
    const ba = bytesOf(a);
    if (ba === undefined && bytesOf(b) === undefined) {
      typeError(
        `unsupported operand types(s) or combination of types: '${typeOf(a).name}' and '${
          typeOf(b).name
        }'`,
      );
    }
    if (ba === undefined) typeError(`a bytes-like object is required, not '${typeOf(a).name}'`);
    const bb = bytesOf(b);
    if (bb === undefined) typeError(`a bytes-like object is required, not '${typeOf(b).name}'`);
    x = ba!;
    y = bb!;
  }
  // Constant-time in the length of b, as CPython's _tscmp.
  let result = x.length === y.length ? 0 : 1;
  const left = x.length === y.length ? x : y;
  for (let i = 0; i < y.length; i++) {
    const p = typeof left === "string" ? left.charCodeAt(i) : left[i];
    const q = typeof y === "string" ? y.charCodeAt(i) : y[i];
    result |= p ^ q;
  }
  return result === 0;
}

// ---- attrgetter / itemgetter / methodcaller ------------------------------------------------

function staticType(name: string): PyType {
  const t = new PyType(typeType, `operator.${name}`, [objectType]);
  t.qualname = name;
  t.isFinal = true;
  t.dict.setStr("__module__", "operator");
  return t;
}

const reprActive = new Set<PyObject>();
function guardedRepr(o: PyObject, body: () => string): string {
  if (reprActive.has(o)) return `${o.cls.name}(...)`;
  reprActive.add(o);
  try {
    return `${o.cls.name}(${body()})`;
  } finally {
    reprActive.delete(o);
  }
}

/** Only the single positional argument these callables take. */
function oneArg(fname: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) typeError(`${fname}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`${fname} expected 1 argument, got ${args.length}`);
  return args[0];
}

class AttrGetter extends PyObject {
  constructor(readonly attrs: readonly (readonly string[])[]) {
    super(attrGetterType);
  }
}
const attrGetterType = staticType("attrgetter");
function getDotted(obj: PyValue, path: readonly string[]): PyValue {
  let v = obj;
  for (const name of path) v = abs.getAttr(v, name);
  return v;
}
attrGetterType.tp_call = (o, args, kwnames) => {
  const g = o as AttrGetter;
  const obj = oneArg("attrgetter", args, kwnames);
  if (g.attrs.length === 1) return getDotted(obj, g.attrs[0]);
  return makeTuple(g.attrs.map((p) => getDotted(obj, p)));
};
defineNew(attrGetterType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) typeError("attrgetter() takes no keyword arguments");
  if (args.length < 1) typeError("attrgetter expected 1 argument, got 0");
  const attrs: string[][] = [];
  for (const a of args) {
    if (typeof a !== "string" && !isSubtype(typeOf(a), strType)) {
      typeError("attribute name must be a string");
    }
    attrs.push(abs.str(a).split("."));
  }
  return new AttrGetter(attrs);
});
defineMethods(attrGetterType, {
  __call__: (args, kwnames) => attrGetterType.tp_call!(args[0] as PyObject, args.slice(1), kwnames),
  __repr__(args) {
    const g = args[0] as AttrGetter;
    return guardedRepr(g, () => g.attrs.map((p) => abs.repr(p.join("."))).join(", "));
  },
  __reduce__(args) {
    const g = args[0] as AttrGetter;
    return makeTuple([attrGetterType, makeTuple(g.attrs.map((p) => p.join(".")))]);
  },
});

class ItemGetter extends PyObject {
  constructor(readonly items: readonly PyValue[]) {
    super(itemGetterType);
  }
}
const itemGetterType = staticType("itemgetter");
itemGetterType.tp_call = (o, args, kwnames) => {
  const g = o as ItemGetter;
  const obj = oneArg("itemgetter", args, kwnames);
  if (g.items.length === 1) return abs.getItem(obj, g.items[0]);
  return makeTuple(g.items.map((k) => abs.getItem(obj, k)));
};
defineNew(itemGetterType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) typeError("itemgetter() takes no keyword arguments");
  if (args.length < 1) typeError("itemgetter expected 1 argument, got 0");
  return new ItemGetter(args.slice());
});
defineMethods(itemGetterType, {
  __call__: (args, kwnames) => itemGetterType.tp_call!(args[0] as PyObject, args.slice(1), kwnames),
  __repr__(args) {
    const g = args[0] as ItemGetter;
    return guardedRepr(g, () => g.items.map(abs.repr).join(", "));
  },
  __reduce__(args) {
    const g = args[0] as ItemGetter;
    return makeTuple([itemGetterType, makeTuple(g.items)]);
  },
});

class MethodCaller extends PyObject {
  constructor(
    readonly name: string,
    readonly args: readonly PyValue[],
    readonly kwnames: readonly string[],
    readonly kwvalues: readonly PyValue[],
  ) {
    super(methodCallerType);
  }
}
const methodCallerType = staticType("methodcaller");
methodCallerType.tp_call = (o, args, kwnames) => {
  const m = o as MethodCaller;
  const obj = oneArg("methodcaller", args, kwnames);
  const method = abs.getAttr(obj, m.name);
  if (m.kwnames.length === 0) return abs.call(method, m.args.slice(), null);
  return abs.call(method, [...m.args, ...m.kwvalues], m.kwnames);
};
defineNew(methodCallerType, (_cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 1) typeError("methodcaller needs at least one argument, the method name");
  const name = args[0];
  if (typeof name !== "string" && !isSubtype(typeOf(name), strType)) {
    typeError("method name must be a string");
  }
  return new MethodCaller(
    abs.str(name),
    args.slice(1, npos),
    kwnames === null ? [] : kwnames.slice(),
    args.slice(npos),
  );
});
defineMethods(methodCallerType, {
  __call__: (args, kwnames) =>
    methodCallerType.tp_call!(args[0] as PyObject, args.slice(1), kwnames),
  __repr__(args) {
    const m = args[0] as MethodCaller;
    return guardedRepr(m, () => {
      const parts = [abs.repr(m.name), ...m.args.map(abs.repr)];
      m.kwnames.forEach((k, i) => parts.push(`${k}=${abs.repr(m.kwvalues[i])}`));
      return parts.join(", ");
    });
  },
  __reduce__(args) {
    const m = args[0] as MethodCaller;
    if (m.kwnames.length === 0) {
      return makeTuple([methodCallerType, makeTuple([m.name, ...m.args])]);
    }
    // Keywords cannot be positional arguments of the constructor: rebuild through partial.
    const partial = abs.getAttr(importModuleByName("functools"), "partial");
    const ctor = abs.call(partial, [methodCallerType, m.name, ...m.kwvalues], m.kwnames);
    return makeTuple([ctor, makeTuple(m.args)]);
  },
});

// ---- the module ----------------------------------------------------------------------------

const binaryOps: [string, BinaryOp][] = [
  ["add", BinaryOp.ADD],
  ["and_", BinaryOp.AND],
  ["floordiv", BinaryOp.FLOOR_DIVIDE],
  ["lshift", BinaryOp.LSHIFT],
  ["mod", BinaryOp.REMAINDER],
  ["mul", BinaryOp.MULTIPLY],
  ["matmul", BinaryOp.MATRIX_MULTIPLY],
  ["or_", BinaryOp.OR],
  ["rshift", BinaryOp.RSHIFT],
  ["sub", BinaryOp.SUBTRACT],
  ["truediv", BinaryOp.TRUE_DIVIDE],
  ["xor", BinaryOp.XOR],
  ["iadd", BinaryOp.INPLACE_ADD],
  ["iand", BinaryOp.INPLACE_AND],
  ["ifloordiv", BinaryOp.INPLACE_FLOOR_DIVIDE],
  ["ilshift", BinaryOp.INPLACE_LSHIFT],
  ["imod", BinaryOp.INPLACE_REMAINDER],
  ["imul", BinaryOp.INPLACE_MULTIPLY],
  ["imatmul", BinaryOp.INPLACE_MATRIX_MULTIPLY],
  ["ior", BinaryOp.INPLACE_OR],
  ["irshift", BinaryOp.INPLACE_RSHIFT],
  ["isub", BinaryOp.INPLACE_SUBTRACT],
  ["itruediv", BinaryOp.INPLACE_TRUE_DIVIDE],
  ["ixor", BinaryOp.INPLACE_XOR],
];
const compareOps: [string, CompareOp][] = [
  ["lt", CompareOp.LT],
  ["le", CompareOp.LE],
  ["eq", CompareOp.EQ],
  ["ne", CompareOp.NE],
  ["gt", CompareOp.GT],
  ["ge", CompareOp.GE],
];

const moduleDoc =
  "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.";

export function createModule(): PyModule {
  const m = new PyModule(MODULE);
  const d = m.dict;
  d.setStr("__doc__", moduleDoc);
  const put = (f: PyBuiltinFunction) => d.setStr(f.name, f);
  put(unary("truth", (a) => abs.isTrue(a)));
  put(binary("contains", (a, b) => abs.contains(a, b)));
  put(binary("indexOf", (a, b) => searchSeq(a, b, true)));
  put(binary("countOf", (a, b) => searchSeq(a, b, false)));
  put(binary("is_", (a, b) => a === b));
  put(binary("is_not", (a, b) => a !== b));
  put(unary("index", (a) => abs.asIndex(a)));
  put(unary("abs", (a) => abs.absolute(a)));
  put(unary("inv", (a) => abs.invert(a)));
  put(unary("invert", (a) => abs.invert(a)));
  put(unary("neg", (a) => abs.negative(a)));
  put(unary("pos", (a) => abs.positive(a)));
  put(unary("not_", (a) => !abs.isTrue(a)));
  for (const [name, op] of binaryOps) put(binary(name, (a, b) => abs.binaryOp(a, b, op)));
  put(binary("pow", (a, b) => abs.power(a, b)));
  put(binary("ipow", (a, b) => abs.binaryOp(a, b, BinaryOp.INPLACE_POWER)));
  put(binary("concat", (a, b) => concat(a, b, false)));
  put(binary("iconcat", (a, b) => concat(a, b, true)));
  for (const [name, op] of compareOps) put(binary(name, (a, b) => abs.richCompare(a, b, op)));
  put(binary("getitem", (a, b) => abs.getItem(a, b)));
  put(binary("delitem", (a, b) => {
    abs.delItem(a, b);
    return None;
  }));
  put(fixed("setitem", 3, (args) => {
    abs.setItem(args[0], args[1], args[2]);
    return None;
  }));
  put(new PyBuiltinFunction("length_hint", lengthHint, undefined, "length_hint", MODULE));
  put(binary("_compare_digest", compareDigest));
  put(
    new PyBuiltinFunction(
      "call",
      (args, kwnames) => {
        const nkw = kwnames === null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
          typeError(`call expected at least 1 argument, got ${args.length - nkw}`);
        }
        return abs.call(args[0], args.slice(1), kwnames);
      },
      undefined,
      "call",
      MODULE,
    ),
  );
  d.setStr("attrgetter", attrGetterType);
  d.setStr("itemgetter", itemGetterType);
  d.setStr("methodcaller", methodCallerType);
  return m;
}
