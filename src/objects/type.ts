import { makeUnion } from "./genericalias.ts";
import { BinaryOp, CompareOp } from "../compiler/opcodes.ts";
// type and object: attribute lookup along the MRO (with a per-type cache), C3 linearization,
// class creation (type.__new__), calling a type (tp_new + tp_init), and the slots a heap type
// gets from the dunders its namespace defines. CPython's Objects/typeobject.c.
import {
  bindArgs,
  defineClassMethod,
  defineGetter,
  defineMethods,
  defineNew,
  PyGetSetDescriptor,
  PyMethodDescriptor,
  requireNoArgs,
} from "./builtin_function.ts";
import {
  isSubtype,
  None,
  NotImplemented,
  objectType,
  PyDict,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
  typeVersion,
} from "./object.ts";
import {
  attributeError,
  isBaseException,
  pyError,
  PyExc_AttributeError,
  PyExc_BaseException,
  PyExc_RuntimeError,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
} from "./exceptions.ts";
import { makeTuple, PyTuple, tupleType } from "./tuple.ts";
import { listType, PyList } from "./list.ts";
import {
  binaryOp,
  call,
  callSpecial,
  genericGetAttr,
  genericSetAttr,
  getAttr,
  identityHash,
  isTrue,
  iterateToArray,
  repr,
  richCompare,
  str,
  typeGetAttr,
  typeSetAttr,
} from "./abstract.ts";
import { PyClassMethod, PyStaticMethod } from "./method.ts";
import { PyCell } from "./cell.ts";
import { CodeFlag, LocalKind } from "./code.ts";
// The running frame (class bodies' __module__, zero-argument super()): thread state is data the
// object layer may read, as CPython's typeobject.c reads the current frame.
import { currentThread } from "../runtime/thread_state.ts";
import { objectGetStateMethod, objectReduce0, objectReduceEx } from "./pickling.ts";

// ---- MRO lookup ------------------------------------------------------------------------------

/**
 * `_PyType_Lookup`: the first `name` in the dicts along type's MRO, or undefined. Memoized per
 * type until any class namespace changes (typeVersion bump), so hot attribute and method
 * lookups cost one Map probe.
 */
export function lookupType(type: PyType, name: string): PyValue | undefined {
  if (type.lookupCacheVersion !== typeVersion.value) {
    type.lookupCache.clear();
    type.lookupCacheVersion = typeVersion.value;
  } else {
    const cached = type.lookupCache.get(name);
    if (cached !== undefined || type.lookupCache.has(name)) return cached;
  }
  let found: PyValue | undefined = undefined;
  const mro = type.mro;
  for (let i = 0; i < mro.length; i++) {
    const v = mro[i].dict.map.get(name);
    if (v !== undefined) {
      found = v.value;
      break;
    }
  }
  type.lookupCache.set(name, found);
  return found;
}

/** attrFlags bits: which generic attribute paths a type's instances can take. */
export const enum AttrFlag {
  /** __getattribute__ is object's. */
  GENERIC_GETATTRIBUTE = 1,
  /** No __getattr__ fallback anywhere in the MRO. */
  NO_GETATTR = 2,
  /** __setattr__ is object's. */
  GENERIC_SETATTR = 4,
}

let objectGetAttributeFn: PyValue | undefined;
let objectSetAttrFn: PyValue | undefined;

/** The AttrFlag bits of a type, memoized until any class namespace changes. */
export function attrFlags(type: PyType): number {
  if (type.attrFlagsVersion === typeVersion.value) return type.attrFlags;
  if (objectGetAttributeFn === undefined) {
    objectGetAttributeFn = objectType.dict.getStr("__getattribute__");
    objectSetAttrFn = objectType.dict.getStr("__setattr__");
  }
  let flags = 0;
  if (lookupType(type, "__getattribute__") === objectGetAttributeFn) {
    flags |= AttrFlag.GENERIC_GETATTRIBUTE;
  }
  if (lookupType(type, "__getattr__") === undefined) flags |= AttrFlag.NO_GETATTR;
  if (lookupType(type, "__setattr__") === objectSetAttrFn) flags |= AttrFlag.GENERIC_SETATTR;
  type.attrFlags = flags;
  type.attrFlagsVersion = typeVersion.value;
  return flags;
}

/** Call after changing any type's namespace, bases or MRO. */
export function invalidateTypeCaches(): void {
  typeVersion.value++;
}

// ---- C3 linearization -------------------------------------------------------------------------

export function c3Mro(type: PyType, bases: readonly PyType[]): PyType[] {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const result: PyType[] = [type];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let candidate: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((other) => other.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) {
      const names = [...new Set(nonEmpty.map((s) => s[0].name))].join(", ");
      throw pyError(
        PyExc_TypeError,
        `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`,
      );
    }
    result.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}

// ---- Slots of heap types ---------------------------------------------------------------------

/** Subclasses of each type (for slot updates when a dunder is assigned on a base). */
const subclassesOf = new Map<PyType, PyType[]>();

export function subclassesOfType(t: PyType): readonly PyType[] {
  return subclassesOf.get(t) ?? [];
}

/** tp_call for instances of classes defining __call__. */
function slotCall(obj: PyObject, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const f = lookupType(obj.cls, "__call__");
  if (f === undefined) throw pyError(PyExc_TypeError, `'${obj.cls.name}' object is not callable`);
  if (f instanceof PyMethodDescriptor) return f.fn([obj, ...args], kwnames);
  if (typeOf(f).isMethodDescriptor) return call(f, [obj, ...args], kwnames);
  return call(bindDescriptor(f, obj, obj.cls), args, kwnames);
}

/** tp_iternext for classes defining __next__: StopIteration ends iteration. */
function slotIterNext(obj: PyObject): PyValue | undefined {
  try {
    return callSpecial(lookupType(obj.cls, "__next__")!, obj, []);
  } catch (e) {
    if (isBaseException(e) && e.cls.mro.includes(PyExc_StopIteration)) return undefined;
    throw e;
  }
}

function slotDescrGet(descr: PyObject, obj: PyValue | undefined, type: PyType): PyValue {
  const f = lookupType(descr.cls, "__get__")!;
  return callSpecial(f, descr, [obj === undefined ? None : obj, type]);
}

function slotDescrSet(descr: PyObject, obj: PyValue, value: PyValue | undefined): void {
  if (value === undefined) {
    const f = lookupType(descr.cls, "__delete__");
    if (f === undefined) throw attributeError("__delete__");
    callSpecial(f, descr, [obj]);
  } else {
    const f = lookupType(descr.cls, "__set__");
    if (f === undefined) throw attributeError("__set__");
    callSpecial(f, descr, [obj, value]);
  }
}

/** Recomputes the slots a heap type takes from its own and inherited namespaces. */
export function updateSlots(type: PyType): void {
  if (!type.isHeapType) return;
  const find = <K extends "tp_call" | "tp_iternext" | "tp_descr_get" | "tp_descr_set">(
    slot: K,
    dunders: string[],
    generic: PyType[K],
  ): PyType[K] => {
    for (const c of type.mro) {
      if (c.isHeapType) {
        if (dunders.some((d) => c.dict.map.has(d))) return generic;
      } else if (c[slot] !== null) return c[slot];
    }
    return null as PyType[K];
  };
  type.tp_call = find("tp_call", ["__call__"], slotCall);
  type.tp_iternext = find("tp_iternext", ["__next__"], slotIterNext);
  type.tp_descr_get = find("tp_descr_get", ["__get__"], slotDescrGet);
  type.tp_descr_set = find("tp_descr_set", ["__set__", "__delete__"], slotDescrSet);
  for (const sub of subclassesOfType(type)) updateSlots(sub);
}

/** `descr.__get__(obj, type)` for any descriptor (or descr itself if it has no __get__). */
export function bindDescriptor(descr: PyValue, obj: PyValue | undefined, type: PyType): PyValue {
  const get = typeOf(descr).tp_descr_get;
  return get === null ? descr : get(descr as PyObject, obj, type);
}

// ---- Calling a type ----------------------------------------------------------------------------

/** The allocate function of the nearest builtin (solid) base. */
export function allocatorOf(type: PyType): (cls: PyType) => PyObject {
  for (const c of type.mro) if (c.allocate !== null) return c.allocate;
  return (cls) => new PyObject(cls);
}

/** Calls a `__new__` found on a type: builtin or Python (staticmethod-wrapped) function. */
function callNew(newFn: PyValue, type: PyType, args: PyValue[], kwnames: readonly string[] | null) {
  if (newFn instanceof PyStaticMethod) newFn = newFn.func;
  return call(newFn, [type, ...args], kwnames);
}

const objectNewFn: { value: PyValue | undefined } = { value: undefined };
const objectInitFn: { value: PyValue | undefined } = { value: undefined };

/** Whether `init` would only repeat what `newFn` did (BaseException's pair). */
function skipsInit(newFn: PyValue, init: PyValue): boolean {
  const base = PyExc_BaseException.dict;
  return newFn === base.getStr("__new__") && init === base.getStr("__init__");
}

/** type.__call__: `cls(*args)` = cls.__new__(cls, *args), then __init__ if an instance. */
export function typeCall(
  typeObj: PyObject,
  args: PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  const type = typeObj as PyType;
  if (type === typeType && args.length === 1 && (kwnames === null || kwnames.length === 0)) {
    return typeOf(args[0]);
  }
  const newFn = lookupType(type, "__new__");
  let obj: PyValue;
  // The inlined object.__new__ (abstract classes take object.__new__'s own path, which refuses).
  if (newFn === objectNewFn.value && lookupType(type, "__abstractmethods__") === undefined) {
    // object.__new__: complain about arguments only if __init__ is not overridden either.
    const init = lookupType(type, "__init__");
    if (args.length > 0 && init === objectInitFn.value) {
      throw pyError(PyExc_TypeError, `${type.name}() takes no arguments`);
    }
    obj = allocatorOf(type)(type);
    if (init !== objectInitFn.value) {
      const r = callSpecial(init!, obj, args, kwnames);
      if (r !== None) {
        throw pyError(PyExc_TypeError, `__init__() should return None, not '${typeOf(r).name}'`);
      }
    }
    return obj;
  }
  if (newFn === undefined) throw pyError(PyExc_TypeError, `cannot create '${type.name}' instances`);
  obj = callNew(newFn, type, args, kwnames);
  // __init__ runs only when __new__ returned an instance of the class.
  if (!isSubtype(typeOf(obj), type)) return obj;
  const init = lookupType(typeOf(obj), "__init__");
  // BaseException.__new__ already did what BaseException.__init__ would (set args and the
  // layout's fields), so raising `E(x)` skips the second pass.
  if (
    init !== undefined && init !== objectInitFn.value &&
    !(skipsInit(newFn, init) && (kwnames === null || kwnames.length === 0))
  ) {
    const r = callSpecial(init, obj, args, kwnames);
    if (r !== None) {
      throw pyError(PyExc_TypeError, `__init__() should return None, not '${typeOf(r).name}'`);
    }
  }
  return obj;
}
typeType.tp_call = typeCall;

// ---- Class creation: type(name, bases, ns) ----------------------------------------------------

/** The most derived metaclass among `meta` and the bases' metaclasses (CPython's rule). */
export function calculateMetaclass(meta: PyType, bases: readonly PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (isSubtype(winner, bt)) continue;
    if (isSubtype(bt, winner)) {
      winner = bt;
      continue;
    }
    throw pyError(
      PyExc_TypeError,
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
  }
  return winner;
}

/** The "solid base" whose layout instances share: the most derived builtin base with a layout. */
function solidBase(t: PyType): PyType {
  for (const c of t.mro) {
    if (c.isHeapType || c.allocate === null) continue;
    // A builtin type that allocates as its base does adds no fields (CPython's extra_ivars):
    // LookupError and SystemError share BaseException's layout.
    const base = c.bases[0];
    if (base !== undefined && !base.isHeapType && base.allocate === c.allocate) continue;
    return c;
  }
  return objectType;
}

/** `_Py_Mangle` for a `__slots__` entry of class `className`. */
function mangleSlotName(className: string, n: string): string {
  if (!n.startsWith("__") || n.endsWith("__") || n.includes(".")) return n;
  const stripped = className.replace(/^_+/, "");
  return stripped === "" ? n : `_${stripped}${n}`;
}

/** type.__new__(metatype, name, bases, namespace, **kwargs). */
export function typeNew(
  metatype: PyType,
  name: string,
  basesArg: readonly PyValue[],
  namespace: PyDict,
  kwargs: PyDict | null,
): PyType {
  // If a more derived metaclass exists among the bases, it does the work.
  const winner = calculateMetaclass(metatype, basesArg);
  if (winner !== metatype) {
    const winnerNew = lookupType(winner, "__new__");
    if (winnerNew !== lookupType(typeType, "__new__")) {
      const kw = kwargs === null ? [] : [...kwargs.entries()];
      return callNew(
        winnerNew!,
        winner,
        [name, makeTuple(basesArg.slice()), namespace, ...kw.map((e) => e.value)],
        kw.length === 0 ? null : kw.map((e) => e.key as string),
      ) as PyType;
    }
    metatype = winner;
  }
  const bases: PyType[] = [];
  for (let i = 0; i < basesArg.length; i++) {
    if (basesArg.indexOf(basesArg[i]) !== i) {
      throw pyError(PyExc_TypeError, `duplicate base class ${(basesArg[i] as PyType).name}`);
    }
  }
  for (const b of basesArg) {
    if (!(b instanceof PyType)) {
      throw pyError(PyExc_TypeError, `bases must be types`);
    }
    if (b.isFinal) {
      throw pyError(PyExc_TypeError, `type '${b.name}' is not an acceptable base type`);
    }
    bases.push(b);
  }
  if (bases.length === 0) bases.push(objectType);
  const type = new PyType(metatype, name, bases);
  type.isHeapType = true;
  type.mro = c3Mro(type, bases);
  // Layout: all bases must share one solid base chain.
  let solid = solidBase(bases[0]);
  let bestBase = bases[0]; // CPython's best_base: the base whose solid base is most derived
  for (const b of bases.slice(1)) {
    const s = solidBase(b);
    if (isSubtype(s, solid)) {
      if (s !== solid) bestBase = b;
      solid = s;
    } else if (!isSubtype(solid, s)) {
      throw pyError(PyExc_TypeError, "multiple bases have instance lay-out conflict");
    }
  }
  type.base = bases[0];
  type.patmaFlags = bestBase.patmaFlags;
  type.allocate = solid.allocate;

  // Copy the namespace (the class body's locals) into the new type's dict.
  namespace.copyInto(type.dict);
  const dict = type.dict;
  if (!dict.map.has("__module__")) {
    const mod = currentThread?.frame?.globals.getStr("__name__");
    if (mod !== undefined) dict.setStr("__module__", mod);
  }
  const qualname = dict.getStr("__qualname__");
  if (qualname !== undefined) {
    if (typeof qualname !== "string") {
      throw pyError(
        PyExc_TypeError,
        `type __qualname__ must be a str, not ${typeOf(qualname).name}`,
      );
    }
    type.qualname = qualname;
    dict.deleteStr("__qualname__");
  }
  // __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
  const newFn = dict.getStr("__new__");
  if (newFn !== undefined && typeOf(newFn).isMethodDescriptor) {
    dict.setStr("__new__", new PyStaticMethod(newFn));
  }
  for (const implicit of ["__init_subclass__", "__class_getitem__"]) {
    const f = dict.getStr(implicit);
    if (f !== undefined && typeOf(f).isMethodDescriptor) {
      dict.setStr(implicit, new PyClassMethod(f));
    }
  }

  // Defining __eq__ without __hash__ makes instances unhashable.
  if (dict.map.has("__eq__") && !dict.map.has("__hash__")) dict.setStr("__hash__", None);

  // __slots__
  const slots = dict.getStr("__slots__");
  const baseHasDict = bases.some((b) => b.instancesHaveDict);
  if (slots === undefined) {
    type.instancesHaveDict = true;
  } else {
    const names = typeof slots === "string" ? [slots] : iterateToArray(slots);
    type.slotNames = [];
    type.instancesHaveDict = baseHasDict;
    for (let n of names) {
      if (typeof n !== "string") {
        throw pyError(PyExc_TypeError, `__slots__ items must be strings, not '${typeOf(n).name}'`);
      }
      if (n === "__dict__") {
        type.instancesHaveDict = true;
        continue;
      }
      if (n === "__weakref__") {
        // A weakref slot: the __weakref__ getset marks the class as weakly referenceable.
        if (!dict.map.has(n)) dict.setStr(n, weakrefDescriptor(type));
        continue;
      }
      // Private names are mangled as in the class body (`__x` in class C is `_C__x`).
      n = mangleSlotName(type.name, n);
      // A name listed twice (datetime's __slots__ repeat '_hashcode') is one slot.
      if (type.slotNames.includes(n)) continue;
      if (dict.map.has(n)) {
        throw pyError(PyExc_ValueError, `'${n}' in __slots__ conflicts with class variable`);
      }
      type.slotNames.push(n);
      dict.setStr(n, new PyMemberDescriptor(n, type));
    }
  }

  // The first class in a chain whose instances have a __dict__ gets the __dict__ and
  // __weakref__ descriptors in its namespace (as CPython's type_new does); __doc__ defaults to
  // None.
  // Bases with a __dict__ of their own (type's, for metaclasses) keep providing it.
  if (
    type.instancesHaveDict &&
    !bases.some((b) =>
      b !== objectType && (b.instancesHaveDict || lookupType(b, "__dict__") !== undefined)
    )
  ) {
    if (!dict.map.has("__dict__")) dict.setStr("__dict__", instanceDictDescriptor(type));
    if (!dict.map.has("__weakref__")) dict.setStr("__weakref__", weakrefDescriptor(type));
  }
  if (!dict.map.has("__doc__")) dict.setStr("__doc__", None);

  for (const b of bases) {
    const list = subclassesOf.get(b);
    if (list === undefined) subclassesOf.set(b, [type]);
    else list.push(type);
  }
  updateSlots(type);

  // __classcell__: the cell the body's zero-argument super() closes over.
  const cell = dict.getStr("__classcell__");
  if (cell !== undefined) {
    if (cell instanceof PyCell) cell.contents = type;
    dict.deleteStr("__classcell__");
  }

  // __set_name__ on descriptors, then the parent's __init_subclass__.
  for (const [, entry] of [...dict.map]) {
    const setName = lookupType(typeOf(entry.value), "__set_name__");
    if (setName !== undefined) {
      try {
        callSpecial(setName, entry.value, [type, entry.key]);
      } catch (e) {
        if (isBaseException(e)) {
          const err = pyError(
            PyExc_RuntimeError,
            `Error calling __set_name__ on '${typeOf(entry.value).name}' instance ${
              repr(entry.key)
            } in '${name}'`,
          );
          err.cause = e;
          err.context = e;
          err.suppressContext = true;
          throw err;
        }
        throw e;
      }
    }
  }
  const sup = new PySuper(type.mro[1] === undefined ? objectType : type, type, type);
  const initSub = getAttr(sup, "__init_subclass__");
  if (kwargs !== null && kwargs.size > 0) {
    const kw = [...kwargs.entries()];
    call(initSub, kw.map((e) => e.value), kw.map((e) => e.key as string));
  } else call(initSub, [], null);
  return type;
}

// ---- member descriptors (__slots__) -----------------------------------------------------------

export const memberDescriptorType: PyType = new PyType(typeType, "member_descriptor", [
  objectType,
]);
memberDescriptorType.isFinal = true;

/** A `__slots__` entry: its value lives in the instance's (hidden) dict under its name. */
export class PyMemberDescriptor extends PyObject {
  constructor(readonly name: string, readonly owner: PyType) {
    super(memberDescriptorType);
  }
}
/**
 * `__slots__` values, per object: kept apart from the instance __dict__ (a subclass without
 * __slots__ has both). Slots are rare, so a WeakMap keeps PyObject itself small.
 */
const slotValues = new WeakMap<PyObject, Map<string, PyValue>>();

memberDescriptorType.tp_descr_get = (d, obj) => {
  if (obj === undefined) return d;
  const m = d as PyMemberDescriptor;
  const v = slotValues.get(obj as PyObject)?.get(m.name);
  if (v === undefined) {
    throw attributeError(`'${typeOf(obj).name}' object has no attribute '${m.name}'`, obj, m.name);
  }
  return v;
};
memberDescriptorType.tp_descr_set = (d, obj, value) => {
  const m = d as PyMemberDescriptor;
  const o = obj as PyObject;
  const values = slotValues.get(o);
  if (value === undefined) {
    if (values === undefined || !values.delete(m.name)) throw attributeError(m.name, obj, m.name);
    return;
  }
  if (values === undefined) slotValues.set(o, new Map([[m.name, value]]));
  else values.set(m.name, value);
};
defineMethods(memberDescriptorType, {
  __repr__(args) {
    const m = args[0] as PyMemberDescriptor;
    return `<member '${m.name}' of '${m.owner.name}' objects>`;
  },
  __get__(args) {
    const obj = args[1];
    if (obj === None || obj === undefined) return args[0];
    return memberDescriptorType.tp_descr_get!(args[0] as PyObject, obj, typeOf(obj));
  },
  __set__(args) {
    memberDescriptorType.tp_descr_set!(args[0] as PyObject, args[1], args[2]);
    return None;
  },
  __delete__(args) {
    memberDescriptorType.tp_descr_set!(args[0] as PyObject, args[1], undefined);
    return None;
  },
});
defineGetter(memberDescriptorType, "__name__", (m) => (m as PyMemberDescriptor).name);
defineGetter(
  memberDescriptorType,
  "__qualname__",
  (m) => `${(m as PyMemberDescriptor).owner.qualname}.${(m as PyMemberDescriptor).name}`,
);
defineGetter(memberDescriptorType, "__objclass__", (m) => (m as PyMemberDescriptor).owner);

// ---- super ------------------------------------------------------------------------------------

export const superType: PyType = new PyType(typeType, "super", [objectType]);

/** super(type, obj): attribute lookup starting after `type` in the MRO of obj's type. */
export class PySuper extends PyObject {
  constructor(
    /** The class super() was called in (`__class__`). */
    readonly thisType: PyType,
    /** The bound object (an instance, or a class for classmethods), undefined if unbound. */
    readonly obj: PyValue | undefined,
    /** type(obj), or obj itself when obj is a subclass of thisType. */
    readonly objType: PyType | undefined,
    cls: PyType = superType,
  ) {
    super(cls);
  }
}
superType.allocate = (cls) => new PySuper(objectType, undefined, undefined, cls);

/** super(type, obj) checks: obj must be an instance or subclass of type. */
export function makeSuper(thisType: PyValue, obj: PyValue | undefined): PySuper {
  if (!(thisType instanceof PyType)) {
    throw pyError(
      PyExc_TypeError,
      `super() argument 1 must be a type, not ${typeOf(thisType).name}`,
    );
  }
  if (obj === undefined || obj === None) return new PySuper(thisType, undefined, undefined);
  let objType: PyType;
  if (obj instanceof PyType && isSubtype(obj, thisType)) objType = obj;
  else if (isSubtype(typeOf(obj), thisType)) objType = typeOf(obj);
  else {
    const cls = getAttrOrNull(obj, "__class__");
    if (cls instanceof PyType && isSubtype(cls, thisType)) objType = cls;
    else {
      throw pyError(
        PyExc_TypeError,
        "super(type, obj): obj must be an instance or subtype of type",
      );
    }
  }
  return new PySuper(thisType, obj, objType);
}

function getAttrOrNull(obj: PyValue, name: string): PyValue | null {
  try {
    return getAttr(obj, name);
  } catch (e) {
    if (isBaseException(e) && e.cls.mro.includes(PyExc_AttributeError)) return null;
    throw e;
  }
}

/** super().name: search the MRO of objType after thisType. */
export function superGetAttr(s: PySuper, name: string): PyValue {
  if (s.objType !== undefined && name !== "__class__") {
    const mro = s.objType.mro;
    let i = mro.indexOf(s.thisType);
    for (i++; i < mro.length; i++) {
      const entry = mro[i].dict.map.get(name);
      if (entry !== undefined) {
        const v = entry.value;
        const get = typeOf(v).tp_descr_get;
        if (get === null) return v;
        // Bound to obj; for a class (classmethod calls) obj is passed as "no instance".
        return get(v as PyObject, s.obj === s.objType ? undefined : s.obj, s.objType);
      }
    }
  }
  return genericGetAttr(s, name, false)!;
}

/**
 * Zero-argument super(): the `__class__` cell and the first argument of the running frame
 * (CPython's super_init_without_args).
 */
function superArgsFromFrame(): [PyValue, PyValue] {
  const f = currentThread?.frame ?? null;
  if (f === null) throw pyError(PyExc_RuntimeError, "super(): no current frame");
  const code = f.code;
  if (code.co_argcount === 0 && !(code.co_flags & CodeFlag.VARARGS)) {
    throw pyError(PyExc_RuntimeError, "super(): no arguments");
  }
  let first = f.slots[f.base];
  if (first instanceof PyCell && (code.co_localspluskinds[0] & LocalKind.CELL)) {
    first = first.contents;
  }
  if (first === undefined) throw pyError(PyExc_RuntimeError, "super(): arg[0] deleted");
  const names = code.co_localsplusnames;
  for (let i = 0; i < names.length; i++) {
    if (names[i] === "__class__" && (code.co_localspluskinds[i] & LocalKind.FREE)) {
      const cell = f.slots[f.base + i];
      const cls = cell instanceof PyCell ? cell.contents : undefined;
      if (cls === undefined) throw pyError(PyExc_RuntimeError, "super(): empty __class__ cell");
      return [cls, first];
    }
  }
  throw pyError(PyExc_RuntimeError, "super(): __class__ cell not found");
}

defineNew(superType, (cls) => new PySuper(objectType, undefined, undefined, cls));
defineMethods(superType, {
  __init__(args) {
    const self = args[0] as PySuper & { thisType: PyType; obj: PyValue; objType: PyType };
    let made: PySuper;
    if (args.length === 1) {
      const [t, o] = superArgsFromFrame();
      made = makeSuper(t, o);
    } else made = makeSuper(args[1], args[2]);
    Object.assign(self, { thisType: made.thisType, obj: made.obj, objType: made.objType });
    return None;
  },
  __getattribute__(args) {
    return superGetAttr(args[0] as PySuper, args[1] as string);
  },
  __repr__(args) {
    const s = args[0] as PySuper;
    if (s.objType === undefined) return `<super: <class '${s.thisType.name}'>, NULL>`;
    return `<super: <class '${s.thisType.name}'>, <${s.objType.name} object>>`;
  },
  __get__(args) {
    const s = args[0] as PySuper;
    const obj = args[1];
    if (obj === None || obj === undefined || s.obj !== undefined) return s;
    return makeSuper(s.thisType, obj);
  },
});
defineGetter(superType, "__thisclass__", (s) => (s as PySuper).thisType);
defineGetter(superType, "__self__", (s) => (s as PySuper).obj ?? None);
defineGetter(superType, "__self_class__", (s) => (s as PySuper).objType ?? None);

// ---- type's own attributes ---------------------------------------------------------------------

/** The `__module__` of a type: "builtins" for builtin types. */
export function typeModule(t: PyType): PyValue {
  const module = t.dict.getStr("__module__");
  // (type's own namespace holds the __module__ getset descriptor, not a module name.)
  if (module !== undefined && (t.isHeapType || typeof module === "string")) return module;
  // A static type's dotted name carries its module ("collections.deque"), as CPython's tp_name.
  const dot = t.isHeapType ? -1 : t.name.lastIndexOf(".");
  return dot >= 0 ? t.name.slice(0, dot) : "builtins";
}

export function typeRepr(t: PyType): string {
  const mod = typeModule(t);
  if (typeof mod === "string" && mod !== "builtins") return `<class '${mod}.${t.qualname}'>`;
  return `<class '${t.qualname}'>`;
}

defineNew(typeType, (metatype, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos === 1 && nkw === 0 && metatype === typeType) return typeOf(args[0]);
  if (npos !== 3) throw pyError(PyExc_TypeError, "type() takes 1 or 3 arguments");
  const [name, bases, ns] = args;
  if (typeof name !== "string") {
    throw pyError(
      PyExc_TypeError,
      `type.__new__() argument 1 must be str, not ${typeOf(name).name}`,
    );
  }
  if (!(bases instanceof PyTuple)) {
    throw pyError(
      PyExc_TypeError,
      `type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`,
    );
  }
  if (!(ns instanceof PyDict)) {
    throw pyError(
      PyExc_TypeError,
      `type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`,
    );
  }
  let kwargs: PyDict | null = null;
  if (nkw > 0) {
    kwargs = new PyDict();
    for (let i = 0; i < nkw; i++) kwargs.setStr(kwnames![i], args[npos + i]);
  }
  return typeNew(metatype, name, bases.items, ns, kwargs);
});

defineMethods(typeType, {
  __init__() {
    return None;
  },
  __repr__(args) {
    return typeRepr(args[0] as PyType);
  },
  __call__(args, kwnames) {
    return typeCall(args[0] as PyType, args.slice(1), kwnames);
  },
  __getattribute__(args) {
    return typeGetAttr(args[0] as PyType, args[1] as string, false)!;
  },
  __setattr__(args) {
    typeSetAttr(args[0] as PyType, args[1] as string, args[2]);
    return None;
  },
  __delattr__(args) {
    typeSetAttr(args[0] as PyType, args[1] as string, undefined);
    return None;
  },
  mro(args) {
    if (args.length !== 1) {
      throw pyError(
        PyExc_TypeError,
        `${(args[0] as PyType).name}.mro() takes no arguments (${args.length - 1} given)`,
      );
    }
    return new PyList((args[0] as PyType).mro.slice());
  },
  __subclasses__(args) {
    return new PyList(subclassesOfType(args[0] as PyType).slice());
  },
  __instancecheck__(args) {
    return isSubtype(typeOf(args[1]), args[0] as PyType);
  },
  __subclasscheck__(args) {
    const sub = args[1];
    if (!(sub instanceof PyType)) {
      throw pyError(PyExc_TypeError, "issubclass() arg 1 must be a class");
    }
    return isSubtype(sub, args[0] as PyType);
  },
  __or__(args) {
    return makeUnion(args[0], args[1]);
  },
  __ror__(args) {
    return makeUnion(args[1], args[0]);
  },
  __dir__(args) {
    const t = args[0] as PyType;
    const names = new Set<string>();
    for (const c of t.mro) for (const k of c.dict.keys()) names.add(k as string);
    return new PyList([...names]);
  },
});

defineClassMethod(typeType, "__prepare__", () => new PyDict());

/** CPython's check_set_special_type_attr: builtin types are immutable, these never deletable. */
function checkSpecialTypeAttr(type: PyType, name: string, v: PyValue | undefined): void {
  if (!type.isHeapType) {
    throw pyError(
      PyExc_TypeError,
      `cannot set '${name}' attribute of immutable type '${type.name}'`,
    );
  }
  if (v === undefined) {
    throw pyError(
      PyExc_TypeError,
      `cannot delete '${name}' attribute of immutable type '${type.name}'`,
    );
  }
}

// A static type's name may be dotted ("collections.deque", as CPython's tp_name): its
// __name__ is the part after the last dot.
defineGetter(typeType, "__name__", (t) => {
  const name = (t as PyType).name;
  return (t as PyType).isHeapType ? name : name.slice(name.lastIndexOf(".") + 1);
}, (t, v) => {
  checkSpecialTypeAttr(t as PyType, "__name__", v);
  if (typeof v !== "string") {
    throw pyError(
      PyExc_TypeError,
      `can only assign string to ${(t as PyType).name}.__name__, not '${typeOf(v ?? None).name}'`,
    );
  }
  (t as PyType).name = v;
});
defineGetter(typeType, "__qualname__", (t) => (t as PyType).qualname, (t, v) => {
  checkSpecialTypeAttr(t as PyType, "__qualname__", v);
  if (typeof v !== "string") {
    throw pyError(
      PyExc_TypeError,
      `can only assign string to ${(t as PyType).name}.__qualname__, not '${
        typeOf(v ?? None).name
      }'`,
    );
  }
  (t as PyType).qualname = v;
});
defineGetter(typeType, "__mro__", (t) => makeTuple((t as PyType).mro));
defineGetter(typeType, "__bases__", (t) => makeTuple((t as PyType).bases), (t, v) => {
  const type = t as PyType;
  checkSpecialTypeAttr(type, "__bases__", v);
  if (!(v instanceof PyTuple)) {
    throw pyError(
      PyExc_TypeError,
      `can only assign tuple to ${type.name}.__bases__, not ${typeOf(v ?? None).name}`,
    );
  }
  if (v.items.length === 0) {
    throw pyError(
      PyExc_TypeError,
      `can only assign non-empty tuple to ${type.name}.__bases__, not ()`,
    );
  }
  const bases = v.items as PyType[];
  for (const b of bases) {
    if (!(b instanceof PyType)) {
      throw pyError(
        PyExc_TypeError,
        `${type.name}.__bases__ must be tuple of classes, not '${typeOf(b).name}'`,
      );
    }
    if (isSubtype(b, type)) {
      throw pyError(PyExc_TypeError, "a __bases__ item causes an inheritance cycle");
    }
  }
  const mro = c3Mro(type, bases);
  for (const b of type.bases) {
    const list = subclassesOf.get(b);
    if (list !== undefined) list.splice(list.indexOf(type), 1);
  }
  type.bases = bases.slice();
  type.base = bases[0];
  type.mro = mro;
  for (const b of bases) {
    const list = subclassesOf.get(b);
    if (list === undefined) subclassesOf.set(b, [type]);
    else list.push(type);
  }
  // Subclasses recompute their MROs from the new chain.
  const redo = (t: PyType) => {
    for (const sub of subclassesOfType(t)) {
      sub.mro = c3Mro(sub, sub.bases);
      redo(sub);
    }
  };
  redo(type);
  invalidateTypeCaches();
  updateSlots(type);
});
defineGetter(typeType, "__base__", (t) => (t as PyType).base ?? None);
defineGetter(typeType, "__dict__", (t) => new PyMappingProxy((t as PyType).dict));
defineGetter(typeType, "__module__", (t) => typeModule(t as PyType), (t, v) => {
  checkSpecialTypeAttr(t as PyType, "__module__", v);
  (t as PyType).dict.setStr("__module__", v!);
  invalidateTypeCaches();
});
defineGetter(typeType, "__doc__", (t) => {
  const d = (t as PyType).dict.getStr("__doc__");
  return d === undefined ? None : bindDescriptor(d, undefined, t as PyType);
}, (t, v) => {
  checkSpecialTypeAttr(t as PyType, "__doc__", v);
  (t as PyType).dict.setStr("__doc__", v!);
  invalidateTypeCaches();
});
defineGetter(typeType, "__abstractmethods__", (t) => {
  const v = (t as PyType).dict.getStr("__abstractmethods__");
  if (v === undefined) throw attributeError("__abstractmethods__");
  return v;
}, (t, v) => {
  if (v === undefined) (t as PyType).dict.deleteStr("__abstractmethods__");
  else (t as PyType).dict.setStr("__abstractmethods__", v);
  invalidateTypeCaches();
});
defineGetter(typeType, "__text_signature__", () => None);

/** The builtin bases CPython marks with a fast-subclass flag (Py_TPFLAGS_*_SUBCLASS). */
const subclassFlags: readonly [string, number][] = [
  ["int", 1 << 24],
  ["list", 1 << 25],
  ["tuple", 1 << 26],
  ["bytes", 1 << 27],
  ["str", 1 << 28],
  ["dict", 1 << 29],
  ["BaseException", 1 << 30],
  ["type", 2 ** 31],
];
/** The builtin types CPython marks Py_TPFLAGS_SEQUENCE (`dict` is the one MAPPING). */
const builtinSequenceNames = new Set([
  "list",
  "tuple",
  "range",
  "memoryview",
  "collections.deque",
  "array.array",
]);
/**
 * Py_TPFLAGS_SEQUENCE (32) / Py_TPFLAGS_MAPPING (64) of a type: what _abc set, else what it
 * inherits from the builtin sequences and dict.
 */
export function patmaFlagsOf(t: PyType): number {
  if (t.patmaFlags !== 0) return t.patmaFlags;
  for (const c of t.mro) {
    if (c.isHeapType) continue;
    if (c.name === "dict") return 64;
    if (builtinSequenceNames.has(c.name)) return 32;
  }
  return 0;
}
// type.__flags__: the Py_TPFLAGS bits Python code tests (copyreg's HEAPTYPE, inspect's
// IS_ABSTRACT, the fast-subclass bits), computed from what Coil's types record.
defineGetter(typeType, "__flags__", (o) => {
  const t = o as PyType;
  let flags = (1 << 12) | (1 << 14); // READY, HAVE_GC
  flags |= t.isHeapType ? 1 << 9 : 1 << 8; // HEAPTYPE, or IMMUTABLETYPE for static types
  if (!t.isFinal) flags |= 1 << 10; // BASETYPE
  const abstract = t.dict.getStr("__abstractmethods__");
  if (abstract !== undefined && !(abstract instanceof PyGetSetDescriptor) && isTrue(abstract)) {
    flags |= 1 << 20;
  }
  for (const c of t.mro) {
    if (c.isHeapType) continue;
    for (const [name, bit] of subclassFlags) if (c.name === name) flags |= bit;
  }
  return flags | patmaFlagsOf(t);
});

// ---- mappingproxy (type.__dict__) ---------------------------------------------------------------

export const mappingProxyType: PyType = new PyType(typeType, "mappingproxy", [objectType]);
export class PyMappingProxy extends PyObject {
  /** Any mapping (a class's dict for type.__dict__; types.MappingProxyType(m) takes any). */
  constructor(readonly mapping: PyObject) {
    super(mappingProxyType);
  }
}
defineNew(mappingProxyType, (_cls, args, kwnames) => {
  const [mapping] = bindArgs("mappingproxy", args, kwnames, ["mapping"], 1);
  const m = mapping!;
  const t = typeOf(m);
  if (
    !(m instanceof PyObject) || lookupType(t, "__getitem__") === undefined ||
    isSubtype(t, listType) || isSubtype(t, tupleType)
  ) {
    throw pyError(
      PyExc_TypeError,
      `mappingproxy() argument must be a mapping, not ${t.name}`,
    );
  }
  return new PyMappingProxy(m);
});
const proxyForward = (name: string) => (args: PyValue[], kw: readonly string[] | null) =>
  call(getAttr((args[0] as PyMappingProxy).mapping, name), args.slice(1), kw);
defineMethods(mappingProxyType, {
  __getitem__: proxyForward("__getitem__"),
  __contains__: proxyForward("__contains__"),
  __iter__: proxyForward("__iter__"),
  __len__: proxyForward("__len__"),
  get: proxyForward("get"),
  keys: proxyForward("keys"),
  values: proxyForward("values"),
  items: proxyForward("items"),
  copy: proxyForward("copy"),
  __repr__(args) {
    return `mappingproxy(${repr((args[0] as PyMappingProxy).mapping)})`;
  },
  // mappingproxy_richcompare: the whole comparison (reflection included) on the mapping.
  __eq__: (args) => richCompare((args[0] as PyMappingProxy).mapping, args[1], CompareOp.EQ),
  __ne__: (args) => richCompare((args[0] as PyMappingProxy).mapping, args[1], CompareOp.NE),
  __lt__: (args) => richCompare((args[0] as PyMappingProxy).mapping, args[1], CompareOp.LT),
  __le__: (args) => richCompare((args[0] as PyMappingProxy).mapping, args[1], CompareOp.LE),
  __gt__: (args) => richCompare((args[0] as PyMappingProxy).mapping, args[1], CompareOp.GT),
  __ge__: (args) => richCompare((args[0] as PyMappingProxy).mapping, args[1], CompareOp.GE),
  __reversed__: proxyForward("__reversed__"),
  __or__(args) {
    const other = args[1] instanceof PyMappingProxy ? args[1].mapping : args[1];
    return binaryOp(
      args[0] instanceof PyMappingProxy ? args[0].mapping : args[0],
      other,
      BinaryOp.OR,
    );
  },
  __ror__(args) {
    const other = args[1] instanceof PyMappingProxy ? args[1].mapping : args[1];
    return binaryOp(other, (args[0] as PyMappingProxy).mapping, BinaryOp.OR);
  },
  __str__(args) {
    return str((args[0] as PyMappingProxy).mapping);
  },
});
mappingProxyType.dict.setStr("__hash__", None);

// ---- object ------------------------------------------------------------------------------------

defineNew(objectType, (cls, args, kwnames) => {
  const solid = solidBase(cls);
  if (solid !== objectType && solid.dict.getStr("__new__") !== objectNewFn.value) {
    throw pyError(
      PyExc_TypeError,
      `object.__new__(${cls.name}) is not safe, use ${solid.name}.__new__()`,
    );
  }
  const hasArgs = args.length > 0;
  if (hasArgs) {
    // Excess arguments are an error unless __init__ is overridden and __new__ is not.
    const newOverridden = lookupType(cls, "__new__") !== objectNewFn.value;
    const initOverridden = lookupType(cls, "__init__") !== objectInitFn.value;
    if (newOverridden || !initOverridden) {
      throw pyError(
        PyExc_TypeError,
        newOverridden
          ? "object.__new__() takes exactly one argument (the type to instantiate)"
          : `${cls.name}() takes no arguments`,
      );
    }
  }
  void kwnames;
  const abstract = cls.dict.getStr("__abstractmethods__") ??
    (cls.isHeapType ? lookupType(cls, "__abstractmethods__") : undefined);
  if (abstract !== undefined && abstract !== None) {
    const names = iterateToArray(abstract).map((n) => String(n)).sort();
    if (names.length > 0) {
      throw pyError(
        PyExc_TypeError,
        `Can't instantiate abstract class ${cls.name} with abstract method${
          names.length > 1 ? "s" : ""
        } ${names.join(", ")}`,
      );
    }
  }
  return allocatorOf(cls)(cls);
});
objectNewFn.value = objectType.dict.getStr("__new__");
objectType.allocate = (cls) => new PyObject(cls);

defineMethods(objectType, {
  __init__(args, kwnames) {
    const self = args[0];
    if (args.length > 1 || (kwnames !== null && kwnames.length > 0)) {
      const t = typeOf(self);
      const initOverridden = lookupType(t, "__init__") !== objectInitFn.value;
      const newOverridden = lookupType(t, "__new__") !== objectNewFn.value;
      if (initOverridden || !newOverridden) {
        throw pyError(
          PyExc_TypeError,
          initOverridden
            ? "object.__init__() takes exactly one argument (the instance to initialize)"
            : `${t.name}.__init__() takes exactly one argument (the instance to initialize)`,
        );
      }
    }
    return None;
  },
  __repr__(args) {
    const self = args[0];
    const t = typeOf(self);
    const mod = typeModule(t);
    const prefix = typeof mod === "string" && mod !== "builtins" ? `${mod}.` : "";
    return `<${prefix}${t.qualname} object at 0x${
      identityHash(self).toString(16).padStart(12, "0")
    }>`;
  },
  __str__(args) {
    return repr(args[0]);
  },
  __eq__(args) {
    return args[0] === args[1] ? true : NotImplemented;
  },
  __ne__(args) {
    // Inverts __eq__ unless it returned NotImplemented (CPython's object_richcompare).
    const eq = lookupType(typeOf(args[0]), "__eq__")!;
    const r = callSpecial(eq, args[0], [args[1]]);
    return r === NotImplemented ? r : !isTrue(r);
  },
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __hash__(args) {
    return identityHash(args[0]);
  },
  __getattribute__(args) {
    const name = args[1];
    if (typeof name !== "string") {
      throw pyError(
        PyExc_TypeError,
        `attribute name must be string, not '${typeOf(name).name}'`,
      );
    }
    return genericGetAttr(args[0], name, false)!;
  },
  __setattr__(args) {
    const name = args[1];
    if (typeof name !== "string") {
      throw pyError(
        PyExc_TypeError,
        `attribute name must be string, not '${typeOf(name).name}'`,
      );
    }
    genericSetAttr(args[0], name, args[2]);
    return None;
  },
  __delattr__(args) {
    genericSetAttr(args[0], args[1] as string, undefined);
    return None;
  },
  __format__(args) {
    const spec = args[1];
    if (typeof spec !== "string") {
      throw pyError(
        PyExc_TypeError,
        `__format__() argument must be str, not ${typeOf(spec).name}`,
      );
    }
    if (spec !== "") {
      throw pyError(
        PyExc_TypeError,
        `unsupported format string passed to ${typeOf(args[0]).name}.__format__`,
      );
    }
    return str(args[0]);
  },
  __dir__(args) {
    const self = args[0];
    const names = new Set<string>();
    if (self instanceof PyObject && self.dict !== null && typeOf(self).instancesHaveDict) {
      for (const k of self.dict.keys()) if (typeof k === "string") names.add(k);
    }
    for (const c of typeOf(self).mro) for (const k of c.dict.keys()) names.add(k as string);
    return new PyList([...names]);
  },
  // The pickle/copy protocol (typeobject.c's reduce_newobj and friends): see pickling.ts.
  __reduce_ex__: (args) => objectReduceEx(args),
  __reduce__: (args) => objectReduce0(args),
  __getstate__: (args) => objectGetStateMethod(args),
  __sizeof__() {
    return 16;
  },
});
objectInitFn.value = objectType.dict.getStr("__init__");
requireNoArgs(objectType, ["__reduce__", "__getstate__"]);
objectType.dict.setStr(
  "__doc__",
  "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n",
);

defineClassMethod(objectType, "__init_subclass__", (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError(
      PyExc_TypeError,
      `${(args[0] as PyType).name}.__init_subclass__() takes no keyword arguments`,
    );
  }
  return None;
});
defineClassMethod(objectType, "__subclasshook__", () => NotImplemented);

defineGetter(objectType, "__class__", (o) => typeOf(o), (o, v) => {
  if (!(v instanceof PyType)) {
    throw pyError(
      PyExc_TypeError,
      `__class__ must be set to a class, not '${typeOf(v ?? None).name}' object`,
    );
  }
  const obj = o as PyObject;
  if (!(obj instanceof PyObject) || !obj.cls.isHeapType || !v.isHeapType) {
    throw pyError(
      PyExc_TypeError,
      "__class__ assignment only supported for mutable types or ModuleType subclasses",
    );
  }
  if (!sameLayout(obj.cls, v)) {
    throw pyError(
      PyExc_TypeError,
      `__class__ assignment: '${v.name}' object layout differs from '${obj.cls.name}'`,
    );
  }
  obj.cls = v;
});

/** Whether instances of a and b are interchangeable (same solid base, slots and __dict__). */
function sameLayout(a: PyType, b: PyType): boolean {
  if (solidBase(a) !== solidBase(b) || a.instancesHaveDict !== b.instancesHaveDict) return false;
  const slots = (t: PyType) => t.mro.flatMap((c) => c.slotNames ?? []).join(",");
  return slots(a) === slots(b);
}

function instanceDictDescriptor(owner: PyType): PyGetSetDescriptor {
  return new PyGetSetDescriptor(
    "__dict__",
    owner,
    (o) => (o as PyObject).dict ??= new PyDict(),
    (o, v) => {
      if (v === undefined) {
        (o as PyObject).dict = null;
        return;
      }
      if (!(v instanceof PyDict)) {
        throw pyError(
          PyExc_TypeError,
          `__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`,
        );
      }
      (o as PyObject).dict = v;
    },
  );
}

function weakrefDescriptor(owner: PyType): PyGetSetDescriptor {
  return new PyGetSetDescriptor("__weakref__", owner, () => None, null);
}

/** `__dict__` of instances: the (lazily made) instance dict. */
export function instanceDict(o: PyObject): PyDict {
  return o.dict ??= new PyDict();
}

// Silence "unused" for helpers kept for symmetry with CPython's API.
