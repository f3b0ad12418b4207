// The _functools module (CPython's Modules/_functoolsmodule.c, 3.11): reduce, partial,
// cmp_to_key's KeyWrapper and the C LRU cache behind functools.lru_cache.
import {
  defineClassMethod,
  defineGetter,
  defineMethods,
  defineNew,
  type NativeFn,
  PyBuiltinFunction,
  PyGetSetDescriptor,
} from "../objects/builtin_function.ts";
import {
  dictType,
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
import {
  attributeError,
  pyError,
  PyExc_OverflowError,
  PyExc_TypeError,
} from "../objects/exceptions.ts";
import {
  asIndex,
  call,
  exceptionIs,
  getAttr,
  getIter,
  hash,
  isCallable,
  isTrue,
  iterateToArray,
  iterNext,
  lookupSpecial,
  repr,
  richCompare,
  richCompareBool,
  str,
} from "../objects/abstract.ts";
import { makeTuple, PyTuple, tupleType } from "../objects/tuple.ts";
import { intValue } from "../objects/int.ts";
import { makeGenericAlias } from "../objects/genericalias.ts";
import { PyMethod } from "../objects/method.ts";
import { CompareOp } from "../compiler/opcodes.ts";
import { PyModule } from "../runtime/module_object.ts";

function typeError(msg: string): never {
  throw pyError(PyExc_TypeError, msg);
}

/** A static type named as CPython's tp_name ("functools.partial"). */
function staticType(name: string, subclassable: boolean): PyType {
  const t = new PyType(typeType, `functools.${name}`, [objectType]);
  t.qualname = name;
  t.isFinal = !subclassable;
  t.dict.setStr("__module__", "functools");
  return t;
}

/** T_OBJECT READONLY members: reading works, assignment says "readonly attribute". */
function defineReadonly(type: PyType, name: string, get: (o: PyValue) => PyValue): void {
  defineGetter(type, name, get, () => {
    throw attributeError("readonly attribute");
  });
}

// ---- reduce --------------------------------------------------------------------------------

function reduce(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) typeError("reduce() takes no keyword arguments");
  if (args.length < 2) typeError(`reduce expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) typeError(`reduce expected at most 3 arguments, got ${args.length}`);
  const func = args[0];
  let it: PyValue;
  try {
    it = getIter(args[1]);
  } catch (e) {
    if (exceptionIs(e, PyExc_TypeError)) typeError("reduce() arg 2 must support iteration");
    throw e;
  }
  let result: PyValue | undefined = args.length > 2 ? args[2] : undefined;
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
    result = result === undefined ? v : call(func, [result, v], null);
  }
  if (result === undefined) typeError("reduce() of empty iterable with no initial value");
  return result!;
}

// ---- partial -------------------------------------------------------------------------------

class Partial extends PyObject {
  constructor(cls: PyType, public fn: PyValue, public args: PyTuple, public kw: PyDict) {
    super(cls);
  }
}

const partialType = staticType("partial", true);
partialType.instancesHaveDict = true;

/** partial's tp_call (vectorcall): stored positionals first, call keywords override stored. */
function partialCall(o: PyObject, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = o as Partial;
  const stored = p.args.items;
  if (p.kw.size === 0) {
    if (stored.length === 0) return call(p.fn, args, kwnames);
    return call(p.fn, stored.length === 0 ? args : [...stored, ...args], kwnames);
  }
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const merged = new PyDict();
  p.kw.copyInto(merged);
  for (let i = 0; i < nkw; i++) merged.setStr(kwnames![i], args[npos + i]);
  const all: PyValue[] = [...stored];
  for (let i = 0; i < npos; i++) all.push(args[i]);
  const names: string[] = [];
  for (const e of merged.entries()) {
    if (typeof e.key !== "string") typeError("keywords must be strings");
    names.push(e.key as string);
    all.push(e.value);
  }
  return call(p.fn, all, names);
}
partialType.tp_call = partialCall;

defineNew(partialType, (cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 1) typeError("type 'partial' takes at least one argument");
  let func = args[0];
  let storedArgs: readonly PyValue[] = [];
  let storedKw: PyDict | null = null;
  // A partial of a partial (with no instance dict) flattens into one partial, as CPython does
  // for any object whose type calls through partial_call.
  if (func instanceof Partial && typeOf(func).tp_call === partialCall && func.dict === null) {
    storedArgs = func.args.items;
    storedKw = func.kw;
    func = func.fn;
  }
  if (!isCallable(func)) typeError("the first argument must be callable");
  const pargs = [...storedArgs];
  for (let i = 1; i < npos; i++) pargs.push(args[i]);
  const kw = new PyDict();
  if (storedKw !== null) storedKw.copyInto(kw);
  for (let i = 0; i < nkw; i++) kw.setStr(kwnames![i], args[npos + i]);
  return new Partial(cls, func, makeTuple(pargs), kw);
});

const partialReprActive = new Set<PyObject>();
defineMethods(partialType, {
  __call__: (args, kwnames) => partialCall(args[0] as PyObject, args.slice(1), kwnames),
  __repr__(args) {
    const p = args[0] as Partial;
    if (partialReprActive.has(p)) return "...";
    partialReprActive.add(p);
    try {
      let list = "";
      for (const a of p.args.items) list += `, ${repr(a)}`;
      for (const e of p.kw.entries()) {
        // The value first: str(key) may replace it in the dict (partial_repr holds it too).
        const value = e.value;
        list += `, ${str(e.key)}=${repr(value)}`;
      }
      const name = p.cls.isHeapType ? p.cls.name : "functools.partial";
      return `${name}(${repr(p.fn)}${list})`;
    } finally {
      partialReprActive.delete(p);
    }
  },
  __reduce__(args) {
    const p = args[0] as Partial;
    return makeTuple([
      p.cls,
      makeTuple([p.fn]),
      makeTuple([p.fn, p.args, p.kw, p.dict ?? None]),
    ]);
  },
  __setstate__(args) {
    const p = args[0] as Partial;
    const state = args[1];
    if (!(state instanceof PyTuple) || state.items.length !== 4) {
      typeError("invalid partial state");
    }
    const [fn, fnargs, kw, dict] = (state as PyTuple).items;
    if (
      !isCallable(fn) || !(fnargs instanceof PyTuple) ||
      (kw !== None && !(kw instanceof PyDict))
    ) typeError("invalid partial state");
    p.fn = fn;
    p.args = fnargs.cls === tupleType ? fnargs as PyTuple : makeTuple(iterateToArray(fnargs));
    if (kw === None) p.kw = new PyDict();
    else if ((kw as PyDict).cls !== dictType) {
      p.kw = (kw as PyDict).copyInto(new PyDict());
    } else p.kw = kw as PyDict;
    if (dict === None) p.dict = null;
    else if (dict instanceof PyDict) p.dict = dict;
    else typeError("setting partial object's dictionary to a non-dict");
    return None;
  },
});
defineReadonly(partialType, "func", (o) => (o as Partial).fn);
defineReadonly(partialType, "args", (o) => (o as Partial).args);
defineReadonly(partialType, "keywords", (o) => (o as Partial).kw);
defineClassMethod(partialType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));
partialType.dict.setStr("__vectorcalloffset__", 56);
partialType.dict.setStr(
  "__doc__",
  "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n",
);

// ---- cmp_to_key ----------------------------------------------------------------------------

class KeyWrapper extends PyObject {
  constructor(readonly cmp: PyValue, public obj: PyValue | undefined) {
    super(keyWrapperType);
  }
}
const keyWrapperType = staticType("KeyWrapper", false);
keyWrapperType.tp_call = (o, args, kwnames) => {
  const k = o as KeyWrapper;
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length > 1) typeError(`K() takes at most 1 argument (${args.length} given)`);
  if (nkw > 0 && kwnames![0] !== "obj") {
    typeError(`'${kwnames![0]}' is an invalid keyword argument for K()`);
  }
  if (args.length === 0) typeError("K() missing required argument 'obj' (pos 1)");
  return new KeyWrapper(k.cmp, args[0]);
};

function keyCompare(op: CompareOp): NativeFn {
  return (args) => {
    const a = args[0] as KeyWrapper, b = args[1];
    if (!(b instanceof KeyWrapper)) typeError("other argument must be K instance");
    const bk = b as KeyWrapper;
    if (a.obj === undefined || bk.obj === undefined) {
      throw attributeError("object");
    }
    const res = call(a.cmp, [a.obj, bk.obj], null);
    return richCompare(res, 0, op);
  };
}
defineMethods(keyWrapperType, {
  __call__: (args, kwnames) => keyWrapperType.tp_call!(args[0] as PyObject, args.slice(1), kwnames),
  __lt__: keyCompare(CompareOp.LT),
  __le__: keyCompare(CompareOp.LE),
  __eq__: keyCompare(CompareOp.EQ),
  __ne__: keyCompare(CompareOp.NE),
  __gt__: keyCompare(CompareOp.GT),
  __ge__: keyCompare(CompareOp.GE),
});
keyWrapperType.dict.setStr("__hash__", None);
defineGetter(keyWrapperType, "obj", (o) => {
  const v = (o as KeyWrapper).obj;
  if (v === undefined) throw attributeError("obj");
  return v;
}, (o, v) => {
  (o as KeyWrapper).obj = v;
});

function cmpToKey(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length > 1) typeError(`cmp_to_key() takes at most 1 argument (${args.length} given)`);
  if (nkw > 0 && kwnames![0] !== "mycmp") {
    typeError(`'${kwnames![0]}' is an invalid keyword argument for cmp_to_key()`);
  }
  if (args.length === 0) typeError("cmp_to_key() missing required argument 'mycmp' (pos 1)");
  return new KeyWrapper(args[0], undefined);
}

// ---- _lru_cache_wrapper --------------------------------------------------------------------

/**
 * One cache entry on the LRU ring (root.next is the least recently used). It is the value the
 * bounded cache's dict maps a key to; the dict never leaves this module.
 */
class Link extends PyObject {
  prev: Link = this;
  next: Link = this;
  constructor(public key: PyValue, public result: PyValue) {
    super(objectType);
  }
}

const enum CacheKind {
  Uncached,
  Infinite,
  Bounded,
}

class LruCache extends PyObject {
  hits = 0;
  misses = 0;
  readonly root = new Link(None, None);
  /** key -> result (infinite) or key -> Link (bounded). */
  readonly cache = new PyDict();
  constructor(
    cls: PyType,
    readonly func: PyValue,
    readonly kind: CacheKind,
    readonly maxsize: number,
    readonly typed: boolean,
    readonly cacheInfoType: PyValue,
    readonly kwdMark: PyValue,
  ) {
    super(cls);
  }
}

const lruType = staticType("_lru_cache_wrapper", false);
lruType.instancesHaveDict = true;
// Its instances bind like functions (Py_TPFLAGS_METHOD_DESCRIPTOR).
lruType.isMethodDescriptor = true;

/** The cache key, as lru_cache_make_key (and functools._make_key) builds it. */
function makeKey(
  c: LruCache,
  args: PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (!c.typed && nkw === 0) {
    if (npos === 1) {
      const k = args[0];
      // Exact str and int keys stand for themselves (subclass instances are boxed).
      if (typeof k === "string" || typeof k === "number" || typeof k === "bigint") return k;
    }
    return hashedKey(args.slice());
  }
  const key: PyValue[] = args.slice(0, npos);
  if (nkw > 0) {
    key.push(c.kwdMark);
    for (let i = 0; i < nkw; i++) key.push(kwnames![i], args[npos + i]);
  }
  if (c.typed) {
    for (let i = 0; i < npos; i++) key.push(typeOf(args[i]));
    for (let i = 0; i < nkw; i++) key.push(typeOf(args[npos + i]));
  }
  return hashedKey(key);
}

/**
 * A tuple key with its hash computed once, as CPython passes the known hash to the dict (so a
 * user __hash__ runs once per call, however many dict operations the call makes).
 */
class HashedKey extends PyObject {
  constructor(readonly tuple: PyTuple, readonly hashValue: number) {
    super(hashedKeyType);
  }
}
const hashedKeyType = staticType("_HashedKey", false);
defineMethods(hashedKeyType, {
  __hash__: (args) => (args[0] as HashedKey).hashValue,
  __eq__(args) {
    const a = args[0] as HashedKey, b = args[1];
    if (!(b instanceof HashedKey)) return NotImplemented;
    return richCompareBool(a.tuple, b.tuple, CompareOp.EQ);
  },
});

function hashedKey(items: PyValue[]): HashedKey {
  const t = makeTuple(items);
  return new HashedKey(t, hash(t));
}

function unlink(l: Link): void {
  l.prev.next = l.next;
  l.next.prev = l.prev;
}
function appendLink(c: LruCache, l: Link): void {
  const last = c.root.prev;
  last.next = l;
  l.prev = last;
  l.next = c.root;
  c.root.prev = l;
}

function lruCall(o: PyObject, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const c = o as LruCache;
  if (c.kind === CacheKind.Uncached) {
    c.misses++;
    return call(c.func, args, kwnames);
  }
  const key = makeKey(c, args, kwnames);
  if (c.kind === CacheKind.Infinite) {
    const hit = c.cache.get(key);
    if (hit !== undefined) {
      c.hits++;
      return hit;
    }
    c.misses++;
    const result = call(c.func, args, kwnames);
    c.cache.set(key, result);
    return result;
  }
  const link = c.cache.get(key) as Link | undefined;
  if (link !== undefined) {
    unlink(link);
    appendLink(c, link);
    c.hits++;
    return link.result;
  }
  c.misses++;
  const result = call(c.func, args, kwnames);
  // The call may have cached this key itself (recursion): keep that entry.
  if (c.cache.has(key)) return result;
  if (c.cache.size < c.maxsize || c.root.next === c.root) {
    const link = new Link(key, result);
    c.cache.set(key, link);
    appendLink(c, link);
    return result;
  }
  // Full: evict the oldest entry and reuse its link for the new key.
  const old = c.root.next;
  unlink(old);
  // Already gone (a reentrant call removed it): the orphaned link is dropped.
  if (!c.cache.delete(old.key)) return result;
  old.key = key;
  old.result = result;
  c.cache.set(key, old);
  appendLink(c, old);
  return result;
}
lruType.tp_call = lruCall;
lruType.tp_descr_get = (self, obj) => {
  if (obj === undefined || obj === None) return self;
  return new PyMethod(self, obj);
};

function clearCache(c: LruCache): void {
  c.hits = 0;
  c.misses = 0;
  c.root.next = c.root.prev = c.root;
  c.cache.clear();
}

defineMethods(lruType, {
  __call__: (args, kwnames) => lruCall(args[0] as PyObject, args.slice(1), kwnames),
  __get__(args) {
    const obj = args[1];
    return lruType.tp_descr_get!(args[0] as PyObject, obj === None ? undefined : obj, lruType);
  },
  cache_info(args) {
    const c = args[0] as LruCache;
    const maxsize = c.kind === CacheKind.Infinite ? None : c.maxsize;
    return call(c.cacheInfoType, [c.hits, c.misses, maxsize, c.cache.size], null);
  },
  cache_clear(args) {
    clearCache(args[0] as LruCache);
    return None;
  },
  __reduce__: (args) => getAttr(args[0], "__qualname__"),
  __copy__: (args) => args[0],
  __deepcopy__: (args) => args[0],
});
lruType.dict.setStr("__dictoffset__", 80);
lruType.dict.setStr(
  "__doc__",
  "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n",
);

function newLruWrapper(kwdMark: PyValue) {
  return (cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    const names = ["user_function", "maxsize", "typed", "cache_info_type"];
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    if (args.length > 4) typeError(`lru_cache() takes at most 4 arguments (${args.length} given)`);
    const slots: (PyValue | undefined)[] = [undefined, undefined, undefined, undefined];
    for (let i = 0; i < npos; i++) slots[i] = args[i];
    for (let k = 0; k < nkw; k++) {
      const idx = names.indexOf(kwnames![k]);
      if (idx < 0) typeError(`'${kwnames![k]}' is an invalid keyword argument for lru_cache()`);
      if (slots[idx] !== undefined) {
        typeError(
          `argument for lru_cache() given by name ('${names[idx]}') and position (${idx + 1})`,
        );
      }
      slots[idx] = args[npos + k];
    }
    for (let i = 0; i < 4; i++) {
      if (slots[i] === undefined) {
        typeError(`lru_cache() missing required argument '${names[i]}' (pos ${i + 1})`);
      }
    }
    const [func, maxsizeArg, typedArg, infoType] = slots as PyValue[];
    const typed = isTrue(typedArg);
    if (!isCallable(func)) typeError("the first argument must be callable");
    let kind: CacheKind, maxsize = 0;
    if (maxsizeArg === None) kind = CacheKind.Infinite;
    else {
      if (
        intValue(maxsizeArg) === undefined && lookupSpecial(maxsizeArg, "__index__") === undefined
      ) {
        typeError("maxsize should be integer or None");
      }
      const n = asIndex(maxsizeArg);
      if (typeof n === "bigint") {
        throw pyError(PyExc_OverflowError, "cannot fit 'int' into an index-sized integer");
      }
      maxsize = Math.max(0, n);
      kind = maxsize === 0 ? CacheKind.Uncached : CacheKind.Bounded;
    }
    return new LruCache(cls, func, kind, maxsize, typed, infoType, kwdMark);
  };
}

// partial objects and cache wrappers are weakly referenceable (tp_weaklistoffset).
for (const t of [partialType, lruType]) {
  t.dict.setStr("__weakref__", new PyGetSetDescriptor("__weakref__", t, () => None, null));
}

// ---- the module ----------------------------------------------------------------------------

export function createModule(): PyModule {
  const m = new PyModule("_functools");
  const d = m.dict;
  d.setStr("__doc__", "Tools that operate on functions.");
  d.setStr("reduce", new PyBuiltinFunction("reduce", reduce, undefined, "reduce", "_functools"));
  d.setStr(
    "cmp_to_key",
    new PyBuiltinFunction("cmp_to_key", cmpToKey, undefined, "cmp_to_key", "_functools"),
  );
  d.setStr("partial", partialType);
  d.setStr("_lru_cache_wrapper", lruType);
  return m;
}

// The keyword marker of cache keys: one plain object shared by every wrapper, as CPython's
// module-level kwd_mark.
const kwdMark = new PyObject(objectType);
defineNew(lruType, newLruWrapper(kwdMark));
