// tuple: an immutable array of values. CPython's Objects/tupleobject.c.
import { checkRepeat } from "./allocation.ts";
import {
  bindArgs,
  checkArgs,
  defineClassMethod,
  defineMethods,
  defineNew,
  iteratorMethods,
} from "./builtin_function.ts";
import {
  None,
  NotImplemented,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  typeType,
} from "./object.ts";
import { exhaustedReduce, iterReduce, stateIndex } from "./iterobject.ts";

export const tupleType: PyType = new PyType(typeType, "tuple", [objectType]);

export class PyTuple extends PyObject {
  readonly items: readonly PyValue[];
  constructor(items: readonly PyValue[], cls: PyType = tupleType) {
    super(cls);
    this.items = items;
  }
}

/** The empty tuple is a singleton, as in CPython. */
export const EMPTY_TUPLE: PyTuple = new PyTuple([]);

export function makeTuple(items: readonly PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

tupleType.allocate = (cls) => new PyTuple([], cls);

// ---- Iterator ----------------------------------------------------------------------------------

export const tupleIteratorType: PyType = new PyType(typeType, "tuple_iterator", [objectType]);

export class TupleIterator extends PyObject {
  index = 0;
  /** CPython drops the tuple once the iterator is exhausted (its pickled form then differs). */
  exhausted = false;
  constructor(readonly tuple: PyTuple) {
    super(tupleIteratorType);
  }
}
tupleIteratorType.tp_iternext = (o) => {
  const it = o as TupleIterator;
  if (it.exhausted) return undefined;
  const items = it.tuple.items;
  if (it.index < items.length) return items[it.index++];
  it.exhausted = true;
  return undefined;
};
defineMethods(tupleIteratorType, {
  ...iteratorMethods(tupleIteratorType),
  __length_hint__(args) {
    const it = args[0] as TupleIterator;
    return it.exhausted ? 0 : Math.max(0, it.tuple.items.length - it.index);
  },
  __reduce__(args) {
    const it = args[0] as TupleIterator;
    return it.exhausted ? exhaustedReduce(EMPTY_TUPLE) : iterReduce(it.tuple, it.index);
  },
  __setstate__(args) {
    const it = args[0] as TupleIterator;
    const index = stateIndex(args[1]);
    if (!it.exhausted) {
      const n = it.tuple.items.length;
      it.index = index < 0 ? 0 : index > n ? n : index;
    }
    return None;
  },
});

// ---- Hash: CPython's xxHash-based tuplehash in 64-bit arithmetic on 32-bit halves ---------

// 64-bit values are kept as two uint32 halves; results go to rh/rl (no allocation per step).
let rh = 0, rl = 0;

/** rh:rl = (ah:al * bh:bl) mod 2**64. */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  rl = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
  const hi = p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  rh = (hi + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

/** rh:rl = ah:al + bh:bl mod 2**64. */
function add64(ah: number, al: number, bh: number, bl: number): void {
  const lo = al + bl;
  rh = (ah + bh + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  rl = lo >>> 0;
}

/** The signed 64-bit value hi:lo as a Python int (bigint beyond 2**53). */
export function signed64(hi: number, lo: number): number | bigint {
  const neg = hi >= 0x80000000;
  const v = (hi - (neg ? 4294967296 : 0)) * 4294967296 + lo;
  if (Number.isSafeInteger(v)) return v;
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
}

/** CPython 3.11's tuplehash (xxHash64 lanes) over the items' exact hashes, as [hi, lo]. */
export function tupleHash64(items: readonly PyValue[]): [number, number] {
  // PRIME_5 = 0x27D4EB2F165667C5, PRIME_2 = 0xC2B2AE3D27D4EB4F, PRIME_1 = 0x9E3779B185EBCA87
  let hi = 0x27d4eb2f, lo = 0x165667c5;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    const h = typeof x === "number" ? (x === -1 ? -2 : x) : hashExact(x);
    let lh: number, ll: number;
    if (typeof h === "number") {
      lh = Math.floor(h / 4294967296) >>> 0;
      ll = h >>> 0;
    } else {
      const u = BigInt.asUintN(64, h);
      lh = Number(u >> 32n);
      ll = Number(u & 0xffffffffn);
    }
    mul64(lh, ll, 0xc2b2ae3d, 0x27d4eb4f);
    add64(hi, lo, rh, rl);
    const rotHi = ((rh << 31) | (rl >>> 1)) >>> 0;
    const rotLo = ((rl << 31) | (rh >>> 1)) >>> 0;
    mul64(rotHi, rotLo, 0x9e3779b1, 0x85ebca87);
    hi = rh;
    lo = rl;
  }
  add64(hi, lo, 0x27d4eb2f, (items.length ^ 0x165667c5 ^ 3527539) >>> 0);
  if (rh === 0xffffffff && rl === 0xffffffff) return [0, 1546275796];
  return [rh, rl];
}

// ---- Methods -----------------------------------------------------------------------------------

const items = (v: PyValue) => (v as PyTuple).items;

function tupleCompare(op: CompareOp) {
  return (args: PyValue[]) => {
    const b = args[1];
    if (!(b instanceof PyTuple)) return NotImplemented;
    return compareSequences(items(args[0]), b.items, op);
  };
}

defineNew(tupleType, (cls, args, kwnames) => {
  const [iterable] = bindArgs("tuple", args, kwnames, ["iterable", "/"]);
  if (cls === tupleType) {
    if (iterable === undefined) return EMPTY_TUPLE;
    if (iterable instanceof PyTuple && iterable.cls === tupleType) return iterable;
    return makeTuple(iterateToArray(iterable));
  }
  return new PyTuple(iterable === undefined ? [] : iterateToArray(iterable), cls);
});

defineMethods(tupleType, {
  __len__: (args) => items(args[0]).length,
  __getitem__(args) {
    const its = items(args[0]);
    const key = args[1];
    if (key instanceof PySlice) return makeTuple(sliceArray(its, key));
    const i0 = seqIndex(key, "tuple");
    const i = i0 < 0 ? i0 + its.length : i0;
    if (i < 0 || i >= its.length) throw pyError(PyExc_IndexError, "tuple index out of range");
    return its[i];
  },
  __contains__(args) {
    for (const x of items(args[0])) if (x === args[1] || equals(x, args[1])) return true;
    return false;
  },
  __iter__: (args) => new TupleIterator(args[0] as PyTuple),
  __add__(args) {
    const b = args[1];
    if (!(b instanceof PyTuple)) return NotImplemented;
    return makeTuple([...items(args[0]), ...b.items]);
  },
  __mul__(args) {
    const n = repeatCount(args[1]);
    if (n === NotImplemented) return NotImplemented;
    const its = items(args[0]);
    if (n === 1 && (args[0] as PyObject).cls === tupleType) return args[0];
    const times = checkRepeat(its.length, n as number, 8);
    const out: PyValue[] = [];
    for (let i = 0; i < times; i++) for (const x of its) out.push(x);
    return makeTuple(out);
  },
  __rmul__(args) {
    const n = repeatCount(args[1]);
    if (n === NotImplemented) return NotImplemented;
    const out: PyValue[] = [];
    const src = items(args[0]);
    const times = checkRepeat(src.length, n as number, 8);
    for (let i = 0; i < times; i++) for (const x of src) out.push(x);
    return makeTuple(out);
  },
  __eq__: tupleCompare(CompareOp.EQ),
  __ne__: tupleCompare(CompareOp.NE),
  __lt__: tupleCompare(CompareOp.LT),
  __le__: tupleCompare(CompareOp.LE),
  __gt__: tupleCompare(CompareOp.GT),
  __ge__: tupleCompare(CompareOp.GE),
  __hash__(args) {
    const [hi, lo] = tupleHash64(items(args[0]));
    return signed64(hi, lo);
  },

  __repr__(args) {
    const t = args[0] as PyTuple;
    if (t.items.length === 0) return "()";
    return reprGuarded(t, () => {
      if (t.items.length === 1) return `(${repr(t.items[0])},)`;
      return `(${reprItems(t.items)})`;
    }, "(...)");
  },
  count(args, kw) {
    checkArgs("count", args, kw, 1, 1, 1);
    return seqCount(items(args[0]), args[1]);
  },
  index(args, kw) {
    checkArgs("index", args, kw, 1, 3, 1);
    return seqIndexOf(items(args[0]), args[1], args[2], args[3], "tuple.index(x): x not in tuple");
  },
  __getnewargs__: (args) => makeTuple([makeTuple(items(args[0]))]),
});

defineClassMethod(tupleType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));
import { CompareOp } from "../compiler/opcodes.ts";
import { pyError, PyExc_IndexError } from "./exceptions.ts";
import { equals, hashExact, iterateToArray, repr } from "./abstract.ts";
import { PySlice, sliceArray } from "./slice.ts";
import {
  compareSequences,
  repeatCount,
  reprGuarded,
  reprItems,
  seqCount,
  seqIndex,
  seqIndexOf,
} from "./sequence.ts";

import { makeGenericAlias } from "./genericalias.ts";
