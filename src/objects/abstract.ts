// The abstract object protocol (CPython's Objects/abstract.c and object.c): attribute access,
// operators, comparisons, truth, hashing, iteration, calls, repr/str/format.
//
// Every operation first tries fast paths for the unboxed and exact builtin types, then falls
// back to dispatching on dunder methods found by lookupType (type.ts), which is how both builtin
// types (method descriptors in their namespaces) and classes are served.
import {
  dictKeyProtocol,
  floatType,
  isSubtype,
  NEEDS_HASH,
  None,
  NotImplemented,
  PyDict,
  PyFloat,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "./object.ts";
import { PyBuiltinFunction, PyMethodDescriptor } from "./builtin_function.ts";
import {
  attributeError,
  isBaseException,
  pyError,
  PyExc_AttributeError,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
} from "./exceptions.ts";
import { BINARY_OP_SYMBOLS, BinaryOp, COMPARE_OP_SYMBOLS, CompareOp } from "../compiler/opcodes.ts";
import { AttrFlag, attrFlags, invalidateTypeCaches, lookupType, updateSlots } from "./type.ts";
import { PyTuple, signed64, tupleHash64, TupleIterator, tupleType } from "./tuple.ts";
import { ListIterator, listType, PyList } from "./list.ts";
import { dictType } from "./object.ts";
import { DictKeyIterator } from "./dict_methods.ts";
import { complexOp, PyComplex } from "./complex.ts";
import { complexType } from "./complex.ts";
import { floatHash, floatHashExact, floatOp, floatRepr } from "./float.ts";
import { formatFloatWithSpec, formatIntWithSpec } from "./str_format.ts";
import {
  compareNumbers,
  intHash,
  intHashExact,
  intOp,
  intToDecimal,
  intToFloat,
  intValue,
  PyInt,
} from "./int.ts";
import {
  cpLength,
  formatStr,
  PyStr,
  strGetItem,
  strHash,
  StrIterator,
  strRepr,
  strValue,
} from "./str.ts";
import { SeqIterator } from "./iterobject.ts";
import { frozenSetHash, frozenSetType, PySet } from "./set.ts";
import "./descriptors.ts";
import "./singletons.ts";
import { makeGenericAlias } from "./genericalias.ts";

// ---- Small helpers --------------------------------------------------------------------------

export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

/** Is `e` (a thrown value) a Python exception of class `t` or a subclass? */
export function exceptionIs(e: unknown, t: PyType): boolean {
  return isBaseException(e) && e.cls.mro.includes(t);
}

/**
 * Calls a special method found on a type (by lookupType) with `self` first: builtin method
 * descriptors and Python functions are called unbound; other descriptors are bound first.
 */
export function callSpecial(
  f: PyValue,
  self: PyValue,
  args: PyValue[],
  kwnames: readonly string[] | null = null,
): PyValue {
  if (f instanceof PyMethodDescriptor) return f.raw([self, ...args], kwnames);
  const ft = typeOf(f);
  if (ft.isMethodDescriptor) return call(f, [self, ...args], kwnames);
  const get = ft.tp_descr_get;
  if (get !== null) return call(get(f as PyObject, self, typeOf(self)), args, kwnames);
  return call(f, args, kwnames);
}

/** `obj.name(*args)`. */
export function callMethod(obj: PyValue, name: string, args: PyValue[]): PyValue {
  const m = lookupMethod(obj, name);
  if (m !== undefined) return callSpecial(m, obj, args);
  return call(getAttr(obj, name), args, null);
}

/** Looks up a special method on the type (not the instance), as the interpreter does. */
export function lookupSpecial(obj: PyValue, name: string): PyValue | undefined {
  return lookupType(typeOf(obj), name);
}

// ---- Calls ----------------------------------------------------------------------------------

/** `callable(*args, **kw)` (vectorcall convention; see docs/architecture.md). */
export function call(
  callable: PyValue,
  args: PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  const t = typeOf(callable);
  const f = t.tp_call;
  if (f === null) throw pyError(PyExc_TypeError, `'${t.name}' object is not callable`);
  return f(callable as PyObject, args, kwnames);
}

export function isCallable(v: PyValue): boolean {
  return typeOf(v).tp_call !== null;
}

// ---- Attributes -----------------------------------------------------------------------------

let objectGetAttribute: PyValue | undefined;
let objectSetAttr: PyValue | undefined;
let typeGetAttribute: PyValue | undefined;
let typeSetAttrFn: PyValue | undefined;
function initAttrDescrs(): void {
  objectGetAttribute = lookupType(typeOf(None).mro.at(-1)!, "__getattribute__");
  objectSetAttr = lookupType(typeOf(None).mro.at(-1)!, "__setattr__");
  typeGetAttribute = typeType.dict.getStr("__getattribute__");
  typeSetAttrFn = typeType.dict.getStr("__setattr__");
}

function noAttribute(obj: PyValue, name: string): PyValue {
  if (obj instanceof PyType) {
    throw attributeError(`type object '${obj.name}' has no attribute '${name}'`, obj, name);
  }
  throw attributeError(`'${typeOf(obj).name}' object has no attribute '${name}'`, obj, name);
}

/**
 * object.__getattribute__ (PyObject_GenericGetAttr): data descriptors on the type, then the
 * instance dict, then other descriptors and plain class attributes. Returns undefined when
 * missing if `suppress`, else raises AttributeError.
 */
export function genericGetAttr(obj: PyValue, name: string, suppress: boolean): PyValue | undefined {
  const tp = typeOf(obj);
  const descr = lookupType(tp, name);
  let get = null;
  if (descr !== undefined) {
    const dt = typeOf(descr);
    get = dt.tp_descr_get;
    if (get !== null && dt.tp_descr_set !== null) return get(descr as PyObject, obj, tp);
  }
  if (typeof obj === "object" && obj.dict !== null && tp.instancesHaveDict) {
    const v = obj.dict.map.get(name);
    if (v !== undefined) return v.value;
  }
  if (get !== null) return get(descr as PyObject, obj, tp);
  if (descr !== undefined) return descr;
  if (name === "__dict__" && tp.instancesHaveDict && typeof obj === "object") {
    return obj.dict ??= new PyDict();
  }
  if (name === "__call__" && tp.tp_call !== null) {
    // Every callable has __call__ (CPython's slot wrapper for tp_call).
    return new PyBuiltinFunction("__call__", (args, kw) => call(args[0], args.slice(1), kw), obj);
  }
  if (suppress) return undefined;
  return noAttribute(obj, name);
}

/** type.__getattribute__: metatype data descriptors, then the MRO of the type, then the meta. */
export function typeGetAttr(type: PyType, name: string, suppress: boolean): PyValue | undefined {
  const meta = typeOf(type);
  const metaAttr = lookupType(meta, name);
  let metaGet = null;
  if (metaAttr !== undefined) {
    const mt = typeOf(metaAttr);
    metaGet = mt.tp_descr_get;
    if (metaGet !== null && mt.tp_descr_set !== null) {
      return metaGet(metaAttr as PyObject, type, meta);
    }
  }
  const attr = lookupType(type, name);
  if (attr !== undefined) {
    const get = typeOf(attr).tp_descr_get;
    return get === null ? attr : get(attr as PyObject, undefined, type);
  }
  if (metaGet !== null) return metaGet(metaAttr as PyObject, type, meta);
  if (metaAttr !== undefined) return metaAttr;
  if (suppress) return undefined;
  return noAttribute(type, name);
}

/** getattr(obj, name): honors __getattribute__ overrides and the __getattr__ fallback. */
export function getAttr(obj: PyValue, name: string): PyValue {
  const tp = typeOf(obj);
  const flags = attrFlags(tp);
  if ((flags & (AttrFlag.GENERIC_GETATTRIBUTE | AttrFlag.NO_GETATTR)) === 3) {
    return genericGetAttr(obj, name, false)!;
  }
  if (objectGetAttribute === undefined) initAttrDescrs();
  const ga = lookupType(tp, "__getattribute__");
  const hook = tp.isHeapType ? lookupType(tp, "__getattr__") : undefined;
  if (hook === undefined) {
    if (ga === objectGetAttribute) return genericGetAttr(obj, name, false)!;
    if (ga === typeGetAttribute) return typeGetAttr(obj as PyType, name, false)!;
    return callSpecial(ga!, obj, [name]);
  }
  try {
    if (ga === objectGetAttribute) {
      const v = genericGetAttr(obj, name, true);
      if (v !== undefined) return v;
    } else if (ga === typeGetAttribute) {
      const v = typeGetAttr(obj as PyType, name, true);
      if (v !== undefined) return v;
    } else return callSpecial(ga!, obj, [name]);
  } catch (e) {
    if (!exceptionIs(e, PyExc_AttributeError)) throw e;
  }
  return callSpecial(hook, obj, [name]);
}

/** getattr without raising: undefined when the attribute is missing (AttributeError). */
export function getAttrOrUndefined(obj: PyValue, name: string): PyValue | undefined {
  const tp = typeOf(obj);
  if (objectGetAttribute === undefined) initAttrDescrs();
  const ga = lookupType(tp, "__getattribute__");
  const hook = tp.isHeapType ? lookupType(tp, "__getattr__") : undefined;
  try {
    if (hook === undefined) {
      if (ga === objectGetAttribute) return genericGetAttr(obj, name, true);
      if (ga === typeGetAttribute) return typeGetAttr(obj as PyType, name, true);
    }
    return getAttr(obj, name);
  } catch (e) {
    if (exceptionIs(e, PyExc_AttributeError)) return undefined;
    throw e;
  }
}

/** hasattr semantics: only AttributeError means "no". */
export function hasAttr(obj: PyValue, name: string): boolean {
  return getAttrOrUndefined(obj, name) !== undefined;
}

/**
 * For LOAD_METHOD: the function found on the type when `obj.name` would just bind it (a plain
 * method not shadowed by the instance dict and no custom __getattribute__), else undefined; the
 * caller then falls back to getAttr.
 */
export function lookupMethod(obj: PyValue, name: string): PyValue | undefined {
  const tp = typeOf(obj);
  const descr = lookupType(tp, name);
  if (descr === undefined || !typeOf(descr).isMethodDescriptor) return undefined;
  if ((attrFlags(tp) & AttrFlag.GENERIC_GETATTRIBUTE) === 0) return undefined;
  if (
    typeof obj === "object" && obj.dict !== null && tp.instancesHaveDict && obj.dict.map.has(name)
  ) {
    return undefined;
  }
  return descr;
}

/** object.__setattr__ / __delattr__ (value undefined) on instances. */
export function genericSetAttr(obj: PyValue, name: string, value: PyValue | undefined): void {
  const tp = typeOf(obj);
  if (obj instanceof PyType && tp === typeType) return typeSetAttr(obj, name, value);
  const descr = lookupType(tp, name);
  if (descr !== undefined) {
    const set = typeOf(descr).tp_descr_set;
    if (set !== null) return set(descr as PyObject, obj, value);
  }
  if (typeof obj === "object" && tp.instancesHaveDict) {
    if (name === "__dict__") {
      // Reached for builtin types' dicts (functions, partial, ...) and their subclasses:
      // CPython's PyObject_GenericSetDict refuses deletion (heap classes have their own getset).
      if (value === undefined) throw pyError(PyExc_TypeError, "cannot delete __dict__");
      if (!(value instanceof PyDict)) {
        throw pyError(
          PyExc_TypeError,
          `__dict__ must be set to a dictionary, not a '${typeName(value)}'`,
        );
      }
      obj.dict = value;
      return;
    }
    if (value === undefined) {
      if (obj.dict === null || !obj.dict.deleteStr(name)) noAttribute(obj, name);
      return;
    }
    (obj.dict ??= new PyDict()).setStr(name, value);
    return;
  }
  if (descr !== undefined) {
    throw attributeError(`'${tp.name}' object attribute '${name}' is read-only`, obj, name);
  }
  noAttribute(obj, name);
}

/** type.__setattr__: builtin types are immutable; heap types update caches and slots. */
export function typeSetAttr(type: PyType, name: string, value: PyValue | undefined): void {
  if (!type.isHeapType) {
    throw pyError(
      PyExc_TypeError,
      `cannot set '${name}' attribute of immutable type '${type.name}'`,
    );
  }
  const meta = typeOf(type);
  const metaAttr = lookupType(meta, name);
  if (metaAttr !== undefined) {
    const set = typeOf(metaAttr).tp_descr_set;
    if (set !== null) return set(metaAttr as PyObject, type, value);
  }
  if (value === undefined) {
    if (!type.dict.deleteStr(name)) {
      throw attributeError(`type object '${type.name}' has no attribute '${name}'`, type, name);
    }
  } else type.dict.setStr(name, value);
  invalidateTypeCaches();
  if (name.startsWith("__") && name.endsWith("__")) updateSlots(type);
}

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  const tp = typeOf(obj);
  if ((attrFlags(tp) & AttrFlag.GENERIC_SETATTR) !== 0) return genericSetAttr(obj, name, value);
  if (objectGetAttribute === undefined) initAttrDescrs();
  const sa = lookupType(tp, "__setattr__");
  if (sa === objectSetAttr) return genericSetAttr(obj, name, value);
  if (sa === typeSetAttrFn) return typeSetAttr(obj as PyType, name, value);
  callSpecial(sa!, obj, [name, value]);
}

export function delAttr(obj: PyValue, name: string): void {
  if (objectGetAttribute === undefined) initAttrDescrs();
  const tp = typeOf(obj);
  const da = lookupType(tp, "__delattr__");
  const objectDel = lookupType(typeOf(None).mro.at(-1)!, "__delattr__");
  if (da === objectDel) return genericSetAttr(obj, name, undefined);
  if (da === typeType.dict.getStr("__delattr__")) {
    return typeSetAttr(obj as PyType, name, undefined);
  }
  callSpecial(da!, obj, [name]);
}

// ---- Truth, length --------------------------------------------------------------------------

export function isTrue(v: PyValue): boolean {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "string":
      return v.length !== 0;
    case "bigint":
      return true; // canonical bigints are never 0
  }
  if (v === None) return false;
  const t = v.cls;
  if (t === floatType) return (v as PyFloat).value !== 0;
  if (t === listType) return (v as PyList).items.length !== 0;
  if (t === tupleType) return (v as PyTuple).items.length !== 0;
  if (t === dictType) return (v as PyDict).size !== 0;
  const b = lookupType(t, "__bool__");
  if (b !== undefined) {
    const r = callSpecial(b, v, []);
    if (typeof r !== "boolean") {
      throw pyError(PyExc_TypeError, `__bool__ should return bool, returned ${typeName(r)}`);
    }
    return r;
  }
  const l = lookupType(t, "__len__");
  if (l !== undefined) return checkedLen(callSpecial(l, v, [])) !== 0;
  return true;
}

function checkedLen(r: PyValue): number {
  const n = intValue(r);
  if (n === undefined) {
    throw pyError(PyExc_TypeError, `'${typeName(r)}' object cannot be interpreted as an integer`);
  }
  if (n < 0) throw pyError(PyExc_ValueError, "__len__() should return >= 0");
  if (typeof n === "bigint") {
    throw pyError(PyExc_OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  return n;
}

export function len(v: PyValue): number {
  if (typeof v === "string") return cpLength(v);
  if (typeof v === "object") {
    const t = v.cls;
    if (t === listType) return (v as PyList).items.length;
    if (t === tupleType) return (v as PyTuple).items.length;
    if (t === dictType) return (v as PyDict).size;
    const l = lookupType(t, "__len__");
    if (l !== undefined) return checkedLen(callSpecial(l, v, []));
  }
  throw pyError(PyExc_TypeError, `object of type '${typeName(v)}' has no len()`);
}

// ---- Hashing and equality -------------------------------------------------------------------

const identityIds = new WeakMap<object, number>();
let nextIdentity = 0x7f0000001000 / 16;

/** CPython-like id(): a stable per-object number (address-like for boxed objects). */
export function identityHash(v: PyValue): number {
  if (typeof v !== "object") {
    // Unboxed values: equal values share an id, as small ints/interned strings do in CPython.
    return hash(v);
  }
  let id = identityIds.get(v);
  if (id === undefined) {
    id = (nextIdentity += 3) * 16;
    identityIds.set(v, id);
  }
  return id;
}

export function id(v: PyValue): number {
  return identityHash(v);
}

let objectHash: PyValue | undefined;
let objectEq: PyValue | undefined;

/** hash(v): CPython's values for ints and floats; strings use a (non-randomized) FNV hash. */
export function hash(v: PyValue): number {
  switch (typeof v) {
    case "number":
    case "bigint":
      return intHash(v);
    case "string":
      return strHash(v);
    case "boolean":
      return v ? 1 : 0;
  }
  const t = v.cls;
  if (t === floatType) return floatHash((v as PyFloat).value);
  if (t === tupleType) {
    // The exact hash when it is a safe integer, else its low 53 bits (so table slots,
    // hash & mask, match CPython's): the same number a __hash__ returning it gives.
    const [hi, lo] = tupleHash64((v as PyTuple).items);
    const shi = hi | 0;
    if (shi >= -0x200000 && shi < 0x200000) return shi * 4294967296 + lo;
    return (hi & 0x1fffff) * 4294967296 + lo - ((hi & 0x100000) !== 0 ? 2 ** 53 : 0);
  }
  if (t === frozenSetType) {
    const h = frozenSetHash(v as PySet);
    return typeof h === "number" ? h : Number(BigInt.asIntN(53, h));
  }
  const f = lookupType(t, "__hash__");
  if (f === undefined || f === None) throw pyError(PyExc_TypeError, `unhashable type: '${t.name}'`);
  if (objectHash === undefined) objectHash = lookupType(typeOf(None).mro.at(-1)!, "__hash__");
  if (f === objectHash) return identityHash(v);
  const r = callSpecial(f, v, []);
  const n = intValue(r);
  if (n === undefined) throw pyError(PyExc_TypeError, "__hash__ method should return an integer");
  const h = userHashExact(n);
  return typeof h === "number" ? h : Number(BigInt.asIntN(53, h));
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * hash() of an object whose __hash__ returned `n`, as CPython's slot_tp_hash: a value that fits
 * in 64 bits is the hash itself (-1 becomes -2); a larger one is reduced like an int's hash.
 */
function userHashExact(n: number | bigint): number | bigint {
  if (typeof n === "number") return n === -1 ? -2 : n;
  return n >= INT64_MIN && n <= INT64_MAX ? n : intHashExact(n);
}

/** hash() as the builtin returns it: exact for ints beyond 2**53 (a bigint then). */
export function hashExact(v: PyValue): number | bigint {
  // Tuple subclasses that keep tuple.__hash__ (struct sequences) hash as their items do.
  if (
    v instanceof PyTuple &&
    (v.cls === tupleType || lookupType(v.cls, "__hash__") === lookupType(tupleType, "__hash__"))
  ) {
    const [hi, lo] = tupleHash64(v.items);
    return signed64(hi, lo);
  }
  if (v instanceof PySet && v.cls === frozenSetType) return frozenSetHash(v);
  const n = intValue(v);
  if (n !== undefined && typeof v !== "object") return intHashExact(n);
  if (v instanceof PyFloat && v.cls === floatType) return floatHashExact(v.value);
  if (typeof v === "object" && !(v instanceof PyFloat)) {
    const f = lookupType(v.cls, "__hash__");
    // Native __hash__ methods are called too: builtin types outside this file (decimal.Decimal)
    // may return hashes beyond 2**53.
    if (f !== undefined && f !== None && f !== objectHash) {
      const r = intValue(callSpecial(f, v, []));
      if (r === undefined) {
        throw pyError(PyExc_TypeError, "__hash__ method should return an integer");
      }
      return userHashExact(r);
    }
  }
  return hash(v);
}

/** PyObject_RichCompareBool(a, b, Py_EQ) with the identity shortcut. */
export function equals(a: PyValue, b: PyValue): boolean {
  // Identity implies equality here, as CPython's PyObject_RichCompareBool (so a NaN object
  // is found in a list containing that same object).
  if (a === b) return true;
  const ta = typeof a;
  if (ta === typeof b && ta !== "object") return false; // unequal unboxed of the same kind
  return richCompareBool(a, b, CompareOp.EQ);
}

/** The Map key for dict/set storage (see PyDict in object.ts). */
function simpleKey(key: PyValue): unknown {
  switch (typeof key) {
    case "string":
    case "number":
    case "bigint":
      return key;
    case "boolean":
      return key ? 1 : 0;
  }
  const t = key.cls;
  if (t === floatType) return floatKey((key as PyFloat).value, key);
  if (objectHash === undefined) objectHash = lookupType(typeOf(None).mro.at(-1)!, "__hash__");
  if (objectEq === undefined) objectEq = lookupType(typeOf(None).mro.at(-1)!, "__eq__");
  const h = lookupType(t, "__hash__");
  if (h === None || h === undefined) throw pyError(PyExc_TypeError, `unhashable type: '${t.name}'`);
  if (h === objectHash && lookupType(t, "__eq__") === objectEq) return key;
  // Subclasses of int/str/float keeping the builtin hash are stored under the plain value.
  if (key instanceof PyInt && h === intHashDescr()) return key.value;
  if (key instanceof PyStr && h === strHashDescr()) return key.value;
  if (key instanceof PyFloat && h === floatHashDescr()) return floatKey(key.value, key);
  if (t === complexType) {
    const c = key as PyComplex;
    if (c.imag === 0) return floatKey(c.real, key);
  }
  return NEEDS_HASH;
}

function floatKey(x: number, obj: PyValue): unknown {
  if (Number.isNaN(x)) return obj; // NaN keys are only found by identity
  if (Number.isInteger(x) && !Number.isSafeInteger(x)) return BigInt(x);
  return x === 0 ? 0 : x;
}
const intHashDescr = () => typeOf(0).dict.getStr("__hash__");
const strHashDescr = () => typeOf("").dict.getStr("__hash__");
const floatHashDescr = () => floatType.dict.getStr("__hash__");

dictKeyProtocol.simpleKey = simpleKey;
dictKeyProtocol.hash = hash;
dictKeyProtocol.equals = equals;
dictKeyProtocol.mayEqualSimple = (key) => {
  const t = typeOf(key);
  return t !== tupleType && t !== frozenSetType && t !== complexType;
};

// ---- Rich comparison ------------------------------------------------------------------------

const COMPARE_DUNDERS = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
/** The reflected operator: a < b is b > a. */
const SWAPPED: readonly CompareOp[] = [
  CompareOp.GT,
  CompareOp.GE,
  CompareOp.EQ,
  CompareOp.NE,
  CompareOp.LT,
  CompareOp.LE,
];

/** The real value of an exact int/bool/float for comparisons, or undefined. */
function realValue(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return undefined;
  }
  if (v.cls === floatType) return (v as PyFloat).value;
  return undefined;
}

export function richCompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  const ta = typeof a, tb = typeof b;
  if (ta === "number" && tb === "number") return compareNumbers(a as number, b as number, op);
  if (ta === "string" && tb === "string") {
    return compareNumbers(strCmp(a as string, b as string), 0, op);
  }
  const ra = realValue(a);
  if (ra !== undefined) {
    const rb = realValue(b);
    if (rb !== undefined) return compareNumbers(ra, rb, op);
  }
  return richCompareSlow(a, b, op);
}

/** Code point order of two strings (UTF-16 order differs only for astral vs U+E000..U+FFFF). */
export function strCmp(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      const sx = x >= 0xd800 && x <= 0xdfff, sy = y >= 0xd800 && y <= 0xdfff;
      if (sx !== sy) return sx ? 1 : -1; // a surrogate (astral char) is above any BMP char
      return x - y;
    }
  }
  return a.length - b.length;
}

function richCompareSlow(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  const ta = typeOf(a), tb = typeOf(b);
  let checkedReflected = false;
  // do_richcompare: a subtype's reflected method goes first even when inherited unchanged (unlike
  // binary operators, which require an override).
  if (ta !== tb && isSubtype(tb, ta)) {
    const f = lookupType(tb, COMPARE_DUNDERS[SWAPPED[op]]);
    if (f !== undefined) {
      checkedReflected = true;
      const r = callSpecial(f, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  const f = lookupType(ta, COMPARE_DUNDERS[op]);
  if (f !== undefined) {
    const r = callSpecial(f, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReflected) {
    const g = lookupType(tb, COMPARE_DUNDERS[SWAPPED[op]]);
    if (g !== undefined) {
      const r = callSpecial(g, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === CompareOp.EQ) return a === b;
  if (op === CompareOp.NE) return a !== b;
  throw pyError(
    PyExc_TypeError,
    `'${COMPARE_OP_SYMBOLS[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`,
  );
}

export function richCompareBool(a: PyValue, b: PyValue, op: CompareOp): boolean {
  if (a === b) {
    if (op === CompareOp.EQ) return true;
    if (op === CompareOp.NE) return false;
  }
  const r = richCompare(a, b, op);
  return typeof r === "boolean" ? r : isTrue(r);
}

// ---- Binary and unary operators -------------------------------------------------------------

const BINARY_DUNDERS: readonly string[] = [
  "add",
  "and",
  "floordiv",
  "lshift",
  "matmul",
  "mul",
  "mod",
  "or",
  "pow",
  "rshift",
  "sub",
  "truediv",
  "xor",
];
const OP_NAME = BINARY_DUNDERS.map((n) => `__${n}__`);
const ROP_NAME = BINARY_DUNDERS.map((n) => `__r${n}__`);
const IOP_NAME = BINARY_DUNDERS.map((n) => `__i${n}__`);

/** 1 int-like (int, bool), 2 float, 3 complex, 0 anything else (exact builtin types only). */
function numKind(v: PyValue): number {
  switch (typeof v) {
    case "number":
    case "bigint":
    case "boolean":
      return 1;
    case "string":
      return 0;
  }
  const t = v.cls;
  if (t === floatType) return 2;
  if (t === complexType) return 3;
  return 0;
}

function asNumber(v: PyValue): number {
  switch (typeof v) {
    case "number":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "bigint":
      return intToFloat(v);
  }
  return (v as PyFloat).value;
}

/** Arithmetic on exact builtin numbers (kinds from numKind), op a non-in-place BinaryOp. */
export function numericOp(a: PyValue, b: PyValue, op: number, ka: number, kb: number): PyValue {
  if (ka === 1 && kb === 1) {
    return intOp(
      typeof a === "boolean" ? (a ? 1 : 0) : a as number | bigint,
      typeof b === "boolean" ? (b ? 1 : 0) : b as number | bigint,
      op,
    );
  }
  if (ka === 3 || kb === 3) {
    const [ar, ai] = ka === 3 ? [(a as PyComplex).real, (a as PyComplex).imag] : [asNumber(a), 0];
    const [br, bi] = kb === 3 ? [(b as PyComplex).real, (b as PyComplex).imag] : [asNumber(b), 0];
    return complexOp(ar, ai, br, bi, op);
  }
  return floatOp(asNumber(a), asNumber(b), op);
}

export function binaryOp(a: PyValue, b: PyValue, op: BinaryOp): PyValue {
  const base = op >= BinaryOp.INPLACE_ADD ? op - BinaryOp.INPLACE_ADD : op;
  if (base === BinaryOp.MATRIX_MULTIPLY) return binaryOpSlow(a, b, op, base);
  if (typeof a === "number" && typeof b === "number") return intOp(a, b, base);
  if (typeof a === "boolean" && typeof b === "boolean") {
    // bool & | ^ bool stay bool (bool's own methods); everything else is int arithmetic.
    if (base === BinaryOp.AND) return a && b;
    if (base === BinaryOp.OR) return a || b;
    if (base === BinaryOp.XOR) return a !== b;
  }
  const ka = numKind(a);
  if (ka !== 0) {
    const kb = numKind(b);
    if (kb !== 0) {
      const r = numericOp(a, b, base, ka, kb);
      if (r !== NotImplemented) return r;
      return binaryOpError(a, b, op, base);
    }
  }
  if (base === BinaryOp.ADD && typeof a === "string" && typeof b === "string") return a + b;
  return binaryOpSlow(a, b, op, base);
}

function binaryOpSlow(a: PyValue, b: PyValue, op: number, base: number): PyValue {
  const ta = typeOf(a), tb = typeOf(b);
  if (op !== base) {
    const f = lookupType(ta, IOP_NAME[base]);
    if (f !== undefined) {
      const r = callSpecial(f, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  const fa = lookupType(ta, OP_NAME[base]);
  let fb = ta === tb ? undefined : lookupType(tb, ROP_NAME[base]);
  // Builtin sequence concat/repeat raise on foreign operands (CPython's sq_concat/sq_repeat
  // run after the number slots), so the other operand's reflected method goes first.
  if (
    fb !== undefined && fa instanceof PyMethodDescriptor &&
    (base === BinaryOp.ADD || base === BinaryOp.MULTIPLY) && isConcatSequence(fa.objclass)
  ) {
    const r = callSpecial(fb, b, [a]);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fb !== undefined && isSubtype(tb, ta) && fb !== lookupType(ta, ROP_NAME[base])) {
    const r = callSpecial(fb, b, [a]);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined) {
    const r = callSpecial(fa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) {
    const r = callSpecial(fb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  return binaryOpError(a, b, op, base);
}

// Builtin sequences whose `*` falls back to repetition (sq_repeat): "can't multiply sequence".
const SEQUENCE_NAMES = new Set([
  "str",
  "list",
  "tuple",
  "bytes",
  "bytearray",
  "collections.deque",
  "array.array",
]);
function isConcatSequence(t: PyType): PyType | undefined {
  for (const c of t.mro) if (!c.isHeapType && SEQUENCE_NAMES.has(c.name)) return c;
  return undefined;
}

function binaryOpError(a: PyValue, b: PyValue, op: number, base: number): never {
  const ta = typeOf(a), tb = typeOf(b);
  if (base === BinaryOp.ADD) {
    const seq = isConcatSequence(ta);
    if (seq !== undefined && (seq.name === "bytes" || seq.name === "bytearray")) {
      throw pyError(PyExc_TypeError, `can't concat ${tb.name} to ${ta.name}`);
    }
    if (seq !== undefined) {
      throw pyError(
        PyExc_TypeError,
        `can only concatenate ${seq.name} (not "${tb.name}") to ${seq.name}`,
      );
    }
  }
  if (base === BinaryOp.MULTIPLY) {
    if (isConcatSequence(ta) !== undefined && intValue(b) === undefined) {
      throw pyError(PyExc_TypeError, `can't multiply sequence by non-int of type '${tb.name}'`);
    }
    if (isConcatSequence(tb) !== undefined && intValue(a) === undefined) {
      throw pyError(PyExc_TypeError, `can't multiply sequence by non-int of type '${ta.name}'`);
    }
  }
  const sym = BINARY_OP_SYMBOLS[op];
  if (base === BinaryOp.POWER && op === base) {
    throw pyError(
      PyExc_TypeError,
      `unsupported operand type(s) for ** or pow(): '${ta.name}' and '${tb.name}'`,
    );
  }
  throw pyError(
    PyExc_TypeError,
    `unsupported operand type(s) for ${sym}: '${ta.name}' and '${tb.name}'`,
  );
}

/** pow(a, b, m) and pow(a, b). */
export function power(a: PyValue, b: PyValue, m: PyValue = None): PyValue {
  if (m === None) return binaryOp(a, b, BinaryOp.POWER);
  const f = lookupType(typeOf(a), "__pow__");
  if (f !== undefined) {
    const r = callSpecial(f, a, [b, m]);
    if (r !== NotImplemented) return r;
  }
  throw pyError(
    PyExc_TypeError,
    `unsupported operand type(s) for ** or pow(): '${typeName(a)}', '${typeName(b)}', '${
      typeName(m)
    }'`,
  );
}

function unaryOp(v: PyValue, dunder: string, sym: string): PyValue {
  const f = lookupType(typeOf(v), dunder);
  if (f === undefined) {
    throw pyError(PyExc_TypeError, `bad operand type for unary ${sym}: '${typeName(v)}'`);
  }
  return callSpecial(f, v, []);
}

export function negative(v: PyValue): PyValue {
  if (typeof v === "number") return v === 0 ? 0 : -v;
  if (typeof v === "boolean") return v ? -1 : 0;
  if (v instanceof PyFloat && v.cls === floatType) return new PyFloat(-v.value);
  return unaryOp(v, "__neg__", "-");
}

export function positive(v: PyValue): PyValue {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return unaryOp(v, "__pos__", "+");
}

export function invert(v: PyValue): PyValue {
  if (typeof v === "number") return intOp(-1, v, BinaryOp.SUBTRACT);
  return unaryOp(v, "__invert__", "~");
}

export function absolute(v: PyValue): PyValue {
  if (typeof v === "number") return Math.abs(v);
  const f = lookupType(typeOf(v), "__abs__");
  if (f === undefined) {
    throw pyError(PyExc_TypeError, `bad operand type for abs(): '${typeName(v)}'`);
  }
  return callSpecial(f, v, []);
}

// ---- Index conversion ----------------------------------------------------------------------

/** operator.index(v): an int via __index__, or TypeError with CPython's generic message. */
export function asIndex(v: PyValue, what?: () => string): number | bigint {
  const n = intValue(v);
  if (n !== undefined) return n;
  const f = lookupType(typeOf(v), "__index__");
  if (f !== undefined) {
    const r = callSpecial(f, v, []);
    const m = intValue(r);
    if (m === undefined) {
      throw pyError(
        PyExc_TypeError,
        `__index__ returned non-int (type ${typeName(r)})`,
      );
    }
    return m;
  }
  throw pyError(
    PyExc_TypeError,
    what?.() ?? `'${typeName(v)}' object cannot be interpreted as an integer`,
  );
}

/** An index that must fit a JS number (sequence positions); IndexError if huge. */
export function asSize(v: PyValue, what?: () => string): number {
  const n = asIndex(v, what);
  if (typeof n === "bigint") {
    throw pyError(PyExc_IndexError, `cannot fit 'int' into an index-sized integer`);
  }
  return n;
}

// ---- Items ---------------------------------------------------------------------------------

export function getItem(container: PyValue, key: PyValue): PyValue {
  if (typeof container === "string") return strGetItem(container, key);
  if (typeof container === "object") {
    const t = container.cls;
    if (t === listType && typeof key === "number") {
      const items = (container as PyList).items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) return items[i];
      throw pyError(PyExc_IndexError, "list index out of range");
    }
    if (t === tupleType && typeof key === "number") {
      const items = (container as PyTuple).items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) return items[i];
      throw pyError(PyExc_IndexError, "tuple index out of range");
    }
    if (t === dictType) {
      const v = (container as PyDict).get(key);
      if (v !== undefined) return v;
    }
    const f = lookupType(t, "__getitem__");
    if (f !== undefined) return callSpecial(f, container, [key]);
    if (container instanceof PyType) {
      if (container === typeType) return makeGenericAlias(container, key);
      const cg = getAttrOrUndefined(container, "__class_getitem__");
      if (cg !== undefined) return call(cg, [key], null);
      throw pyError(PyExc_TypeError, `type '${container.name}' is not subscriptable`);
    }
  }
  throw pyError(PyExc_TypeError, `'${typeName(container)}' object is not subscriptable`);
}

export function setItem(container: PyValue, key: PyValue, value: PyValue): void {
  if (typeof container === "object") {
    const t = container.cls;
    if (t === listType && typeof key === "number") {
      const items = (container as PyList).items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) {
        items[i] = value;
        return;
      }
      throw pyError(PyExc_IndexError, "list assignment index out of range");
    }
    if (t === dictType) {
      (container as PyDict).set(key, value);
      return;
    }
    const f = lookupType(t, "__setitem__");
    if (f !== undefined) {
      callSpecial(f, container, [key, value]);
      return;
    }
  }
  throw pyError(
    PyExc_TypeError,
    `'${typeName(container)}' object does not support item assignment`,
  );
}

export function delItem(container: PyValue, key: PyValue): void {
  if (typeof container === "object") {
    const f = lookupType(container.cls, "__delitem__");
    if (f !== undefined) {
      callSpecial(f, container, [key]);
      return;
    }
  }
  throw pyError(PyExc_TypeError, `'${typeName(container)}' object doesn't support item deletion`);
}

export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === "string") {
    const s = strValue(item);
    if (s === undefined) {
      throw pyError(
        PyExc_TypeError,
        `'in <string>' requires string as left operand, not ${typeName(item)}`,
      );
    }
    return container.includes(s);
  }
  if (typeof container === "object") {
    const t = container.cls;
    if (t === dictType) return (container as PyDict).has(item);
    if (t === listType || t === tupleType) {
      for (const x of (container as PyList).items) if (x === item || equals(x, item)) return true;
      return false;
    }
    if (container instanceof PySet && lookupType(t, "__contains__") === undefined) {
      return container.has(item);
    }
    const f = lookupType(t, "__contains__");
    if (f !== undefined) return isTrue(callSpecial(f, container, [item]));
  }
  const it = getIterOrNull(container);
  if (it === null) {
    throw pyError(PyExc_TypeError, `argument of type '${typeName(container)}' is not iterable`);
  }
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    if (x === item || equals(x, item)) return true;
  }
  return false;
}

// ---- Iteration -----------------------------------------------------------------------------

function getIterOrNull(v: PyValue): PyValue | null {
  if (typeof v === "string") return new StrIterator(v);
  if (typeof v !== "object") return null;
  const t = v.cls;
  if (t === listType) return new ListIterator(v as PyList);
  if (t === tupleType) return new TupleIterator(v as PyTuple);
  if (t === dictType) return new DictKeyIterator(v as PyDict);
  const f = lookupType(t, "__iter__");
  if (f === None) return null;
  if (f === undefined) {
    if (lookupType(t, "__getitem__") !== undefined) return new SeqIterator(v);
    return null;
  }
  const it = callSpecial(f, v, []);
  const itType = typeOf(it);
  if (itType.tp_iternext === null && lookupType(itType, "__next__") === undefined) {
    throw pyError(PyExc_TypeError, `iter() returned non-iterator of type '${itType.name}'`);
  }
  return it;
}

export function getIter(v: PyValue): PyValue {
  const it = getIterOrNull(v);
  if (it === null) throw pyError(PyExc_TypeError, `'${typeName(v)}' object is not iterable`);
  return it;
}

/** next(it) without StopIteration: undefined when exhausted. */
export function iterNext(it: PyValue): PyValue | undefined {
  const t = typeOf(it);
  const f = t.tp_iternext;
  if (f !== null) return f(it as PyObject);
  const n = lookupType(t, "__next__");
  if (n === undefined) throw pyError(PyExc_TypeError, `'${t.name}' object is not an iterator`);
  try {
    return callSpecial(n, it, []);
  } catch (e) {
    if (exceptionIs(e, PyExc_StopIteration)) return undefined;
    throw e;
  }
}

/** list(v) as a JS array (a copy, safe to keep). */
export function iterateToArray(v: PyValue): PyValue[] {
  if (typeof v === "object") {
    const t = v.cls;
    if (t === listType || t === tupleType) return (v as PyList).items.slice();
    if (t === dictType) return [...(v as PyDict).keys()];
  }
  const it = getIter(v);
  const out: PyValue[] = [];
  const next = typeOf(it).tp_iternext;
  if (next !== null) {
    for (let x = next(it as PyObject); x !== undefined; x = next(it as PyObject)) out.push(x);
    return out;
  }
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
  return out;
}

// ---- String conversions --------------------------------------------------------------------

export function repr(v: PyValue): string {
  switch (typeof v) {
    case "number":
      return String(v);
    case "bigint":
      return intToDecimal(v);
    case "string":
      return strRepr(v);
    case "boolean":
      return v ? "True" : "False";
  }
  if (v === None) return "None";
  if (v.cls === floatType) return floatRepr((v as PyFloat).value);
  const f = lookupType(v.cls, "__repr__");
  const r = callSpecial(f!, v, []);
  if (typeof r === "string") return r;
  const s = strValue(r);
  if (s === undefined) {
    throw pyError(PyExc_TypeError, `__repr__ returned non-string (type ${typeName(r)})`);
  }
  return s;
}

export function str(v: PyValue): string {
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return String(v);
    case "bigint":
      return intToDecimal(v);
    case "boolean":
      return v ? "True" : "False";
  }
  if (v === None) return "None";
  if (v.cls === floatType) return floatRepr((v as PyFloat).value);
  const f = lookupType(v.cls, "__str__");
  const r = callSpecial(f!, v, []);
  if (typeof r === "string") return r;
  const s = strValue(r);
  if (s === undefined) {
    throw pyError(PyExc_TypeError, `__str__ returned non-string (type ${typeName(r)})`);
  }
  return s;
}

/** ascii(v): repr with non-ASCII characters escaped. */
export function ascii(v: PyValue): string {
  return asciiEscape(repr(v));
}

export function asciiEscape(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

/** format(v, spec) (FORMAT_VALUE and f-strings). */
export function format(v: PyValue, spec: string): string {
  switch (typeof v) {
    case "string":
      return spec === "" ? v : formatStr(v, spec);
    case "number":
      return spec === "" ? String(v) : formatIntWithSpec(v, spec);
    case "bigint":
      return spec === "" ? intToDecimal(v) : formatIntWithSpec(v, spec);
    case "boolean":
      if (spec === "") return v ? "True" : "False";
      return formatIntWithSpec(v ? 1 : 0, spec, "bool");
  }
  if (v.cls === floatType) return formatFloatWithSpec((v as PyFloat).value, spec);
  const f = lookupType(v.cls, "__format__");
  const r = callSpecial(f!, v, [spec]);
  if (typeof r !== "string") {
    const s = strValue(r);
    if (s !== undefined) return s;
    throw pyError(PyExc_TypeError, `__format__ must return a str, not ${typeName(r)}`);
  }
  return r;
}

// ---- isinstance / issubclass ---------------------------------------------------------------

export function isInstance(obj: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    const t = typeOf(obj);
    if (t === cls || isSubtype(t, cls)) return true;
    if (typeOf(cls) === typeType) {
      // __class__ may differ from type(obj) (proxies); honor it as CPython does.
      if (typeof obj === "object" && !(obj instanceof PyType)) {
        const c = getAttrOrUndefined(obj, "__class__");
        if (c instanceof PyType && c !== t) return isSubtype(c, cls);
      }
      return false;
    }
  }
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isInstance(obj, c)) return true;
    return false;
  }
  const check = lookupType(typeOf(cls), "__instancecheck__");
  if (check !== undefined) return isTrue(callSpecial(check, cls, [obj]));
  throw pyError(
    PyExc_TypeError,
    "isinstance() arg 2 must be a type, a tuple of types, or a union",
  );
}

export function isSubclass(derived: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isSubclass(derived, c)) return true;
    return false;
  }
  if (cls instanceof PyType && typeOf(cls) === typeType) {
    if (!(derived instanceof PyType)) {
      throw pyError(PyExc_TypeError, "issubclass() arg 1 must be a class");
    }
    return isSubtype(derived, cls);
  }
  const check = lookupType(typeOf(cls), "__subclasscheck__");
  if (check !== undefined) return isTrue(callSpecial(check, cls, [derived]));
  if (!(derived instanceof PyType)) {
    throw pyError(PyExc_TypeError, "issubclass() arg 1 must be a class");
  }
  throw pyError(
    PyExc_TypeError,
    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
  );
}

// Keep unused-but-exported helpers referenced.
