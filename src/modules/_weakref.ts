// _weakref: weak references (CPython's Objects/weakrefobject.c and Modules/_weakref.c).
//
// Coil has no reference counting, so a referent does not die when its last strong reference
// goes away: each weak reference holds a JavaScript WeakRef to its referent, and one
// FinalizationRegistry entry per referent clears the referent's weak references and runs their
// callbacks once V8 has collected it. V8 keeps every WeakRef target alive until the current
// synchronous job ends, so during a synchronous Python run no referent ever dies
// (docs/weakref.md says what Python code sees).
//
// Each referent's weak references are kept in CPython's order (the callback-less ReferenceType
// first, then the callback-less proxy, then the others newest first), held weakly themselves:
// a weak reference object that is collected before its referent runs no callback, as in CPython.
import {
  None,
  NotImplemented,
  objectType,
  PyDict,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import {
  builtinFunctionType,
  checkArgs,
  defineClassMethod,
  defineGetter,
  defineMethods,
  defineNew,
  type NativeFn,
  PyBuiltinFunction,
} from "../objects/builtin_function.ts";
import { pyError, PyExc_ReferenceError, PyExc_TypeError } from "../objects/exceptions.ts";
import { functionType } from "../objects/function.ts";
import { methodType } from "../objects/method.ts";
import { codeType } from "../objects/code.ts";
import { asyncGeneratorType, coroutineType, generatorType } from "../objects/generator.ts";
import { frozenSetType, setType } from "../objects/set.ts";
import { memoryViewType } from "../objects/memoryview.ts";
import { genericAliasType, makeGenericAlias } from "../objects/genericalias.ts";
import { PyList } from "../objects/list.ts";
import { tupleType } from "../objects/tuple.ts";
import { bytesType } from "../objects/bytes.ts";
import { intType } from "../objects/object.ts";
import { PyExc_ExceptionGroup } from "../objects/exceptions.ts";
import { PyGetSetDescriptor } from "../objects/builtin_function.ts";
import { moduleType, PyModule } from "../runtime/module_object.ts";
import { currentThread } from "../runtime/thread_state.ts";
import { writeUnraisable } from "../runtime/unraisable.ts";
import { BinaryOp, CompareOp } from "../compiler/opcodes.ts";
import * as ops from "../runtime/ops.ts";

// ---- Which objects support weak references (CPython's tp_weaklistoffset != 0) ---------------

/** Builtin types whose instances CPython lets be weakly referenced. */
const WEAKREFABLE_BUILTINS = new Set<PyType>([
  typeType,
  functionType,
  methodType,
  builtinFunctionType,
  moduleType,
  setType,
  frozenSetType,
  codeType,
  generatorType,
  coroutineType,
  asyncGeneratorType,
  memoryViewType,
  genericAliasType,
  PyExc_ExceptionGroup,
]);

/** Builtin bases with variable-size instances: their subclasses cannot add a weakref slot. */
const VARSIZE_BASES = new Set<PyType>([intType, tupleType, bytesType]);

const supportMemo = new WeakMap<PyType, boolean>();

/**
 * Whether instances of `t` can be weakly referenced: a builtin type in the table above, or a
 * class along the MRO with a `__weakref__` getset of its own (type.__new__ adds one to classes
 * without __slots__ and to those naming "__weakref__" in theirs; other modules' builtin types
 * opt in the same way).
 */
function supportsWeakrefs(t: PyType): boolean {
  const memo = supportMemo.get(t);
  if (memo !== undefined) return memo;
  let result = false;
  for (const c of t.mro) {
    if (!c.isHeapType && VARSIZE_BASES.has(c)) {
      result = false;
      break;
    }
    if (WEAKREFABLE_BUILTINS.has(c)) {
      result = true;
      break;
    }
    const d = c.dict.map.get("__weakref__")?.value;
    if (d instanceof PyGetSetDescriptor && d.objclass === c) {
      result = true;
      // keep scanning for a variable-size builtin base (int subclasses get no weakref slot)
    }
  }
  // Namespaces of heap types can change, so only builtin types are memoized.
  if (!t.isHeapType) supportMemo.set(t, result);
  return result;
}

// ---- Weak reference objects -------------------------------------------------------------------

/** A referent's weak references, in CPython's list order, each held weakly. */
interface WeakrefList {
  refs: WeakRef<PyWeakref>[];
  /** Length at which dead entries are next pruned. */
  pruneAt: number;
}

const referentLists = new WeakMap<PyObject, WeakrefList>();

export class PyWeakref extends PyObject {
  /** The referent, until it is collected (then deref() is undefined) or the ref is cleared. */
  target: WeakRef<PyObject> | null;
  callback: PyValue | null;
  /** hash(referent), cached on first use so the ref stays hashable after the referent dies. */
  hashValue: number | undefined = undefined;
  constructor(cls: PyType, target: PyObject, callback: PyValue | null) {
    super(cls);
    this.target = new WeakRef(target);
    this.callback = callback;
  }
  referent(): PyObject | undefined {
    return this.target === null ? undefined : this.target.deref();
  }
}

export const referenceType: PyType = new PyType(typeType, "weakref.ReferenceType", [objectType]);
referenceType.qualname = "ReferenceType";
referenceType.dict.setStr("__module__", "weakref");
referenceType.dict.setStr("__doc__", None);
referenceType.allocate = (cls) => new PyWeakref(cls, cls, null);

export const proxyType: PyType = new PyType(typeType, "weakref.ProxyType", [objectType]);
proxyType.qualname = "ProxyType";
proxyType.isFinal = true;
proxyType.dict.setStr("__module__", "weakref");
proxyType.dict.setStr("__doc__", None);

export const callableProxyType: PyType = new PyType(typeType, "weakref.CallableProxyType", [
  objectType,
]);
callableProxyType.qualname = "CallableProxyType";
callableProxyType.isFinal = true;
callableProxyType.dict.setStr("__module__", "weakref");
callableProxyType.dict.setStr("__doc__", None);

function isProxy(r: PyWeakref): boolean {
  return r.cls === proxyType || r.cls === callableProxyType;
}

/** The living weak references of `obj`, in list order (pruning dead ones). */
function liveRefs(list: WeakrefList): PyWeakref[] {
  const out: PyWeakref[] = [];
  const kept: WeakRef<PyWeakref>[] = [];
  for (const w of list.refs) {
    const r = w.deref();
    if (r === undefined || r.target === null) continue;
    out.push(r);
    kept.push(w);
  }
  list.refs = kept;
  return out;
}

/** CPython's get_or_create_weakref: reuses the callback-less basic ref or proxy. */
function getOrCreate(cls: PyType, obj: PyValue, callback: PyValue): PyWeakref {
  const t = typeOf(obj);
  if (!(obj instanceof PyObject) || !supportsWeakrefs(t)) {
    throw pyError(PyExc_TypeError, `cannot create weak reference to '${t.name}' object`);
  }
  const cb = callback === None ? null : callback;
  let list = referentLists.get(obj);
  if (list === undefined) {
    list = { refs: [], pruneAt: 16 };
    referentLists.set(obj, list);
    referentRegistry.register(obj, list);
  }
  // The basic ref is first in the list, the basic proxy right after it.
  let basicRef: PyWeakref | undefined;
  let basicProxy: PyWeakref | undefined;
  let i = 0;
  const first = list.refs[0]?.deref();
  if (first !== undefined && first.callback === null && first.cls === referenceType) {
    basicRef = first;
    i = 1;
  }
  const second = list.refs[i]?.deref();
  if (second !== undefined && second.callback === null && isProxy(second)) basicProxy = second;
  if (cb === null) {
    if (cls === referenceType && basicRef !== undefined) return basicRef;
    if ((cls === proxyType || cls === callableProxyType) && basicProxy !== undefined) {
      return basicProxy;
    }
  }
  const ref = new PyWeakref(cls, obj, cb);
  const entry = new WeakRef(ref);
  if (cb === null && cls === referenceType) list.refs.unshift(entry);
  else if (cb === null && cls !== referenceType && isProxy(ref)) {
    list.refs.splice(basicRef !== undefined ? 1 : 0, 0, entry);
  } else {
    list.refs.splice(
      (basicRef !== undefined ? 1 : 0) + (basicProxy !== undefined ? 1 : 0),
      0,
      entry,
    );
  }
  if (list.refs.length >= list.pruneAt) {
    liveRefs(list);
    list.pruneAt = Math.max(16, list.refs.length * 2);
  }
  return ref;
}

// ---- The referent died -------------------------------------------------------------------------

/** Weak reference lists of collected referents, waiting for a moment no Python code runs. */
const pendingLists: WeakrefList[] = [];
let retryScheduled = false;

const referentRegistry = new FinalizationRegistry<WeakrefList>((list) => {
  pendingLists.push(list);
  runPendingCallbacks();
});

function runPendingCallbacks(): void {
  if (currentThread.frame !== null) {
    // Python code is suspended on this thread (a host await): try again on a later turn.
    if (!retryScheduled) {
      retryScheduled = true;
      setTimeout(() => {
        retryScheduled = false;
        runPendingCallbacks();
      }, 0);
    }
    return;
  }
  while (pendingLists.length > 0) {
    const list = pendingLists.shift()!;
    // CPython's handle_callbacks: clear every ref first, then call the callbacks in list order.
    const refs: PyWeakref[] = [];
    for (const w of list.refs) {
      const r = w.deref();
      if (r === undefined || r.target === null) continue;
      r.target = null;
      refs.push(r);
    }
    list.refs = [];
    for (const r of refs) {
      const cb = r.callback;
      r.callback = null;
      if (cb === null) continue;
      try {
        abs.call(cb, [r], null);
      } catch (e) {
        writeUnraisable(ops.toPyException(e), cb);
      }
    }
  }
}

// ---- ReferenceType -----------------------------------------------------------------------------

function refArgs(fname: string, args: PyValue[]): [PyValue, PyValue] {
  const n = args.length;
  if (n < 1) throw ops.typeError(`${fname} expected at least 1 argument, got ${n}`);
  if (n > 2) throw ops.typeError(`${fname} expected at most 2 arguments, got ${n}`);
  return [args[0], n > 1 ? args[1] : None];
}

defineNew(referenceType, (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    if (cls === referenceType) throw ops.typeError("ref() takes no keyword arguments");
    args = args.slice(0, args.length - kwnames.length);
  }
  const [obj, callback] = refArgs("__new__", args);
  return getOrCreate(cls, obj, callback);
});

function selfRef(v: PyValue): PyWeakref {
  return v as PyWeakref;
}

const refCall = (self: PyObject, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
  if (kwnames !== null && kwnames.length > 0) {
    throw ops.typeError("weakref() takes no keyword arguments");
  }
  if (args.length !== 0) throw ops.typeError(`weakref expected 0 arguments, got ${args.length}`);
  return (self as PyWeakref).referent() ?? None;
};
referenceType.tp_call = refCall;

defineMethods(referenceType, {
  __init__(args, kwnames) {
    const n = args.length - 1 - (kwnames === null ? 0 : kwnames.length);
    refArgs("__init__", args.slice(1, 1 + n));
    return None;
  },
  __call__: (args, kwnames) => refCall(args[0] as PyObject, args.slice(1), kwnames),
  __hash__(args) {
    const r = selfRef(args[0]);
    if (r.hashValue !== undefined) return r.hashValue;
    const obj = r.referent();
    if (obj === undefined) throw ops.typeError("weak object has gone away");
    r.hashValue = abs.hash(obj);
    return r.hashValue;
  },
  __repr__(args) {
    const r = selfRef(args[0]);
    const at = hexId(r);
    const obj = r.referent();
    if (obj === undefined) return `<weakref at ${at}; dead>`;
    const name = nameOf(obj);
    const to = `<weakref at ${at}; to '${typeOf(obj).name}' at ${hexId(obj)}`;
    return name === undefined ? `${to}>` : `${to} (${name})>`;
  },
  __eq__: (args) => refCompare(args[0], args[1], CompareOp.EQ),
  __ne__: (args) => refCompare(args[0], args[1], CompareOp.NE),
});
defineGetter(referenceType, "__callback__", (r) => selfRef(r).callback ?? None);
defineClassMethod(referenceType, "__class_getitem__", (args) => {
  checkArgs("__class_getitem__", args, null, 1, 1, 1);
  return makeGenericAlias(args[0], args[1]);
});

function refCompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (!(b instanceof PyWeakref) || !abs.isInstance(b, referenceType)) return NotImplemented;
  const x = (a as PyWeakref).referent(), y = b.referent();
  if (x === undefined || y === undefined) return op === CompareOp.EQ ? a === b : a !== b;
  return abs.richCompare(x, y, op);
}

function hexId(v: PyValue): string {
  return `0x${abs.id(v).toString(16)}`;
}

/** `__name__` looked up on the type (CPython's _PyObject_LookupSpecial), when a str. */
function nameOf(obj: PyObject): string | undefined {
  try {
    const f = abs.lookupSpecial(obj, "__name__");
    return typeof f === "string" ? f : undefined;
  } catch {
    return undefined;
  }
}

// ---- ProxyType and CallableProxyType ----------------------------------------------------------

function unwrap(v: PyValue): PyValue {
  if (v instanceof PyWeakref && isProxy(v)) {
    const obj = v.referent();
    if (obj === undefined) {
      throw pyError(PyExc_ReferenceError, "weakly-referenced object no longer exists");
    }
    return obj;
  }
  return v;
}

const BINARY_DUNDERS: [string, BinaryOp][] = [
  ["add", BinaryOp.ADD],
  ["sub", BinaryOp.SUBTRACT],
  ["mul", BinaryOp.MULTIPLY],
  ["matmul", BinaryOp.MATRIX_MULTIPLY],
  ["truediv", BinaryOp.TRUE_DIVIDE],
  ["floordiv", BinaryOp.FLOOR_DIVIDE],
  ["mod", BinaryOp.REMAINDER],
  ["lshift", BinaryOp.LSHIFT],
  ["rshift", BinaryOp.RSHIFT],
  ["and", BinaryOp.AND],
  ["xor", BinaryOp.XOR],
  ["or", BinaryOp.OR],
];

function proxyMethods(): Record<string, NativeFn> {
  const m: Record<string, NativeFn> = {
    __getattribute__: (args) => abs.getAttr(unwrap(args[0]), args[1] as string),
    __setattr__(args) {
      abs.setAttr(unwrap(args[0]), args[1] as string, args[2]);
      return None;
    },
    __delattr__(args) {
      abs.delAttr(unwrap(args[0]), args[1] as string);
      return None;
    },
    __repr__(args) {
      const p = args[0] as PyWeakref;
      const obj = p.referent();
      if (obj === undefined) return `<weakproxy at ${hexId(p)}; dead>`;
      return `<weakproxy at ${hexId(p)}; to '${typeOf(obj).name}' at ${hexId(obj)}>`;
    },
    __str__: (args) => abs.str(unwrap(args[0])),
    __bytes__: (args) => abs.callMethod(unwrap(args[0]), "__bytes__", []),
    __reversed__: (args) => abs.callMethod(unwrap(args[0]), "__reversed__", []),
    __hash__(args) {
      throw ops.typeError(`unhashable type: '${typeOf(args[0]).name}'`);
    },
    __bool__: (args) => abs.isTrue(unwrap(args[0])),
    __len__: (args) => abs.len(unwrap(args[0])),
    __contains__: (args) => abs.contains(unwrap(args[0]), args[1]),
    __getitem__: (args) => abs.getItem(unwrap(args[0]), args[1]),
    __setitem__(args) {
      abs.setItem(unwrap(args[0]), args[1], args[2]);
      return None;
    },
    __delitem__(args) {
      abs.delItem(unwrap(args[0]), args[1]);
      return None;
    },
    __iter__: (args) => abs.getIter(unwrap(args[0])),
    __next__(args) {
      const obj = unwrap(args[0]);
      if (!ops.isIterator(obj)) {
        throw ops.typeError(`Weakref proxy referenced a non-iterator '${typeOf(obj).name}' object`);
      }
      const v = abs.iterNext(obj);
      if (v === undefined) throw ops.stopIteration(None);
      return v;
    },
    __neg__: (args) => abs.negative(unwrap(args[0])),
    __pos__: (args) => abs.positive(unwrap(args[0])),
    __abs__: (args) => abs.absolute(unwrap(args[0])),
    __invert__: (args) => abs.invert(unwrap(args[0])),
    __int__: (args) => abs.call(ops.builtin("int"), [unwrap(args[0])], null),
    __float__: (args) => abs.call(ops.builtin("float"), [unwrap(args[0])], null),
    __index__: (args) => abs.asIndex(unwrap(args[0])),
    __divmod__: (args) => abs.call(ops.builtin("divmod"), [unwrap(args[0]), unwrap(args[1])], null),
    __rdivmod__: (args) =>
      abs.call(ops.builtin("divmod"), [unwrap(args[1]), unwrap(args[0])], null),
    __pow__: (args) => abs.power(unwrap(args[0]), unwrap(args[1]), args[2] ?? None),
    __rpow__: (args) => abs.power(unwrap(args[1]), unwrap(args[0]), args[2] ?? None),
    __ipow__: (args) => abs.binaryOp(unwrap(args[0]), unwrap(args[1]), BinaryOp.INPLACE_POWER),
    __eq__: (args) => abs.richCompare(unwrap(args[0]), unwrap(args[1]), CompareOp.EQ),
    __ne__: (args) => abs.richCompare(unwrap(args[0]), unwrap(args[1]), CompareOp.NE),
    __lt__: (args) => abs.richCompare(unwrap(args[0]), unwrap(args[1]), CompareOp.LT),
    __le__: (args) => abs.richCompare(unwrap(args[0]), unwrap(args[1]), CompareOp.LE),
    __gt__: (args) => abs.richCompare(unwrap(args[0]), unwrap(args[1]), CompareOp.GT),
    __ge__: (args) => abs.richCompare(unwrap(args[0]), unwrap(args[1]), CompareOp.GE),
  };
  for (const [name, op] of BINARY_DUNDERS) {
    m[`__${name}__`] = (args) => abs.binaryOp(unwrap(args[0]), unwrap(args[1]), op);
    m[`__r${name}__`] = (args) => abs.binaryOp(unwrap(args[1]), unwrap(args[0]), op);
    const inplace = op + BinaryOp.INPLACE_ADD;
    m[`__i${name}__`] = (args) => abs.binaryOp(unwrap(args[0]), unwrap(args[1]), inplace);
  }
  return m;
}

const proxyNoNew = (cls: PyType): PyValue => {
  throw ops.typeError(`cannot create '${cls.name}' instances`);
};
for (const t of [proxyType, callableProxyType]) {
  defineMethods(t, proxyMethods());
  defineNew(t, proxyNoNew);
  t.tp_iternext = (p) => {
    const obj = unwrap(p);
    if (!ops.isIterator(obj)) {
      throw ops.typeError(`Weakref proxy referenced a non-iterator '${typeOf(obj).name}' object`);
    }
    return abs.iterNext(obj);
  };
}
callableProxyType.tp_call = (p, args, kwnames) => abs.call(unwrap(p), args, kwnames);
defineMethods(callableProxyType, {
  __call__(args, kwnames) {
    return abs.call(unwrap(args[0]), args.slice(1), kwnames);
  },
});

// ---- The module ---------------------------------------------------------------------------------

function fn(name: string, f: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, f, undefined, name, "_weakref");
}

function weakrefCount(obj: PyValue): number {
  if (!(obj instanceof PyObject)) return 0;
  const list = referentLists.get(obj);
  return list === undefined ? 0 : liveRefs(list).length;
}

export function createModule(): PyModule {
  const m = new PyModule("_weakref");
  const d = m.dict;
  d.setStr("__doc__", "Weak-reference support module.");
  d.setStr("ref", referenceType);
  d.setStr("ReferenceType", referenceType);
  d.setStr("ProxyType", proxyType);
  d.setStr("CallableProxyType", callableProxyType);
  d.setStr(
    "getweakrefcount",
    fn("getweakrefcount", (args, kw) => {
      checkArgs("getweakrefcount", args, kw, 1, 1);
      return weakrefCount(args[0]);
    }),
  );
  d.setStr(
    "getweakrefs",
    fn("getweakrefs", (args, kw) => {
      checkArgs("getweakrefs", args, kw, 1, 1);
      const obj = args[0];
      const list = obj instanceof PyObject ? referentLists.get(obj) : undefined;
      return new PyList(list === undefined ? [] : liveRefs(list));
    }),
  );
  d.setStr(
    "proxy",
    fn("proxy", (args, kw) => {
      checkArgs("proxy", args, kw, 1, 2);
      const obj = args[0];
      const cls = abs.isCallable(obj) ? callableProxyType : proxyType;
      return getOrCreate(cls, obj, args.length > 1 ? args[1] : None);
    }),
  );
  d.setStr(
    "_remove_dead_weakref",
    fn("_remove_dead_weakref", (args, kw) => {
      checkArgs("_remove_dead_weakref", args, kw, 2, 2);
      const [dct, key] = args;
      if (!(dct instanceof PyDict)) {
        throw ops.typeError(
          `_remove_dead_weakref() argument 1 must be dict, not ${typeOf(dct).name}`,
        );
      }
      const v = dct.get(key);
      if (v instanceof PyWeakref && v.referent() === undefined) dct.delete(key);
      return None;
    }),
  );
  return m;
}
