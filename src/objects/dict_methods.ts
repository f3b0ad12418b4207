// dict's Python-level methods, its views (dict_keys/dict_values/dict_items) and iterators.
// CPython's Objects/dictobject.c. The storage (PyDict) is in object.ts.
import {
  bindArgs,
  checkArgs,
  defineClassMethod,
  defineGetter,
  defineMethods,
  defineNew,
  iteratorMethods,
  requireArgs,
  requireNoArgs,
} from "./builtin_function.ts";
import { PyMappingProxy } from "./type.ts";
import { exhaustedReduce } from "./iterobject.ts";
import {
  type DictEntry,
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
} from "./object.ts";
import {
  keyError,
  pyError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "./exceptions.ts";
import {
  call,
  callSpecial,
  equals,
  getAttrOrUndefined,
  getItem,
  getIter,
  iterateToArray,
  iterNext,
  lookupSpecial,
  repr,
} from "./abstract.ts";
import { makeTuple, PyTuple } from "./tuple.ts";
import { PyList } from "./list.ts";
import { reprGuarded } from "./sequence.ts";
import { compareSets, makeSet, PySet } from "./set.ts";
import { CompareOp } from "../compiler/opcodes.ts";

dictType.allocate = (cls) => new PyDict(cls);

// ---- Iterators ---------------------------------------------------------------------------------

export const dictKeyIteratorType: PyType = new PyType(typeType, "dict_keyiterator", [objectType]);
export const dictValueIteratorType: PyType = new PyType(typeType, "dict_valueiterator", [
  objectType,
]);
export const dictItemIteratorType: PyType = new PyType(typeType, "dict_itemiterator", [objectType]);
export const dictReverseKeyIteratorType: PyType = new PyType(
  typeType,
  "dict_reversekeyiterator",
  [objectType],
);
export const dictReverseValueIteratorType: PyType = new PyType(
  typeType,
  "dict_reversevalueiterator",
  [objectType],
);
export const dictReverseItemIteratorType: PyType = new PyType(
  typeType,
  "dict_reverseitemiterator",
  [objectType],
);

const enum IterKind {
  KEYS,
  VALUES,
  ITEMS,
}

/**
 * Iterates a dict's live entries (JS Map iteration tolerates mutation) and raises CPython's
 * RuntimeError when the size changed since the iterator was made.
 */
export class DictIterator extends PyObject {
  it: Iterator<DictEntry>;
  /** The Map being iterated (a cleared dict gets a new one) and entries consumed so far. */
  iterMap: Map<unknown, DictEntry>;
  consumed = 0;
  readonly size: number;
  /** Items still expected (CPython's di_len): one more means keys were replaced. */
  remaining: number;
  done = false;
  constructor(readonly mapping: PyDict, readonly kind: IterKind, cls: PyType) {
    super(cls);
    this.iterMap = mapping.map;
    this.it = mapping.map.values();
    this.size = mapping.map.size;
    this.remaining = this.size;
  }
}

export class DictKeyIterator extends DictIterator {
  constructor(dict: PyDict) {
    super(dict, IterKind.KEYS, dictKeyIteratorType);
  }
}

function dictIterNext(o: PyObject): PyValue | undefined {
  const di = o as DictIterator;
  if (di.done) return undefined;
  if (di.mapping.map.size !== di.size) {
    di.done = true;
    throw pyError(PyExc_RuntimeError, "dictionary changed size during iteration");
  }
  if (di.mapping.map !== di.iterMap) {
    // The dict was cleared and refilled to the same size: continue at the same position in
    // the new table, as CPython's index-based iterator does.
    di.iterMap = di.mapping.map;
    di.it = di.iterMap.values();
    for (let i = 0; i < di.consumed; i++) di.it.next();
  }
  const r = di.it.next();
  if (r.done) {
    di.done = true;
    return undefined;
  }
  di.consumed++;
  if (di.remaining === 0) {
    di.done = true;
    throw pyError(PyExc_RuntimeError, "dictionary keys changed during iteration");
  }
  di.remaining--;
  const e = r.value;
  if (di.kind === IterKind.KEYS) return e.key;
  if (di.kind === IterKind.VALUES) return e.value;
  return makeTuple([e.key, e.value]);
}

export class DictReverseIterator extends PyObject {
  readonly keys: PyValue[];
  index: number;
  readonly size: number;
  constructor(readonly mapping: PyDict, readonly kind: IterKind) {
    super(
      kind === IterKind.VALUES
        ? dictReverseValueIteratorType
        : kind === IterKind.ITEMS
        ? dictReverseItemIteratorType
        : dictReverseKeyIteratorType,
    );
    this.keys = [...mapping.map.values()].map((e) =>
      kind === IterKind.VALUES
        ? e.value
        : kind === IterKind.ITEMS
        ? makeTuple([e.key, e.value])
        : e.key
    );
    this.index = this.keys.length - 1;
    this.size = mapping.map.size;
  }
}
const dictReverseIterNext = (o: PyObject): PyValue | undefined => {
  const it = o as DictReverseIterator;
  if (it.index < 0) return undefined;
  if (it.mapping.map.size !== it.size) {
    it.index = -1;
    throw pyError(PyExc_RuntimeError, "dictionary changed size during iteration");
  }
  return it.keys[it.index--];
};

for (
  const t of [
    dictKeyIteratorType,
    dictValueIteratorType,
    dictItemIteratorType,
    dictReverseKeyIteratorType,
    dictReverseValueIteratorType,
    dictReverseItemIteratorType,
  ]
) {
  t.tp_iternext = t.name.startsWith("dict_reverse") ? dictReverseIterNext : dictIterNext;
  defineMethods(t, {
    ...iteratorMethods(t),
    __length_hint__(args) {
      const di = args[0] as DictIterator;
      return di.done ? 0 : di.mapping.size;
    },
    // CPython pickles a dict iterator as iter(list of what a copy of it would still yield).
    __reduce__: (args) => exhaustedReduce(new PyList(remainingDictItems(args[0] as PyObject))),
  });
}

function remainingDictItems(o: PyObject): PyValue[] {
  if (o instanceof DictReverseIterator) {
    if (o.index < 0) return [];
    if (o.mapping.map.size !== o.size) {
      throw pyError(PyExc_RuntimeError, "dictionary changed size during iteration");
    }
    return o.keys.slice(0, o.index + 1).reverse();
  }
  const di = o as DictIterator;
  if (di.done) return [];
  if (di.mapping.map.size !== di.size) {
    throw pyError(PyExc_RuntimeError, "dictionary changed size during iteration");
  }
  const out: PyValue[] = [];
  let skip = di.consumed;
  for (const e of di.mapping.map.values()) {
    if (skip > 0) {
      skip--;
      continue;
    }
    out.push(
      di.kind === IterKind.KEYS
        ? e.key
        : di.kind === IterKind.VALUES
        ? e.value
        : makeTuple([e.key, e.value]),
    );
  }
  return out;
}

// ---- Views ---------------------------------------------------------------------------------------

export const dictKeysType: PyType = new PyType(typeType, "dict_keys", [objectType]);
export const dictValuesType: PyType = new PyType(typeType, "dict_values", [objectType]);
export const dictItemsType: PyType = new PyType(typeType, "dict_items", [objectType]);

export class DictView extends PyObject {
  constructor(readonly mapping: PyDict, readonly kind: IterKind, cls: PyType) {
    super(cls);
  }
}

function viewIter(v: DictView): PyObject {
  const cls = v.kind === IterKind.KEYS
    ? dictKeyIteratorType
    : v.kind === IterKind.VALUES
    ? dictValueIteratorType
    : dictItemIteratorType;
  return new DictIterator(v.mapping, v.kind, cls);
}

function viewItems(v: DictView): PyValue[] {
  const out: PyValue[] = [];
  for (const e of v.mapping.map.values()) {
    out.push(
      v.kind === IterKind.KEYS
        ? e.key
        : v.kind === IterKind.VALUES
        ? e.value
        : makeTuple([e.key, e.value]),
    );
  }
  return out;
}

function viewContains(v: DictView, x: PyValue): boolean {
  if (v.kind === IterKind.KEYS) return v.mapping.has(x);
  if (v.kind === IterKind.ITEMS) {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const e = v.mapping.getEntry(x.items[0]);
    return e !== undefined && (e.value === x.items[1] || equals(e.value, x.items[1]));
  }
  for (const e of v.mapping.map.values()) if (e.value === x || equals(e.value, x)) return true;
  return false;
}

/** The set a set-like view operation works on: other iterable's items. */
function otherItems(o: PyValue): PyValue[] | null {
  if (lookupSpecial(o, "__iter__") === undefined) return null;
  return iterateToArray(o);
}

function setLikeOp(op: "and" | "or" | "sub" | "xor", reflected = false) {
  return (args: PyValue[]) => {
    const v = args[0] as DictView;
    const other = otherItems(args[1]);
    if (other === null) return NotImplemented;
    const mine = makeSet(viewItems(v));
    const theirs = makeSet(other);
    const [a, b] = reflected ? [theirs, mine] : [mine, theirs];
    const out = makeSet([]);
    switch (op) {
      case "and":
        for (const x of a.values()) if (b.has(x)) out.add(x);
        break;
      case "or":
        for (const x of a.values()) out.add(x);
        for (const x of b.values()) out.add(x);
        break;
      case "sub":
        for (const x of a.values()) if (!b.has(x)) out.add(x);
        break;
      case "xor":
        for (const x of a.values()) if (!b.has(x)) out.add(x);
        for (const x of b.values()) if (!a.has(x)) out.add(x);
        break;
    }
    return out;
  };
}

function viewCompare(op: CompareOp) {
  return (args: PyValue[]) => {
    const v = args[0] as DictView;
    const o = args[1];
    let other: PySet;
    if (o instanceof DictView && o.kind !== IterKind.VALUES) other = makeSet(viewItems(o));
    else if (o instanceof PySet) other = o;
    else return NotImplemented;
    return compareSets(makeSet(viewItems(v)), other, op);
  };
}

for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
  defineGetter(t, "mapping", (v) => new PyMappingProxy((v as DictView).mapping));
}

for (
  const [t, kind, name] of [
    [dictKeysType, IterKind.KEYS, "dict_keys"],
    [dictValuesType, IterKind.VALUES, "dict_values"],
    [dictItemsType, IterKind.ITEMS, "dict_items"],
  ] as const
) {
  defineMethods(t, {
    __len__: (args) => (args[0] as DictView).mapping.size,
    __iter__: (args) => viewIter(args[0] as DictView),
    __reversed__: (args) => new DictReverseIterator((args[0] as DictView).mapping, kind),
    __contains__: (args) => viewContains(args[0] as DictView, args[1]),
    __repr__(args) {
      const v = args[0] as DictView;
      return reprGuarded(v, () => `${name}([${viewItems(v).map(repr).join(", ")}])`, "...");
    },
  });
  if (kind !== IterKind.VALUES) {
    defineMethods(t, {
      __and__: setLikeOp("and"),
      __rand__: setLikeOp("and", true),
      __or__: setLikeOp("or"),
      __ror__: setLikeOp("or", true),
      __sub__: setLikeOp("sub"),
      __rsub__: setLikeOp("sub", true),
      __xor__: setLikeOp("xor"),
      __rxor__: setLikeOp("xor", true),
      __eq__: viewCompare(CompareOp.EQ),
      __ne__: viewCompare(CompareOp.NE),
      __lt__: viewCompare(CompareOp.LT),
      __le__: viewCompare(CompareOp.LE),
      __gt__: viewCompare(CompareOp.GT),
      __ge__: viewCompare(CompareOp.GE),
      isdisjoint(args) {
        const v = args[0] as DictView;
        for (const x of iterateToArray(args[1])) if (viewContains(v, x)) return false;
        return true;
      },
    });
    t.dict.setStr("__hash__", None);
    requireArgs(t, { isdisjoint: 1 });
  }
}

// ---- dict methods ------------------------------------------------------------------------------

const D = (v: PyValue) => v as PyDict;

/** dict.update / dict(...) argument handling: mappings (keys()), or iterables of pairs. */
export function dictMerge(target: PyDict, src: PyValue): void {
  if (
    src instanceof PyDict && lookupSpecial(src, "__iter__") === dictType.dict.getStr("__iter__")
  ) {
    for (const e of [...src.entries()]) target.set(e.key, e.value);
    return;
  }
  const keysFn = getAttrOrUndefined(src, "keys");
  if (keysFn !== undefined) {
    for (const k of iterateToArray(call(keysFn, [], null))) target.set(k, getItem(src, k));
    return;
  }
  const it = getIter(src);
  let i = 0;
  for (let item = iterNext(it); item !== undefined; item = iterNext(it), i++) {
    let pair: PyValue[];
    try {
      pair = iterateToArray(item);
    } catch (e) {
      if (e instanceof PyObject && e.cls.name === "TypeError") {
        throw pyError(
          PyExc_TypeError,
          `cannot convert dictionary update sequence element #${i} to a sequence`,
        );
      }
      throw e;
    }
    if (pair.length !== 2) {
      throw pyError(
        PyExc_ValueError,
        `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`,
      );
    }
    target.set(pair[0], pair[1]);
  }
}

function updateFromArgs(
  self: PyDict,
  args: PyValue[],
  kwnames: readonly string[] | null,
  fname: string,
) {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  if (npos > 1) {
    throw pyError(PyExc_TypeError, `${fname} expected at most 1 argument, got ${npos}`);
  }
  if (npos === 1) dictMerge(self, args[1]);
  for (let i = 0; i < nkw; i++) self.setStr(kwnames![i], args[1 + npos + i]);
}

/** d[key] for dicts and subclasses (calls __missing__ on subclasses that define it). */
export function dictGetItem(d: PyDict, key: PyValue): PyValue {
  const v = d.get(key);
  if (v !== undefined) return v;
  if (d.cls !== dictType) {
    const missing = lookupSpecial(d, "__missing__");
    if (missing !== undefined) return callSpecial(missing, d, [key]);
  }
  throw keyError(key);
}

export function dictRepr(d: PyDict): string {
  if (d.size === 0) return "{}";
  return reprGuarded(d, () => {
    const parts: string[] = [];
    for (const e of [...d.entries()]) parts.push(`${repr(e.key)}: ${repr(e.value)}`);
    return `{${parts.join(", ")}}`;
  }, "{...}");
}

export function dictEquals(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const e of [...a.entries()]) {
    const other = b.getEntry(e.key);
    if (other === undefined) return false;
    if (!(other.value === e.value || equals(e.value, other.value))) return false;
  }
  return true;
}

defineNew(dictType, (cls) => new PyDict(cls));

defineMethods(dictType, {
  __init__(args, kwnames) {
    updateFromArgs(D(args[0]), args, kwnames, "dict");
    return None;
  },
  __len__: (args) => D(args[0]).size,
  __getitem__: (args) => dictGetItem(D(args[0]), args[1]),
  __setitem__(args) {
    D(args[0]).set(args[1], args[2]);
    return None;
  },
  __delitem__(args) {
    if (!D(args[0]).delete(args[1])) throw keyError(args[1]);
    return None;
  },
  __contains__: (args) => D(args[0]).has(args[1]),
  __iter__: (args) => new DictKeyIterator(D(args[0])),
  __reversed__: (args) => new DictReverseIterator(D(args[0]), IterKind.KEYS),
  __repr__: (args) => dictRepr(D(args[0])),
  __eq__(args) {
    const b = args[1];
    if (!(b instanceof PyDict)) return NotImplemented;
    return dictEquals(D(args[0]), b);
  },
  __ne__(args) {
    const b = args[1];
    if (!(b instanceof PyDict)) return NotImplemented;
    return !dictEquals(D(args[0]), b);
  },
  __or__(args) {
    const b = args[1];
    if (!(b instanceof PyDict)) return NotImplemented;
    const out = D(args[0]).copyInto(new PyDict(typeOf(args[0]) === dictType ? dictType : dictType));
    dictMerge(out, b);
    return out;
  },
  __ror__(args) {
    const b = args[1];
    if (!(b instanceof PyDict)) return NotImplemented;
    const out = b.copyInto(new PyDict());
    dictMerge(out, D(args[0]));
    return out;
  },
  __ior__(args) {
    dictMerge(D(args[0]), args[1]);
    return args[0];
  },
  __sizeof__: (args) => 64 + 24 * D(args[0]).size,
  keys: (args) => new DictView(D(args[0]), IterKind.KEYS, dictKeysType),
  values: (args) => new DictView(D(args[0]), IterKind.VALUES, dictValuesType),
  items: (args) => new DictView(D(args[0]), IterKind.ITEMS, dictItemsType),
  get(args, kw) {
    checkArgs("get", args, kw, 1, 2, 1);
    const v = D(args[0]).get(args[1]);
    return v === undefined ? (args[2] ?? None) : v;
  },
  setdefault(args, kw) {
    checkArgs("setdefault", args, kw, 1, 2, 1);
    const d = D(args[0]);
    const v = d.get(args[1]);
    if (v !== undefined) return v;
    const dflt = args[2] ?? None;
    d.set(args[1], dflt);
    return dflt;
  },
  pop(args, kw) {
    checkArgs("pop", args, kw, 1, 2, 1);
    const d = D(args[0]);
    const e = d.getEntry(args[1]);
    if (e === undefined) {
      if (args.length > 2) return args[2];
      throw keyError(args[1]);
    }
    d.delete(args[1]);
    return e.value;
  },
  popitem(args) {
    const d = D(args[0]);
    if (d.size === 0) throw keyError("popitem(): dictionary is empty");
    let last: DictEntry | undefined;
    for (const e of d.map.values()) last = e;
    d.delete(last!.key);
    return makeTuple([last!.key, last!.value]);
  },
  update(args, kwnames) {
    updateFromArgs(D(args[0]), args, kwnames, "update");
    return None;
  },
  clear(args) {
    D(args[0]).clear();
    return None;
  },
  copy: (args) => D(args[0]).copyInto(new PyDict()),
});
// KeyError('popitem(): dictionary is empty') shows its message with quotes, like CPython.
dictType.dict.setStr("__hash__", None);
defineClassMethod(dictType, "fromkeys", (args, kwnames) => {
  const [iterable, value] = bindArgs("fromkeys", args, kwnames, ["iterable", "value", "/"], 1, 1);
  const cls = args[0] as PyType;
  const d = cls === dictType ? new PyDict() : call(cls, [], null);
  for (const k of iterateToArray(iterable!)) {
    if (d instanceof PyDict && d.cls === dictType) d.set(k, value ?? None);
    else callSpecial(lookupSpecial(d, "__setitem__")!, d, [k, value ?? None]);
  }
  return d;
});
defineClassMethod(dictType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));

import { makeGenericAlias } from "./genericalias.ts";
requireNoArgs(dictType, ["keys", "values", "items", "clear", "copy", "popitem"]);
