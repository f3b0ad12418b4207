// Value representation: how Python values live in JavaScript. See docs/value-representation.md.
//
// The hot types are not boxed:
//   int   -> JS number when the value is a safe integer (|n| <= 2**53 - 1), else a JS bigint.
//            Canonical form: a bigint is never in the safe range, and an int number is never -0,
//            so `===` is value equality for ints.
//   bool  -> JS boolean (True/False). bool is a subclass of int in Python: numeric code must
//            accept booleans where it accepts ints.
//   str   -> JS string (UTF-16; code points outside the BMP take two units: str operations that
//            index or measure work in code points, see src/objects/str.ts).
//   None  -> the singleton `None` below (a PyObject, so `v === None` is the test).
// Everything else is a PyObject whose `cls` is its Python type: float (PyFloat, boxed so it is
// distinguishable from int), tuple, list, dict, functions, instances of classes, ...
//
// `undefined` is never a Python value: it is NULL (an empty stack slot, an unbound local, a
// missing attribute).

import type { PyDict } from "./dict.ts";

export type PyValue = number | bigint | string | boolean | PyObject;

/** Base of every boxed Python object. */
export class PyObject {
  /** The object's type (`__class__`); writable for heap types as in CPython. */
  cls: PyType;
  /** Instance `__dict__`, created on first attribute store for types that have one. */
  dict: PyDict | null;
  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
  }
}

/**
 * A Python type object. Builtin types are created at module load; classes from `class`
 * statements by type.__new__ (src/objects/type.ts). The namespace is an ordinary PyDict so
 * `__dict__` and descriptors behave as in CPython.
 */
export class PyType extends PyObject {
  name: string;
  qualname: string;
  /** `__module__` for builtins ("builtins"); heap types keep it in their dict. */
  bases: PyType[];
  /** Method resolution order (C3), self first. */
  mro: PyType[];
  /** The solid base whose instance layout this type's instances use. */
  base: PyType | null;
  /** The type's namespace (`__dict__`), set by type.ts right after construction. */
  declare dict: PyDict;
  /** True for classes made by `class` statements / type(): attributes writable, subclassable layout. */
  isHeapType: boolean;
  /** Whether instances get a `__dict__` (false for builtins and for `__slots__` without `__dict__`). */
  instancesHaveDict: boolean;
  /** Builtin types that cannot be subclassed (bool, NoneType, function, ...). */
  isFinal: boolean;
  /**
   * Makes a bare instance of this type's layout (`object.__new__` for the layout's JS class).
   * Builtin types set it; heap types inherit their solid base's.
   */
  allocate: ((cls: PyType) => PyObject) | null;
  /**
   * Call slot (CPython's tp_call): how `callable(*args)` runs for instances of this type.
   * `args` holds positionals then keyword values named by `kwnames` (vectorcall convention).
   */
  tp_call:
    | ((callable: PyObject, args: PyValue[], kwnames: readonly string[] | null) => PyValue)
    | null;
  /** Iteration slot (tp_iternext): next value, or undefined when exhausted (no StopIteration). */
  tp_iternext: ((iterator: PyObject) => PyValue | undefined) | null;
  /** Memo of attribute lookups along the MRO; cleared when any class namespace changes. */
  lookupCache: Map<string, PyValue | undefined>;
  /** Global version of class namespaces the cache was filled at. */
  lookupCacheVersion: number;

  constructor(metatype: PyType | null, name: string, bases: PyType[]) {
    // `type` is its own metatype: bootstrapped below with a null metatype then patched.
    super(metatype as PyType);
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.mro = [];
    this.base = bases.length > 0 ? bases[0] : null;
    this.isHeapType = false;
    this.instancesHaveDict = false;
    this.isFinal = false;
    this.allocate = null;
    this.tp_call = null;
    this.tp_iternext = null;
    this.lookupCache = new Map();
    this.lookupCacheVersion = -1;
  }
}

// ---- The bootstrap types ------------------------------------------------------------------
// object and type reference each other, and typeOf() needs the unboxed types, so they are all
// made here; their methods are attached by the modules named after them.

export const objectType: PyType = new PyType(null, "object", []);
export const typeType: PyType = new PyType(null, "type", [objectType]);
objectType.cls = typeType;
typeType.cls = typeType;

export const intType: PyType = new PyType(typeType, "int", [objectType]);
export const boolType: PyType = new PyType(typeType, "bool", [intType]);
export const strType: PyType = new PyType(typeType, "str", [objectType]);
export const noneType: PyType = new PyType(typeType, "NoneType", [objectType]);
export const notImplementedType: PyType = new PyType(typeType, "NotImplementedType", [
  objectType,
]);
export const ellipsisType: PyType = new PyType(typeType, "ellipsis", [objectType]);

boolType.isFinal = true;
noneType.isFinal = true;
notImplementedType.isFinal = true;
ellipsisType.isFinal = true;

export const None: PyObject = new PyObject(noneType);
export const NotImplemented: PyObject = new PyObject(notImplementedType);
export const Ellipsis: PyObject = new PyObject(ellipsisType);

/** The Python type of any value. Hot: keep it a chain of typeof tests. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return intType;
    case "string":
      return strType;
    case "boolean":
      return boolType;
    default:
      return v.cls;
  }
}

/** Boxed float: a distinct object so that 1 (int) and 1.0 (float) stay different values. */
export class PyFloat extends PyObject {
  readonly value: number;
  constructor(value: number, cls: PyType = floatType) {
    super(cls);
    this.value = value;
  }
}
export const floatType: PyType = new PyType(typeType, "float", [objectType]);

/** Python int from a JS integer-valued number or bigint, in canonical form. */
export function makeInt(v: number | bigint): number | bigint {
  if (typeof v === "number") return v === 0 ? 0 : v; // folds -0
  if (v >= -9007199254740991n && v <= 9007199254740991n) return Number(v);
  return v;
}
