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

/**
 * Global version of class namespaces: bumped by any change to a type's dict, bases or MRO so
 * every type's lookupCache is discarded lazily (see lookupType in type.ts).
 */
export const typeVersion = { value: 0 };

/** Descriptor `__get__` slot: `descr.__get__(obj, type)`; obj is undefined for class access. */
export type DescrGetSlot = (descr: PyObject, obj: PyValue | undefined, type: PyType) => PyValue;
/** Descriptor `__set__`/`__delete__` slot: value undefined means delete. */
export type DescrSetSlot = (descr: PyObject, obj: PyValue, value: PyValue | undefined) => void;

export type PyValue = number | bigint | string | boolean | PyObject;

/** Base of every boxed Python object. */
export class PyObject {
  /** The object's type (`__class__`); writable for heap types as in CPython. */
  cls: PyType;
  /**
   * Instance `__dict__`, created on first attribute store for types that have one. Classes with
   * `__slots__` and no `__dict__` also keep their slot values here (the member descriptors read
   * it), but expose no `__dict__` attribute.
   */
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
  /**
   * Descriptor slots for builtin descriptor types (function, property, classmethod, ...). Heap
   * types defining `__get__`/`__set__` in Python are handled by abstract.ts through lookups.
   */
  tp_descr_get: DescrGetSlot | null;
  tp_descr_set: DescrSetSlot | null;
  /**
   * CPython's Py_TPFLAGS_METHOD_DESCRIPTOR: instances are functions whose `__get__` binds the
   * instance as first argument, so LOAD_METHOD may skip making a bound method. The runtime sets
   * it on the Python function type; builtin method descriptors have it.
   */
  isMethodDescriptor: boolean;
  /** `__slots__` names declared by this class (heap types), null when none. */
  slotNames: string[] | null;
  /**
   * Py_TPFLAGS_SEQUENCE (32) / Py_TPFLAGS_MAPPING (64) of a class, which `match` tests: set by
   * _abc from `__abc_tpflags__` and ABC registration, inherited from the best base.
   */
  patmaFlags: number;
  /** Memo of attribute lookups along the MRO; cleared when any class namespace changes. */
  lookupCache: Map<string, PyValue | undefined>;
  /** Global version of class namespaces the cache was filled at. */
  lookupCacheVersion: number;
  /** Memo of which attribute hooks the type overrides (type.ts attrFlags), and its version. */
  attrFlags: number;
  attrFlagsVersion: number;

  constructor(metatype: PyType | null, name: string, bases: PyType[]) {
    // `type` is its own metatype: bootstrapped below with a null metatype then patched.
    super(metatype as PyType);
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    // Builtin types have at most one base, so their MRO is the base chain; heap types get C3
    // from type.ts.
    this.mro = bases.length > 0 ? [this, ...bases[0].mro] : [this];
    this.base = bases.length > 0 ? bases[0] : null;
    this.isHeapType = false;
    this.instancesHaveDict = false;
    this.isFinal = false;
    this.allocate = null;
    this.tp_call = null;
    this.tp_iternext = null;
    this.tp_descr_get = null;
    this.tp_descr_set = null;
    this.isMethodDescriptor = false;
    this.slotNames = null;
    this.patmaFlags = 0;
    this.dict = new PyDict(dictTypeRef.type);
    this.lookupCache = new Map();
    this.lookupCacheVersion = -1;
    this.attrFlags = 0;
    this.attrFlagsVersion = -1;
  }
}

// ---- dict storage ---------------------------------------------------------------------------
// The dict's storage class lives here (dict.ts re-exports it and adds the Python methods) because
// every type's namespace is a PyDict: types are made at module load by many modules, and this
// module is the only one all of them have already loaded.

/**
 * Hashing of keys that are compared by a Python-level __eq__ (tuples, frozensets, instances of
 * classes defining __eq__/__hash__): installed by abstract.ts (hash/equals) at load time.
 */
export const dictKeyProtocol: {
  /** The Map key for `key` when it has one without calling Python code, else NEEDS_HASH. */
  simpleKey: (key: PyValue) => unknown;
  hash: (key: PyValue) => number;
  equals: (a: PyValue, b: PyValue) => boolean;
  /**
   * Whether a NEEDS_HASH key may compare equal to a str/int/float key (false for exact
   * tuples, frozensets and complex numbers; true for instances of user classes).
   */
  mayEqualSimple: (key: PyValue) => boolean;
} = {
  simpleKey: (key) => key,
  hash: () => 0,
  equals: (a, b) => a === b,
  mayEqualSimple: () => true,
};

/** simpleKey's answer for keys that need hash() and __eq__. */
export const NEEDS_HASH: unique symbol = Symbol("needs hash");

/** One stored item; the key object is kept as first inserted (Python keeps the original key). */
export interface DictEntry {
  key: PyValue;
  value: PyValue;
}

/**
 * Source of PyDict.keysVersion values: each change of any dict's key set takes the next number,
 * so a version identifies one dict in one key state (the eval loop's LOAD_GLOBAL cache).
 */
let nextKeysVersion = 0;

// dictType is made after PyDict exists; the few types made before it get patched below.
const dictTypeRef: { type: PyType } = { type: undefined as unknown as PyType };

export class PyDict extends PyObject {
  /**
   * Entries by normalized key: str -> the JS string, int/bool/integral float -> number or
   * bigint, other floats -> number, identity-hashed objects -> the object itself; keys with a
   * Python-level __hash__ (tuples, frozensets, user classes defining __eq__/__hash__) -> the
   * canonical (first inserted) equal key object found through `hashed`. The Map's own order is
   * the dict's insertion order.
   */
  map: Map<unknown, DictEntry> = new Map();
  /** hash -> canonical key objects with that hash, for keys compared by __eq__. */
  hashed: Map<number, PyValue[]> | null = null;
  /**
   * hash -> Map keys of the entries stored under a plain value (str/int/float), so that a key
   * compared by __eq__ finds an equal plain key (`Key("s")` with `hash("s")` and `"s"`). Built
   * on first need (see mapKey) and kept up to date from then on; null until then. Non-null
   * only while `hashed` is.
   */
  simpleHashes: Map<number, unknown[]> | null = null;
  /**
   * Changes (to a number no dict ever had) whenever a key is added or removed; 0 while the dict
   * has never had a key. While it is unchanged every DictEntry in `map` stays the same object,
   * so a cache may keep an entry and read its current value (LOAD_GLOBAL, src/runtime/eval.ts).
   */
  keysVersion = 0;

  constructor(cls: PyType = dictTypeRef.type) {
    super(cls);
  }

  get size(): number {
    return this.map.size;
  }

  getStr(name: string): PyValue | undefined {
    return this.map.get(name)?.value;
  }

  setStr(name: string, value: PyValue): void {
    const entry = this.map.get(name);
    if (entry !== undefined) entry.value = value;
    else {
      this.map.set(name, { key: name, value });
      this.keysVersion = ++nextKeysVersion;
      if (this.simpleHashes !== null) this.rememberSimple(name, name);
    }
  }

  deleteStr(name: string): boolean {
    if (!this.map.delete(name)) return false;
    this.keysVersion = ++nextKeysVersion;
    if (this.simpleHashes !== null) this.forgetSimple(name, name);
    return true;
  }

  /** The Map key under which `key` is (or would be) stored; may call __hash__/__eq__. */
  mapKey(key: PyValue, insert: boolean): unknown {
    const k = dictKeyProtocol.simpleKey(key);
    if (k !== NEEDS_HASH) {
      // A plain value may equal a key object stored under its own hash (dicts holding only
      // plain keys, the common case, have no `hashed` table).
      if (this.hashed === null || this.map.has(k)) return k;
      const h = dictKeyProtocol.hash(key);
      const bucket = this.hashed.get(h);
      if (bucket !== undefined) {
        for (const candidate of bucket) {
          if (dictKeyProtocol.equals(candidate, key)) return candidate;
        }
      }
      if (insert && this.simpleHashes !== null) this.rememberSimple(k, key, h);
      return k;
    }
    const h = dictKeyProtocol.hash(key);
    const hashed = this.hashed ??= new Map();
    const bucket = hashed.get(h);
    if (bucket !== undefined) {
      for (const candidate of bucket) {
        if (candidate === key || dictKeyProtocol.equals(candidate, key)) return candidate;
      }
    }
    if (this.map.size > 0 && dictKeyProtocol.mayEqualSimple(key)) {
      const plain = (this.simpleHashes ??= this.indexSimpleKeys()).get(h);
      if (plain !== undefined) {
        for (const k of plain) {
          const entry = this.map.get(k);
          if (entry !== undefined && dictKeyProtocol.equals(entry.key, key)) return k;
        }
      }
    }
    if (insert) {
      if (bucket !== undefined) bucket.push(key);
      else hashed.set(h, [key]);
    }
    return key;
  }

  /** simpleHashes for the current entries. */
  private indexSimpleKeys(): Map<number, unknown[]> {
    const index = new Map<number, unknown[]>();
    for (const [k, e] of this.map) {
      const t = typeof k;
      if (t === "string" || t === "number" || t === "bigint") {
        const h = dictKeyProtocol.hash(e.key);
        const list = index.get(h);
        if (list !== undefined) list.push(k);
        else index.set(h, [k]);
      }
    }
    return index;
  }

  private rememberSimple(k: unknown, key: PyValue, h = dictKeyProtocol.hash(key)): void {
    const list = this.simpleHashes!.get(h);
    if (list === undefined) this.simpleHashes!.set(h, [k]);
    else if (!list.includes(k)) list.push(k);
  }

  private forgetSimple(k: unknown, key: PyValue): void {
    const h = dictKeyProtocol.hash(key);
    const list = this.simpleHashes!.get(h);
    if (list === undefined) return;
    const i = list.indexOf(k);
    if (i < 0) return;
    if (list.length === 1) this.simpleHashes!.delete(h);
    else list.splice(i, 1);
  }

  get(key: PyValue): PyValue | undefined {
    if (typeof key === "string" && this.hashed === null) return this.map.get(key)?.value;
    return this.map.get(this.mapKey(key, false))?.value;
  }

  getEntry(key: PyValue): DictEntry | undefined {
    if (typeof key === "string" && this.hashed === null) return this.map.get(key);
    return this.map.get(this.mapKey(key, false));
  }

  has(key: PyValue): boolean {
    if (typeof key === "string" && this.hashed === null) return this.map.has(key);
    return this.map.has(this.mapKey(key, false));
  }

  set(key: PyValue, value: PyValue): void {
    if (typeof key === "string" && this.hashed === null) return this.setStr(key, value);
    const k = this.mapKey(key, true);
    const entry = this.map.get(k);
    if (entry !== undefined) entry.value = value;
    else {
      this.map.set(k, { key, value });
      this.keysVersion = ++nextKeysVersion;
    }
  }

  delete(key: PyValue): boolean {
    if (typeof key === "string" && this.hashed === null) return this.deleteStr(key);
    const k = this.mapKey(key, false);
    const entry = this.map.get(k);
    if (entry === undefined) return false;
    this.map.delete(k);
    this.keysVersion = ++nextKeysVersion;
    if (this.hashed !== null && typeof k === "object" && k !== null) {
      this.forgetHashed(k as PyValue);
    } else if (this.simpleHashes !== null) this.forgetSimple(k, entry.key);
    return true;
  }

  /** Removes a canonical key from its hash bucket (after its entry left the map). */
  forgetHashed(k: PyValue): void {
    const h = dictKeyProtocol.hash(k);
    const bucket = this.hashed!.get(h);
    if (bucket === undefined) return;
    const i = bucket.indexOf(k);
    if (i < 0) return;
    if (bucket.length === 1) this.hashed!.delete(h);
    else bucket.splice(i, 1);
  }

  /**
   * Empties the dict by replacing its Map (as CPython replaces the keys table), so live
   * iterators notice the new table instead of silently restarting on it.
   */
  clear(): void {
    this.map = new Map();
    this.hashed = null;
    this.simpleHashes = null;
    this.keysVersion = ++nextKeysVersion;
  }

  keys(): IterableIterator<PyValue> {
    return (function* (m: Map<unknown, DictEntry>) {
      for (const e of m.values()) yield e.key;
    })(this.map);
  }

  values(): IterableIterator<PyValue> {
    return (function* (m: Map<unknown, DictEntry>) {
      for (const e of m.values()) yield e.value;
    })(this.map);
  }

  entries(): IterableIterator<DictEntry> {
    return this.map.values();
  }

  /** A shallow copy sharing no storage (keys keep their normalization). */
  copyInto(target: PyDict): PyDict {
    for (const [k, e] of this.map) target.map.set(k, { key: e.key, value: e.value });
    target.keysVersion = ++nextKeysVersion;
    target.simpleHashes = null;
    if (this.hashed !== null) {
      target.hashed = new Map();
      for (const [h, b] of this.hashed) target.hashed.set(h, [...b]);
    }
    return target;
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

/** `issubclass` on the MRO (no __subclasscheck__): the check builtin code uses for layouts. */
export function isSubtype(a: PyType, b: PyType): boolean {
  if (a === b || b === objectType) return true;
  const mro = a.mro;
  for (let i = 1; i < mro.length; i++) if (mro[i] === b) return true;
  return false;
}

export const dictType: PyType = new PyType(typeType, "dict", [objectType]);
dictTypeRef.type = dictType;
for (
  const t of [
    objectType,
    typeType,
    intType,
    boolType,
    strType,
    noneType,
    notImplementedType,
    ellipsisType,
    floatType,
    dictType,
  ]
) {
  t.dict.cls = dictType;
}
