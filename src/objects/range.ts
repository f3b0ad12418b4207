// range (CPython's Objects/rangeobject.c): start/stop/step as ints; iteration over safe
// integers uses plain numbers.
import {
  defineGetter,
  defineMethods,
  defineNew,
  iteratorMethods,
  requireArgs,
} from "./builtin_function.ts";
import {
  makeInt,
  None,
  NotImplemented,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "./object.ts";
import {
  pyError,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "./exceptions.ts";
import { asIndex, equals, hash, repr, richCompareBool } from "./abstract.ts";
import { CompareOp } from "../compiler/opcodes.ts";
import { iterReduce } from "./iterobject.ts";
import { intValue } from "./int.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { makeTuple } from "./tuple.ts";

export const rangeType: PyType = new PyType(typeType, "range", [objectType]);
rangeType.isFinal = true;
export const rangeIteratorType: PyType = new PyType(typeType, "range_iterator", [objectType]);
export const longRangeIteratorType: PyType = new PyType(typeType, "longrange_iterator", [
  objectType,
]);

type Int = number | bigint;
const big = (v: Int) => typeof v === "bigint" ? v : BigInt(v);

export class PyRange extends PyObject {
  readonly length: Int;
  constructor(readonly start: Int, readonly stop: Int, readonly step: Int) {
    super(rangeType);
    this.length = rangeLength(start, stop, step);
  }
}

function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const [a, b, s] = [big(start), big(stop), big(step)];
  if (s > 0n) return makeInt(a < b ? (b - a - 1n) / s + 1n : 0n);
  return makeInt(a > b ? (a - b - 1n) / -s + 1n : 0n);
}

function item(r: PyRange, i: Int): Int {
  if (typeof i === "number" && typeof r.start === "number" && typeof r.step === "number") {
    const v = r.start + i * r.step;
    if (Number.isSafeInteger(v)) return v;
  }
  return makeInt(big(r.start) + big(i) * big(r.step));
}

export class RangeIterator extends PyObject {
  next: number;
  remaining: number;
  constructor(readonly start: number, readonly step: number, readonly length: number) {
    super(rangeIteratorType);
    this.next = start;
    this.remaining = length;
  }
}
rangeIteratorType.tp_iternext = (o) => {
  const it = o as RangeIterator;
  if (it.remaining <= 0) return undefined;
  it.remaining--;
  const v = it.next;
  it.next += it.step;
  return v;
};

class LongRangeIterator extends PyObject {
  index = 0n;
  constructor(readonly range: PyRange) {
    super(longRangeIteratorType);
  }
}
longRangeIteratorType.tp_iternext = (o) => {
  const it = o as LongRangeIterator;
  if (it.index >= big(it.range.length)) return undefined;
  const v = item(it.range, makeInt(it.index));
  it.index++;
  return v;
};
for (const t of [rangeIteratorType, longRangeIteratorType]) {
  defineMethods(t, {
    ...iteratorMethods(t),
    __length_hint__(args) {
      const o = args[0];
      if (o instanceof RangeIterator) return Math.max(0, o.remaining);
      const l = o as LongRangeIterator;
      return makeInt(big(l.range.length) - l.index);
    },
  });
}

// Pickling: CPython's 3.11 iterators keep (start, step, len, index) and reduce to
// `iter(range(start, start + len * step, step))` positioned at index.
defineMethods(rangeIteratorType, {
  __reduce__(args) {
    const it = args[0] as RangeIterator;
    const r = new PyRange(it.start, it.start + it.length * it.step, it.step);
    return iterReduce(r, it.length - Math.max(0, it.remaining));
  },
  __setstate__(args) {
    const it = args[0] as RangeIterator;
    const n = asIndex(args[1]);
    if (typeof n === "bigint" && (n > 2n ** 63n - 1n || n < -(2n ** 63n))) {
      throw pyError(PyExc_OverflowError, "Python int too large to convert to C long");
    }
    const index = n < 0 ? 0 : n > it.length ? it.length : Number(n);
    it.remaining = it.length - index;
    it.next = it.start + index * it.step;
    return None;
  },
});
defineMethods(longRangeIteratorType, {
  __reduce__(args) {
    const it = args[0] as LongRangeIterator;
    const { start, step, length } = it.range;
    const r = new PyRange(start, makeInt(big(start) + big(length) * big(step)), step);
    return iterReduce(r, makeInt(it.index));
  },
  __setstate__(args) {
    const it = args[0] as LongRangeIterator;
    const state = args[1];
    const len = it.range.length;
    let index: Int;
    if (richCompareBool(state, 0, CompareOp.LT)) index = 0;
    else if (richCompareBool(len, state, CompareOp.LT)) index = len;
    else index = asIndex(state);
    it.index = big(index);
    return None;
  },
});

export function rangeIter(r: PyRange): PyObject {
  const end = item(r, r.length);
  if (
    typeof r.start === "number" && typeof r.step === "number" && typeof r.length === "number" &&
    typeof end === "number"
  ) {
    return new RangeIterator(r.start, r.step, r.length);
  }
  return new LongRangeIterator(r);
}

function toRangeInt(v: PyValue): Int {
  const n = intValue(v);
  if (n !== undefined) return n;
  return asIndex(v);
}

defineNew(rangeType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError(PyExc_TypeError, "range() takes no keyword arguments");
  }
  if (args.length === 0) {
    throw pyError(PyExc_TypeError, "range expected at least 1 argument, got 0");
  }
  if (args.length > 3) {
    throw pyError(PyExc_TypeError, `range expected at most 3 arguments, got ${args.length}`);
  }
  if (args.length === 1) return new PyRange(0, toRangeInt(args[0]), 1);
  const step = args.length === 3 ? toRangeInt(args[2]) : 1;
  if (step == 0) throw pyError(PyExc_ValueError, "range() arg 3 must not be zero");
  return new PyRange(toRangeInt(args[0]), toRangeInt(args[1]), step);
});

function rangeContains(r: PyRange, v: PyValue): boolean {
  const n = typeof v === "boolean"
    ? (v ? 1 : 0)
    : typeof v === "number" || typeof v === "bigint"
    ? v
    : undefined;
  if (n === undefined) {
    // Non-int values compare by equality with each item (CPython's slow path).
    const len = Number(r.length);
    for (let i = 0; i < len; i++) if (equals(item(r, i), v)) return true;
    return false;
  }
  const [a, b, s, x] = [big(r.start), big(r.stop), big(r.step), big(n)];
  if (s > 0n ? (x < a || x >= b) : (x > a || x <= b)) return false;
  return (x - a) % s === 0n;
}

const R = (v: PyValue) => v as PyRange;

defineMethods(rangeType, {
  __len__(args) {
    const l = R(args[0]).length;
    if (typeof l === "bigint") {
      throw pyError(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return l;
  },
  __iter__: (args) => rangeIter(R(args[0])),
  __reversed__(args) {
    const r = R(args[0]);
    const last = item(r, makeInt(big(r.length) - 1n));
    const step = makeInt(-big(r.step));
    const stop = makeInt(big(r.start) - big(r.step));
    return rangeIter(new PyRange(last, stop, step));
  },
  __contains__: (args) => rangeContains(R(args[0]), args[1]),
  __getitem__(args) {
    const r = R(args[0]);
    const key = args[1];
    if (key instanceof PySlice) {
      if (typeof r.length === "number") {
        const [start, stop, step] = sliceIndices(key, r.length);
        return new PyRange(item(r, start), item(r, stop), makeInt(big(r.step) * BigInt(step)));
      }
      throw pyError(PyExc_IndexError, "range object index out of range");
    }
    let i = intValue(key);
    if (i === undefined) {
      i = asIndex(key, () => `range indices must be integers or slices, not ${typeOf(key).name}`);
    }
    if (i < 0) i = makeInt(big(i) + big(r.length));
    if (i < 0 || i >= r.length) throw pyError(PyExc_IndexError, "range object index out of range");
    return item(r, i);
  },
  __repr__(args) {
    const r = R(args[0]);
    if (r.step == 1) return `range(${r.start}, ${r.stop})`;
    return `range(${r.start}, ${r.stop}, ${r.step})`;
  },
  __eq__(args) {
    const a = R(args[0]), b = args[1];
    if (!(b instanceof PyRange)) return NotImplemented;
    if (a.length != b.length) return false;
    if (a.length == 0) return true;
    if (a.start != b.start) return false;
    return a.length == 1 || a.step == b.step;
  },
  __ne__(args) {
    const a = R(args[0]), b = args[1];
    if (!(b instanceof PyRange)) return NotImplemented;
    if (a.length != b.length) return true;
    if (a.length == 0) return false;
    if (a.start != b.start) return true;
    return !(a.length == 1 || a.step == b.step);
  },
  __hash__(args) {
    // Equal ranges hash equal: hash((len, start, step)) with the unused parts None.
    const r = R(args[0]);
    const n = r.length;
    const key = n == 0
      ? makeTuple([0, None, None])
      : n == 1
      ? makeTuple([1, r.start, None])
      : makeTuple([n, r.start, r.step]);
    return hash(key);
  },

  __bool__: (args) => R(args[0]).length != 0,
  count: (args) => (rangeContains(R(args[0]), args[1]) ? 1 : 0),
  index(args) {
    const r = R(args[0]);
    const v = args[1];
    if (!rangeContains(r, v)) throw pyError(PyExc_ValueError, `${repr(v)} is not in range`);
    const n = intValue(v);
    if (n === undefined) {
      const len = Number(r.length);
      for (let i = 0; i < len; i++) if (equals(item(r, i), v)) return i;
    }
    return makeInt((big(n!) - big(r.start)) / big(r.step));
  },
  __reduce__: (args) =>
    makeTuple([rangeType, makeTuple([R(args[0]).start, R(args[0]).stop, R(args[0]).step])]),
});
defineGetter(rangeType, "start", (r) => R(r).start);
defineGetter(rangeType, "stop", (r) => R(r).stop);
defineGetter(rangeType, "step", (r) => R(r).step);
requireArgs(rangeType, { count: 1, index: 1 });
