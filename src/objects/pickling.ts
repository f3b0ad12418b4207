// object's side of the pickle/copy protocol: object.__reduce_ex__, object.__reduce__ and
// object.__getstate__ (CPython's Objects/typeobject.c: reduce_newobj, _common_reduce,
// object_getstate, _PyType_GetSlotNames). The Python halves (copyreg.__newobj__,
// copyreg._reconstructor, copyreg._reduce_ex, copyreg._slotnames) come from CPython's Lib.
import { PyBuiltinFunction, type PyMethodDescriptor } from "./builtin_function.ts";
import {
  dictType,
  None,
  objectType,
  PyDict,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
} from "./object.ts";
import { pyError, PyExc_RuntimeError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.ts";
import {
  asIndex,
  call,
  callSpecial,
  getAttr,
  getAttrOrUndefined,
  getIter,
  lookupSpecial,
} from "./abstract.ts";
import { makeTuple, PyTuple } from "./tuple.ts";
import { listType, PyList } from "./list.ts";
import { importInCurrent } from "./module_registry.ts";
import { typeModule } from "./type.ts";

function importCopyreg(): PyValue {
  return importInCurrent("copyreg");
}

const isSub = (v: PyValue, t: PyType) => typeOf(v).mro.includes(t);

/** The first builtin (static) type along type's MRO: whose C layout its instances have. */
function builtinBase(t: PyType): PyType {
  for (const c of t.mro) if (!c.isHeapType) return c;
  return objectType;
}

/** Types whose instances CPython sizes per item (tp_itemsize): int, bytes, tuple, code. */
const variableSizeNames = new Set(["int", "bytes", "tuple", "code"]);

/** CPython's tp_name: a static type outside builtins is named with its module. */
function tpName(t: PyType): string {
  if (t.isHeapType || t.name.includes(".")) return t.name;
  const module = typeModule(t);
  return typeof module === "string" && module !== "builtins" ? `${module}.${t.name}` : t.name;
}

/** `_PyType_GetSlotNames`: cls.__dict__['__slotnames__'] or copyreg._slotnames(cls). */
function slotNames(cls: PyType): PyValue {
  const cached = cls.dict.getStr("__slotnames__");
  if (cached !== undefined) {
    if (cached !== None && !(cached instanceof PyList)) {
      throw pyError(
        PyExc_TypeError,
        `${cls.name}.__slotnames__ should be a list or None, not ${typeOf(cached).name}`,
      );
    }
    return cached;
  }
  const names = call(getAttr(importCopyreg(), "_slotnames"), [cls], null);
  if (names !== None && !(names instanceof PyList)) {
    throw pyError(PyExc_TypeError, "copyreg._slotnames didn't return a list or None");
  }
  return names;
}

/**
 * `object_getstate_default`: the instance `__dict__` (None when absent or empty) plus, when any
 * slot is set, a dict of slot values as `(dict, slots)`. `required`: the object is rebuilt
 * with no constructor arguments, so a native layout it cannot restore is an error.
 */
function defaultGetState(obj: PyValue, required: boolean): PyValue {
  const type = typeOf(obj);
  if (required) {
    const base = builtinBase(type);
    if (variableSizeNames.has(base.name)) {
      throw pyError(PyExc_TypeError, `cannot pickle ${tpName(type)} objects`);
    }
    if (base !== objectType) {
      throw pyError(PyExc_TypeError, `cannot pickle '${tpName(type)}' object`);
    }
  }
  const dict = obj instanceof PyObject ? obj.dict : null;
  let state: PyValue = dict === null || dict.size === 0 ? None : dict;
  const names = slotNames(type);
  if (names instanceof PyList && names.items.length > 0) {
    const slots = new PyDict();
    const n = names.items.length;
    for (let i = 0; i < n; i++) {
      const name = names.items[i];
      const value = getAttrOrUndefined(obj, name as string);
      if (value !== undefined) slots.set(name, value);
      // The list is stored on the class, so the getattr may have changed it.
      if (names.items.length !== n) {
        throw pyError(PyExc_RuntimeError, "__slotsname__ changed size during iteration");
      }
    }
    if (slots.size > 0) state = makeTuple([state, slots]);
  }
  return state;
}

/** The native function of object.__getstate__ (its bound methods share it). */
const objectGetState: { fn: unknown } = { fn: undefined };

/** `object_getstate`: obj.__getstate__(), or the default with `required` when not overridden. */
function getState(obj: PyValue, required: boolean): PyValue {
  const getstate = getAttr(obj, "__getstate__");
  objectGetState.fn ??= (objectType.dict.getStr("__getstate__") as PyMethodDescriptor).fn;
  if (
    getstate instanceof PyBuiltinFunction && getstate.self === obj &&
    getstate.fn === objectGetState.fn
  ) {
    return defaultGetState(obj, required);
  }
  return call(getstate, [], null);
}

/** `_PyObject_GetNewArguments`: (args, kwargs) from __getnewargs_ex__ / __getnewargs__. */
function newArguments(obj: PyValue): [PyTuple | null, PyDict | null] {
  const getnewargsEx = lookupSpecial(obj, "__getnewargs_ex__");
  if (getnewargsEx !== undefined) {
    const r = callSpecial(getnewargsEx, obj, []);
    if (!(r instanceof PyTuple)) {
      throw pyError(
        PyExc_TypeError,
        `__getnewargs_ex__ should return a tuple, not '${typeOf(r).name}'`,
      );
    }
    if (r.items.length !== 2) {
      throw pyError(
        PyExc_ValueError,
        `__getnewargs_ex__ should return a tuple of length 2, not ${r.items.length}`,
      );
    }
    const [args, kwargs] = r.items;
    if (!(args instanceof PyTuple)) {
      throw pyError(
        PyExc_TypeError,
        `first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${
          typeOf(args).name
        }'`,
      );
    }
    if (!(kwargs instanceof PyDict)) {
      throw pyError(
        PyExc_TypeError,
        `second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${
          typeOf(kwargs).name
        }'`,
      );
    }
    return [args, kwargs];
  }
  const getnewargs = lookupSpecial(obj, "__getnewargs__");
  if (getnewargs !== undefined) {
    const args = callSpecial(getnewargs, obj, []);
    if (!(args instanceof PyTuple)) {
      throw pyError(
        PyExc_TypeError,
        `__getnewargs__ should return a tuple, not '${typeOf(args).name}'`,
      );
    }
    return [args, null];
  }
  return [null, null];
}

/** `reduce_newobj`: the protocol 2+ reduction (copyreg.__newobj__ / __newobj_ex__). */
function reduceNewObj(obj: PyValue): PyValue {
  const type = typeOf(obj);
  const [args, kwargs] = newArguments(obj);
  const copyreg = importCopyreg();
  let newobj: PyValue, newargs: PyValue;
  if (kwargs === null || kwargs.size === 0) {
    newobj = getAttr(copyreg, "__newobj__");
    newargs = makeTuple(args === null ? [type] : [type, ...args.items]);
  } else {
    newobj = getAttr(copyreg, "__newobj_ex__");
    newargs = makeTuple([type, args!, kwargs]);
  }
  const isList = isSub(obj, listType);
  const isDict = isSub(obj, dictType);
  const state = getState(obj, !(args !== null || isList || isDict));
  const listitems = isList ? getIter(obj) : None;
  const dictitems = isDict ? getIter(callSpecial(getAttr(obj, "items"), obj, [])) : None;
  return makeTuple([newobj, newargs, state, listitems, dictitems]);
}

/** `_common_reduce`: reduce_newobj for protocol 2+, else copyreg._reduce_ex(self, proto). */
function commonReduce(obj: PyValue, protocol: number | bigint): PyValue {
  if (protocol >= 2) return reduceNewObj(obj);
  return call(getAttr(importCopyreg(), "_reduce_ex"), [obj, protocol], null);
}

const objectReduce: { fn: PyValue | undefined } = { fn: undefined };

/** object.__reduce_ex__(protocol): a class's own __reduce__ wins over the default. */
export function objectReduceEx(args: PyValue[]): PyValue {
  const self = args[0];
  const protocol = asIndex(args[1]);
  const reduce = getAttrOrUndefined(self, "__reduce__");
  if (reduce !== undefined) {
    objectReduce.fn ??= objectType.dict.getStr("__reduce__");
    const clsReduce = getAttr(typeOf(self), "__reduce__");
    if (clsReduce !== objectReduce.fn) return call(reduce, [], null);
  }
  return commonReduce(self, protocol);
}

/** object.__reduce__(): the protocol 0 reduction. */
export function objectReduce0(args: PyValue[]): PyValue {
  return commonReduce(args[0], 0);
}

/** object.__getstate__(): the default state, never refusing a native layout. */
export function objectGetStateMethod(args: PyValue[]): PyValue {
  return defaultGetState(args[0], false);
}

/** `_PyObject_GetState`: obj.__getstate__() (the default never refuses a layout). */
export function objectState(obj: PyValue): PyValue {
  return getState(obj, false);
}
