// set and frozenset (CPython's Objects/setobject.c), stored in a PyDict whose values are unused
// so hashing and equality follow exactly the dict's key rules.
import {
  bindArgs,
  checkArgs,
  defineClassMethod,
  defineMethods,
  defineNew,
  iteratorMethods,
  requireArgs,
  requireNoArgs,
} from "./builtin_function.ts";
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
} from "./object.ts";
import { keyError, pyError, PyExc_RuntimeError } from "./exceptions.ts";
import { equals, hash, hashExact, iterateToArray, repr } from "./abstract.ts";
import { reprGuarded } from "./sequence.ts";
import { PyList } from "./list.ts";
import { exhaustedReduce } from "./iterobject.ts";
import { objectState } from "./pickling.ts";
import { makeTuple } from "./tuple.ts";
import { CompareOp } from "../compiler/opcodes.ts";

export const setType: PyType = new PyType(typeType, "set", [objectType]);
export const frozenSetType: PyType = new PyType(typeType, "frozenset", [objectType]);

/** A deleted slot (CPython's dummy entry). */
const DUMMY = { key: undefined as unknown as PyValue, hash: -1 };
interface SetEntry {
  key: PyValue;
  hash: number;
}
const LINEAR_PROBES = 9;
const MIN_SIZE = 8;

/**
 * CPython's set table: open addressing with linear probing then perturbation, same sizes and
 * growth rule, so iteration order (table order) matches CPython for keys whose hashes match
 * CPython's (ints, floats, and tuples/frozensets of them follow our own hash).
 */
export class PySet extends PyObject {
  table: (SetEntry | null)[] = new Array(MIN_SIZE).fill(null);
  mask = MIN_SIZE - 1;
  /** Active + dummy slots. */
  fill = 0;
  used = 0;
  /** Where pop() resumes its scan (CPython's finger). */
  finger = 0;
  constructor(cls: PyType = setType) {
    super(cls);
  }
  get size(): number {
    return this.used;
  }

  private find(key: PyValue, h: number): number {
    const table = this.table;
    const mask = this.mask;
    let i = h & mask;
    let perturb: bigint | null = null;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const e = table[i + j];
        if (e === null) return -1;
        if (e !== DUMMY && e.hash === h && (e.key === key || equals(e.key, key))) return i + j;
      }
      perturb = perturb === null ? BigInt.asUintN(64, BigInt(h)) >> 5n : perturb >> 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }

  has(key: PyValue): boolean {
    return this.find(key, hash(key)) >= 0;
  }

  add(key: PyValue): void {
    const h = hash(key);
    const table = this.table;
    const mask = this.mask;
    let i = h & mask;
    let perturb: bigint | null = null;
    let freeslot = -1;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const e = table[i + j];
        if (e === null) {
          if (freeslot >= 0) {
            table[freeslot] = { key, hash: h };
            this.used++;
            return;
          }
          table[i + j] = { key, hash: h };
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) {
            this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          }
          return;
        }
        if (e === DUMMY) {
          if (freeslot < 0) freeslot = i + j;
        } else if (e.hash === h && (e.key === key || equals(e.key, key))) return;
      }
      perturb = perturb === null ? BigInt.asUintN(64, BigInt(h)) >> 5n : perturb >> 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }

  private resize(minused: number): void {
    let size = MIN_SIZE;
    while (size <= minused) size <<= 1;
    const old = this.table;
    this.table = new Array(size).fill(null);
    this.mask = size - 1;
    this.fill = this.used;
    for (const e of old) if (e !== null && e !== DUMMY) this.insertClean(e);
  }

  private insertClean(entry: SetEntry): void {
    const table = this.table;
    const mask = this.mask;
    let i = entry.hash & mask;
    let perturb: bigint | null = null;
    for (;;) {
      if (table[i] === null) {
        table[i] = entry;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (table[i + j] === null) {
            table[i + j] = entry;
            return;
          }
        }
      }
      perturb = perturb === null ? BigInt.asUintN(64, BigInt(entry.hash)) >> 5n : perturb >> 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }

  discard(key: PyValue): boolean {
    const i = this.find(key, hash(key));
    if (i < 0) return false;
    this.table[i] = DUMMY;
    this.used--;
    return true;
  }

  /** Removes and returns an arbitrary element (CPython's scan from the finger). */
  pop(): PyValue | undefined {
    if (this.used === 0) return undefined;
    let i = this.finger & this.mask;
    for (;;) {
      const e = this.table[i];
      if (e !== null && e !== DUMMY) {
        this.table[i] = DUMMY;
        this.used--;
        this.finger = i + 1;
        return e.key;
      }
      i = i + 1 > this.mask ? 0 : i + 1;
    }
  }

  clear(): void {
    this.table = new Array(MIN_SIZE).fill(null);
    this.mask = MIN_SIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  /** Presize before adding n items from a set or dict (CPython's set_merge rule). */
  reserve(n: number): void {
    if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
  }

  *values(): IterableIterator<PyValue> {
    const table = this.table;
    for (let i = 0; i < table.length; i++) {
      const e = table[i];
      if (e !== null && e !== DUMMY) yield e.key;
      if (this.table !== table) return;
    }
  }

  get frozen(): boolean {
    return this.cls === frozenSetType || this.cls.mro.includes(frozenSetType);
  }
}
setType.allocate = (cls) => new PySet(cls);
frozenSetType.allocate = (cls) => new PySet(cls);

export function makeSet(items: Iterable<PyValue>): PySet {
  const s = new PySet(setType);
  for (const x of items) s.add(x);
  return s;
}

export function makeFrozenSet(items: Iterable<PyValue>): PySet {
  const s = new PySet(frozenSetType);
  for (const x of items) s.add(x);
  return s;
}

/** Adds the items of any iterable (set/dict sources presize first, like CPython). */
export function setUpdate(s: PySet, other: PyValue): void {
  if (other instanceof PySet) {
    s.reserve(other.size);
    for (const x of [...other.values()]) s.add(x);
    return;
  }
  if (other instanceof PyDict) {
    s.reserve(other.size);
    for (const x of [...other.keys()]) s.add(x);
    return;
  }
  for (const x of iterateToArray(other)) s.add(x);
}

// ---- Iterator ----------------------------------------------------------------------------------

export const setIteratorType: PyType = new PyType(typeType, "set_iterator", [objectType]);
export class SetIterator extends PyObject {
  readonly it: Iterator<PyValue>;
  readonly size: number;
  done = false;
  /** Items yielded so far (the position a pickled copy resumes from). */
  consumed = 0;
  constructor(readonly set: PySet) {
    super(setIteratorType);
    this.it = set.values();
    this.size = set.size;
  }
}
setIteratorType.tp_iternext = (o) => {
  const si = o as SetIterator;
  if (si.done) return undefined;
  if (si.set.size !== si.size) {
    si.done = true;
    throw pyError(PyExc_RuntimeError, "Set changed size during iteration");
  }
  const r = si.it.next();
  if (r.done) {
    si.done = true;
    return undefined;
  }
  si.consumed++;
  return r.value;
};
defineMethods(setIteratorType, {
  ...iteratorMethods(setIteratorType),
  __length_hint__: (args) => (args[0] as SetIterator).done ? 0 : (args[0] as SetIterator).set.size,
  // CPython pickles a set iterator as iter(list of what a copy of it would still yield).
  __reduce__(args) {
    const si = args[0] as SetIterator;
    const rest: PyValue[] = [];
    if (!si.done) {
      if (si.set.size !== si.size) {
        throw pyError(PyExc_RuntimeError, "Set changed size during iteration");
      }
      let skip = si.consumed;
      for (const v of si.set.values()) {
        if (skip > 0) skip--;
        else rest.push(v);
      }
    }
    return exhaustedReduce(new PyList(rest));
  },
});

// ---- Operations ----------------------------------------------------------------------------------

const S = (v: PyValue) => v as PySet;

/** Result of a binary set operation has the left operand's base kind (set or frozenset). */
function sameKind(s: PySet): PySet {
  return new PySet(s.frozen ? frozenSetType : setType);
}

function toSet(v: PyValue): PySet {
  if (v instanceof PySet) return v;
  return makeSet(iterateToArray(v));
}

function union(a: PySet, others: PyValue[]): PySet {
  const out = sameKind(a);
  setUpdate(out, a);
  for (const o of others) setUpdate(out, o);
  return out;
}
function intersection(a: PySet, b: PySet): PySet {
  const out = sameKind(a);
  // CPython iterates the smaller operand (the right one on ties) and probes the other.
  const [small, big] = b.size > a.size ? [a, b] : [b, a];
  for (const x of small.values()) if (big.has(x)) out.add(x);
  return out;
}
function difference(a: PySet, b: PySet): PySet {
  const out = sameKind(a);
  for (const x of a.values()) if (!b.has(x)) out.add(x);
  return out;
}
function symmetricDifference(a: PySet, b: PySet): PySet {
  const out = sameKind(a);
  setUpdate(out, a);
  for (const x of b.values()) {
    if (!out.discard(x)) out.add(x);
  }
  return out;
}
function isSubset(a: PySet, b: PySet): boolean {
  if (a.size > b.size) return false;
  for (const x of a.values()) if (!b.has(x)) return false;
  return true;
}

function binary(f: (a: PySet, b: PySet) => PySet, reflected = false) {
  return (args: PyValue[]) => {
    const o = args[1];
    if (!(o instanceof PySet)) return NotImplemented;
    return reflected ? f(o, S(args[0])) : f(S(args[0]), o);
  };
}

function inplace(f: (a: PySet, b: PySet) => PySet) {
  return (args: PyValue[]) => {
    const self = S(args[0]);
    const o = args[1];
    if (!(o instanceof PySet)) return NotImplemented;
    const r = f(self, o);
    self.clear();
    for (const x of r.values()) self.add(x);
    return self;
  };
}

/** Rich comparison of two sets as subset relations (also used by dict key/item views). */
export function compareSets(a: PySet, b: PySet, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.EQ:
      return a.size === b.size && isSubset(a, b);
    case CompareOp.NE:
      return !(a.size === b.size && isSubset(a, b));
    case CompareOp.LE:
      return isSubset(a, b);
    case CompareOp.LT:
      return a.size < b.size && isSubset(a, b);
    case CompareOp.GE:
      return isSubset(b, a);
    default:
      return a.size > b.size && isSubset(b, a);
  }
}

function compare(op: CompareOp) {
  return (args: PyValue[]) => {
    const a = S(args[0]), b = args[1];
    if (!(b instanceof PySet)) return NotImplemented;
    return compareSets(a, b, op);
  };
}

export function setRepr(s: PySet): string {
  const name = s.cls.name;
  if (s.size === 0) return `${name}()`;
  return reprGuarded(s, () => {
    const body = `{${[...s.values()].map(repr).join(", ")}}`;
    return s.cls === setType ? body : `${name}(${body})`;
  }, `${name}(...)`);
}

const common = {
  __len__: (args: PyValue[]) => S(args[0]).size,
  __contains__(args: PyValue[]) {
    const x = args[1];
    try {
      return S(args[0]).has(x);
    } catch (e) {
      // A set used as a key is looked up as the equivalent frozenset (CPython does the same).
      if (x instanceof PySet && !x.frozen) return S(args[0]).has(makeFrozenSet(x.values()));
      throw e;
    }
  },
  __iter__: (args: PyValue[]) => new SetIterator(S(args[0])),
  __repr__: (args: PyValue[]) => setRepr(S(args[0])),
  __or__: binary((a, b) => union(a, [b])),
  __ror__: binary((a, b) => union(a, [b]), true),
  __and__: binary(intersection),
  __rand__: binary(intersection, true),
  __sub__: binary(difference),
  __rsub__: binary(difference, true),
  __xor__: binary(symmetricDifference),
  __rxor__: binary(symmetricDifference, true),
  __eq__: compare(CompareOp.EQ),
  __ne__: compare(CompareOp.NE),
  __lt__: compare(CompareOp.LT),
  __le__: compare(CompareOp.LE),
  __gt__: compare(CompareOp.GT),
  __ge__: compare(CompareOp.GE),
  union: (args: PyValue[]) => union(S(args[0]), args.slice(1)),
  intersection(args: PyValue[]) {
    let r = S(args[0]);
    if (args.length === 1) return union(r, []);
    for (const o of args.slice(1)) r = intersection(r, toSet(o));
    return r;
  },
  difference(args: PyValue[]) {
    let r = union(S(args[0]), []);
    for (const o of args.slice(1)) r = difference(r, toSet(o));
    return r;
  },
  symmetric_difference: (args: PyValue[]) => symmetricDifference(S(args[0]), toSet(args[1])),
  issubset: (args: PyValue[]) => isSubset(S(args[0]), toSet(args[1])),
  issuperset: (args: PyValue[]) => isSubset(toSet(args[1]), S(args[0])),
  isdisjoint(args: PyValue[]) {
    const a = S(args[0]);
    for (const x of iterateToArray(args[1])) if (a.has(x)) return false;
    return true;
  },
  copy(args: PyValue[]) {
    const s = S(args[0]);
    if (s.cls === frozenSetType) return s;
    return union(s, []);
  },
  // (type, (list(self),), state) with the state from __getstate__ (set_reduce).
  __reduce__: (args: PyValue[]) =>
    makeTuple([
      typeOf(args[0]),
      makeTuple([new PyList([...S(args[0]).values()])]),
      objectState(args[0]),
    ]),
};

defineNew(setType, (cls) => new PySet(cls));
defineMethods(setType, {
  ...common,
  __init__(args, kwnames) {
    const [iterable] = bindArgs("set", args, kwnames, ["iterable", "/"], 0, 1);
    const s = S(args[0]);
    s.clear();
    if (iterable !== undefined) { for (const x of iterateToArray(iterable)) s.add(x); }
    return None;
  },
  add(args, kw) {
    checkArgs("set.add", args, kw, 1, 1, 1);
    S(args[0]).add(args[1]);
    return None;
  },
  discard(args) {
    S(args[0]).discard(args[1]);
    return None;
  },
  remove(args) {
    if (!S(args[0]).discard(args[1])) throw keyError(args[1]);
    return None;
  },
  pop(args) {
    const v = S(args[0]).pop();
    if (v === undefined) throw keyError("pop from an empty set");
    return v;
  },
  clear(args) {
    S(args[0]).clear();
    return None;
  },
  update(args) {
    const s = S(args[0]);
    for (const o of args.slice(1)) setUpdate(s, o);
    return None;
  },
  intersection_update(args) {
    const s = S(args[0]);
    let r = s;
    for (const o of args.slice(1)) r = intersection(r, toSet(o));
    s.clear();
    for (const x of r.values()) s.add(x);
    return None;
  },
  difference_update(args) {
    const s = S(args[0]);
    for (const o of args.slice(1)) for (const x of iterateToArray(o)) s.discard(x);
    return None;
  },
  symmetric_difference_update(args) {
    const s = S(args[0]);
    const r = symmetricDifference(s, toSet(args[1]));
    s.clear();
    for (const x of r.values()) s.add(x);
    return None;
  },
  __ior__: inplace((a, b) => union(a, [b])),
  __iand__: inplace(intersection),
  __isub__: inplace(difference),
  __ixor__: inplace(symmetricDifference),
});
setType.dict.setStr("__hash__", None);

defineNew(frozenSetType, (cls, args, kwnames) => {
  const [iterable] = bindArgs("frozenset", args, kwnames, ["iterable", "/"]);
  if (iterable instanceof PySet && iterable.cls === frozenSetType && cls === frozenSetType) {
    return iterable;
  }
  const s = new PySet(cls);
  if (iterable !== undefined) { for (const x of iterateToArray(iterable)) s.add(x); }
  return s;
});
defineMethods(frozenSetType, {
  ...common,
  __hash__(args) {
    return frozenSetHash(S(args[0]));
  },
});
defineClassMethod(setType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));
defineClassMethod(frozenSetType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));

import { makeGenericAlias } from "./genericalias.ts";

const U64 = (1n << 64n) - 1n;

/**
 * CPython 3.11's frozenset_hash: xor of shuffled element hashes, then mixed with the size,
 * in unsigned 64-bit arithmetic (so hash() and the order of sets of frozensets match).
 */
export function frozenSetHash(set: PySet): number | bigint {
  const shuffle = (h: bigint) => (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & U64;
  let h = 0n;
  for (const x of set.values()) h ^= shuffle(BigInt.asUintN(64, BigInt(hashExact(x))));
  h ^= (BigInt(set.size + 1) * 1927868237n) & U64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & U64;
  if (h === U64) h = 590923713n;
  const signed = BigInt.asIntN(64, h);
  return signed >= -9007199254740991n && signed <= 9007199254740991n ? Number(signed) : signed;
}
requireNoArgs(setType, ["pop", "clear", "copy"]);
for (const t of [setType, frozenSetType]) {
  requireArgs(t, {
    isdisjoint: 1,
    issubset: 1,
    issuperset: 1,
    symmetric_difference: 1,
    __contains__: 1,
  });
}
requireArgs(setType, { add: 1, discard: 1, remove: 1, symmetric_difference_update: 1 });
requireNoArgs(frozenSetType, ["copy"]);
