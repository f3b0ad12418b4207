// Iterator types: the sequence iterator (iter() over __getitem__), callable_iterator (iter(f,
// sentinel)), and the builtin iterator types enumerate, zip, map, filter, reversed
// (CPython's Objects/iterobject.c, enumobject.c, bltinmodule.c).
import {
  bindArgs,
  checkArgs,
  defineMethods,
  defineNew,
  iteratorMethods,
  PyBuiltinFunction,
} from "./builtin_function.ts";
import { None, objectType, PyObject, PyType, type PyValue, typeOf, typeType } from "./object.ts";
import {
  pyError,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_StopAsyncIteration,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
  stopIteration,
} from "./exceptions.ts";
import {
  call,
  callSpecial,
  exceptionIs,
  getAttr,
  getItem,
  getIter,
  isCallable,
  isTrue,
  iterNext,
  len,
  lookupSpecial,
  richCompareBool,
} from "./abstract.ts";
import { EMPTY_TUPLE, makeTuple, PyTuple } from "./tuple.ts";
import { intOp, intValue } from "./int.ts";
import { lookupType } from "./type.ts";
import { BinaryOp, CompareOp } from "../compiler/opcodes.ts";

function defineIterType(name: string, next: (o: PyObject) => PyValue | undefined): PyType {
  const t = new PyType(typeType, name, [objectType]);
  t.tp_iternext = next;
  defineMethods(t, iteratorMethods(t));
  return t;
}

// ---- builtins.iter ----------------------------------------------------------------------------

/**
 * The builtin `iter` function object itself. It lives here, not in the builtins module, because
 * the builtin iterators' `__reduce__` return it (`(iter, (seq,), index)`, as CPython's
 * `_PyEval_GetBuiltin(iter)`): the builtins module registers this same object, so every type
 * module can reach it by importing the objects layer, with no hook and no import of the runtime.
 */
export const builtinIter: PyBuiltinFunction = new PyBuiltinFunction(
  "iter",
  (args, kwnames) => {
    checkArgs("iter", args, kwnames, 1, 2);
    if (args.length === 1) return getIter(args[0]);
    if (!isCallable(args[0])) throw pyError(PyExc_TypeError, "iter(v, w): v must be callable");
    return new CallableIterator(args[0], args[1]);
  },
  undefined,
  "iter",
  "builtins",
);

/** `(iter, (seq,), index)`: the pickled form of an iterator positioned at `index` in `seq`. */
export function iterReduce(seq: PyValue, index: number | bigint): PyTuple {
  return makeTuple([builtinIter, makeTuple([seq]), index]);
}
/** `(iter, (empty,))`: an exhausted iterator's pickled form. */
export function exhaustedReduce(empty: PyValue): PyTuple {
  return makeTuple([builtinIter, makeTuple([empty])]);
}

const SSIZE_MAX = 2n ** 63n - 1n;
/**
 * An iterator `__setstate__` index as CPython's PyLong_AsSsize_t reads it (ints only, no
 * __index__). Values past a JS safe integer still fit ssize_t; they clamp like any big index.
 */
export function stateIndex(state: PyValue): number {
  const n = intValue(state);
  if (n === undefined) throw pyError(PyExc_TypeError, "an integer is required");
  if (typeof n === "number") return n;
  if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return Number(n);
}

/** Whether `cls` is `base` or a subclass without its own `__init__` (tp_init inherited). */
function rejectsKeywords(cls: PyType, base: PyType): boolean {
  return cls === base || lookupType(cls, "__init__") === lookupType(base, "__init__");
}

// ---- iter(seq) over __getitem__ ----------------------------------------------------------------

export class SeqIterator extends PyObject {
  index = 0;
  seq: PyValue | null;
  constructor(seq: PyValue) {
    super(seqIteratorType);
    this.seq = seq;
  }
}
export const seqIteratorType: PyType = defineIterType("iterator", (o) => {
  const it = o as SeqIterator;
  if (it.seq === null) return undefined;
  try {
    return getItem(it.seq, it.index++);
  } catch (e) {
    if (exceptionIs(e, PyExc_IndexError) || exceptionIs(e, PyExc_StopIteration)) {
      it.seq = null;
      return undefined;
    }
    throw e;
  }
});

defineMethods(seqIteratorType, {
  __reduce__(args) {
    const it = args[0] as SeqIterator;
    return it.seq === null ? exhaustedReduce(EMPTY_TUPLE) : iterReduce(it.seq, it.index);
  },
  __setstate__(args) {
    const it = args[0] as SeqIterator;
    const index = stateIndex(args[1]);
    if (it.seq !== null) it.index = index < 0 ? 0 : index;
    return None;
  },
});

// ---- iter(callable, sentinel) -------------------------------------------------------------------

export class CallableIterator extends PyObject {
  fn: PyValue | null;
  constructor(fn: PyValue, readonly sentinel: PyValue) {
    super(callableIteratorType);
    this.fn = fn;
  }
}
export const callableIteratorType: PyType = defineIterType("callable_iterator", (o) => {
  const it = o as CallableIterator;
  if (it.fn === null) return undefined;
  let v: PyValue;
  try {
    v = call(it.fn, [], null);
  } catch (e) {
    if (exceptionIs(e, PyExc_StopIteration)) {
      it.fn = null;
      return undefined;
    }
    throw e;
  }
  if (richCompareBool(v, it.sentinel, CompareOp.EQ)) {
    it.fn = null;
    return undefined;
  }
  return v;
});

defineMethods(callableIteratorType, {
  __reduce__(args) {
    const it = args[0] as CallableIterator;
    if (it.fn === null) return exhaustedReduce(EMPTY_TUPLE);
    return makeTuple([builtinIter, makeTuple([it.fn, it.sentinel])]);
  },
});

// ---- enumerate ----------------------------------------------------------------------------------

export class PyEnumerate extends PyObject {
  constructor(readonly it: PyValue, public count: number | bigint, cls: PyType) {
    super(cls);
  }
}
export const enumerateType: PyType = defineIterType("enumerate", (o) => {
  const e = o as PyEnumerate;
  const v = iterNext(e.it);
  if (v === undefined) return undefined;
  const i = e.count;
  e.count = intOp(i, 1, BinaryOp.ADD) as number | bigint;
  return makeTuple([i, v]);
});
defineNew(enumerateType, (cls, args, kwnames) => {
  const [iterable, start] = bindArgs("enumerate", args, kwnames, ["iterable", "start"], 1);
  let s: number | bigint = 0;
  if (start !== undefined) {
    const n = intValue(start);
    if (n === undefined) {
      throw pyError(
        PyExc_TypeError,
        `'${typeOf(start).name}' object cannot be interpreted as an integer`,
      );
    }
    s = n;
  }
  return new PyEnumerate(getIter(iterable!), s, cls);
});
defineMethods(enumerateType, {
  __reduce__(args) {
    const e = args[0] as PyEnumerate;
    return makeTuple([e.cls, makeTuple([e.it, e.count])]);
  },
});

// ---- zip ----------------------------------------------------------------------------------------

export class PyZip extends PyObject {
  done = false;
  constructor(readonly its: PyValue[], public strict: boolean, cls: PyType) {
    super(cls);
  }
}
export const zipType: PyType = defineIterType("zip", (o) => {
  const z = o as PyZip;
  if (z.done || z.its.length === 0) return undefined;
  const out: PyValue[] = [];
  for (let i = 0; i < z.its.length; i++) {
    const v = iterNext(z.its[i]);
    if (v === undefined) {
      z.done = true;
      if (z.strict) {
        if (i > 0) {
          const plural = i === 1 ? " " : "s 1-";
          throw pyError(
            PyExc_ValueError,
            `zip() argument ${i + 1} is shorter than argument${plural}${i}`,
          );
        }
        for (let j = 1; j < z.its.length; j++) {
          if (iterNext(z.its[j]) !== undefined) {
            const plural = j === 1 ? " " : "s 1-";
            throw pyError(
              PyExc_ValueError,
              `zip() argument ${j + 1} is longer than argument${plural}${j}`,
            );
          }
        }
      }
      return undefined;
    }
    out.push(v);
  }
  return makeTuple(out);
});
defineNew(zipType, (cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  let strict = false;
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] !== "strict") {
      throw pyError(PyExc_TypeError, `'${kwnames![i]}' is an invalid keyword argument for zip()`);
    }
    strict = isTrue(args[args.length - nkw + i]);
  }
  const its = args.slice(0, args.length - nkw).map(getIter);
  return new PyZip(its, strict, cls);
});
defineMethods(zipType, {
  __reduce__(args) {
    const z = args[0] as PyZip;
    const its = makeTuple(z.its);
    return makeTuple(z.strict ? [z.cls, its, true] : [z.cls, its]);
  },
  __setstate__(args) {
    (args[0] as PyZip).strict = isTrue(args[1]);
    return None;
  },
});

// ---- map / filter -------------------------------------------------------------------------------

export class PyMap extends PyObject {
  constructor(readonly fn: PyValue, readonly its: PyValue[], cls: PyType) {
    super(cls);
  }
}
export const mapType: PyType = defineIterType("map", (o) => {
  const m = o as PyMap;
  if (m.its.length === 1) {
    const v = iterNext(m.its[0]);
    return v === undefined ? undefined : call(m.fn, [v], null);
  }
  const args: PyValue[] = [];
  for (const it of m.its) {
    const v = iterNext(it);
    if (v === undefined) return undefined;
    args.push(v);
  }
  return call(m.fn, args, null);
});
defineNew(mapType, (cls, args, kwnames) => {
  // A subclass with its own __init__ may take keywords: map.__new__ then ignores them.
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0 && rejectsKeywords(cls, mapType)) {
    throw pyError(PyExc_TypeError, "map() takes no keyword arguments");
  }
  const n = args.length - nkw;
  if (n < 2) throw pyError(PyExc_TypeError, "map() must have at least two arguments.");
  return new PyMap(args[0], args.slice(1, n).map(getIter), cls);
});
defineMethods(mapType, {
  __reduce__(args) {
    const m = args[0] as PyMap;
    return makeTuple([m.cls, makeTuple([m.fn, ...m.its])]);
  },
});

export class PyFilter extends PyObject {
  constructor(readonly fn: PyValue, readonly it: PyValue, cls: PyType) {
    super(cls);
  }
}
export const filterType: PyType = defineIterType("filter", (o) => {
  const f = o as PyFilter;
  for (let v = iterNext(f.it); v !== undefined; v = iterNext(f.it)) {
    if (f.fn === None ? isTrue(v) : isTrue(call(f.fn, [v], null))) return v;
  }
  return undefined;
});
defineNew(filterType, (cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0 && rejectsKeywords(cls, filterType)) {
    throw pyError(PyExc_TypeError, "filter() takes no keyword arguments");
  }
  const n = args.length - nkw;
  if (n !== 2) throw pyError(PyExc_TypeError, `filter expected 2 arguments, got ${n}`);
  return new PyFilter(args[0], getIter(args[1]), cls);
});
defineMethods(filterType, {
  __reduce__(args) {
    const f = args[0] as PyFilter;
    return makeTuple([f.cls, makeTuple([f.fn, f.it])]);
  },
});

// ---- reversed -----------------------------------------------------------------------------------

export class PyReversed extends PyObject {
  index: number;
  seq: PyValue | null;
  constructor(seq: PyValue, length: number, cls: PyType) {
    super(cls);
    this.seq = seq;
    this.index = length - 1;
  }
}
export const reversedType: PyType = defineIterType("reversed", (o) => {
  const r = o as PyReversed;
  if (r.seq === null || r.index < 0) {
    r.seq = null;
    return undefined;
  }
  try {
    return getItem(r.seq, r.index--);
  } catch (e) {
    if (exceptionIs(e, PyExc_IndexError) || exceptionIs(e, PyExc_StopIteration)) {
      r.seq = null;
      return undefined;
    }
    throw e;
  }
});
defineNew(reversedType, (cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0 && rejectsKeywords(cls, reversedType)) {
    throw pyError(PyExc_TypeError, "reversed() takes no keyword arguments");
  }
  const n = args.length - nkw;
  if (n !== 1) {
    throw pyError(
      PyExc_TypeError,
      `reversed expected 1 argument, got ${n}`,
    );
  }
  const seq: PyValue | undefined = args[0];
  const rev = lookupSpecial(seq!, "__reversed__");
  if (rev === None) {
    throw pyError(PyExc_TypeError, `'${typeOf(seq!).name}' object is not reversible`);
  }
  if (rev !== undefined) return callSpecial(rev, seq!, []);
  if (
    lookupSpecial(seq!, "__getitem__") === undefined || lookupSpecial(seq!, "__len__") === undefined
  ) {
    throw pyError(PyExc_TypeError, `'${typeOf(seq!).name}' object is not reversible`);
  }
  return new PyReversed(seq!, len(seq!), cls);
});
defineMethods(reversedType, {
  __reduce__(args) {
    const r = args[0] as PyReversed;
    if (r.seq === null) return makeTuple([r.cls, makeTuple([EMPTY_TUPLE])]);
    return makeTuple([r.cls, makeTuple([r.seq]), r.index]);
  },
  __setstate__(args) {
    const r = args[0] as PyReversed;
    const index = stateIndex(args[1]);
    if (r.seq !== null) {
      const n = len(r.seq);
      r.index = index < -1 ? -1 : index > n - 1 ? n - 1 : index;
    }
    return None;
  },
});

// ---- anext(aiterator, default) --------------------------------------------------------------

/**
 * The awaitable anext(it, default) returns (CPython's anextawaitable): awaiting it awaits
 * it.__anext__() and turns StopAsyncIteration into the default value (raised as StopIteration,
 * which is how an awaitable's iterator returns).
 */
export class PyANextAwaitable extends PyObject {
  inner: PyValue | null = null;
  constructor(readonly awaitable: PyValue, readonly dflt: PyValue) {
    super(anextAwaitableType);
  }
}

function anextIterator(a: PyANextAwaitable): PyValue {
  if (a.inner === null) {
    const aw = lookupSpecial(a.awaitable, "__await__");
    if (aw === undefined) {
      // Generator-based awaitables iterate directly.
      a.inner = lookupSpecial(a.awaitable, "send") !== undefined
        ? a.awaitable
        : getIter(a.awaitable);
    } else a.inner = callSpecial(aw, a.awaitable, []);
  }
  return a.inner;
}

function anextStep(a: PyANextAwaitable, method: string, args: PyValue[]): PyValue {
  const it = anextIterator(a);
  try {
    if (method === "__next__") {
      const v = iterNext(it);
      if (v === undefined) throw stopIteration(None);
      return v;
    }
    return call(getAttr(it, method), args, null);
  } catch (e) {
    if (exceptionIs(e, PyExc_StopAsyncIteration)) throw stopIteration(a.dflt);
    throw e;
  }
}

export const anextAwaitableType: PyType = new PyType(typeType, "anext_awaitable", [objectType]);
// No tp_iternext: exhaustion must raise StopIteration(default) to carry the value, so the
// runtime drives this object through __next__/send like any Python-level awaitable iterator.
defineMethods(anextAwaitableType, {
  __await__: (args) => args[0],
  __iter__: (args) => args[0],
  __next__: (args) => anextStep(args[0] as PyANextAwaitable, "__next__", []),
  send: (args) => anextStep(args[0] as PyANextAwaitable, "send", [args[1]]),
  throw: (args) => anextStep(args[0] as PyANextAwaitable, "throw", args.slice(1)),
  close: (args) => anextStep(args[0] as PyANextAwaitable, "close", []),
});
