// slice objects and the index arithmetic sequences share (CPython's Objects/sliceobject.c).
import { defineGetter, defineMethods, defineNew } from "./builtin_function.ts";
import {
  None,
  NotImplemented,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  typeType,
} from "./object.ts";
import { pyError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.ts";
import { asIndex, repr, richCompare } from "./abstract.ts";
import { makeTuple } from "./tuple.ts";
import { intValue } from "./int.ts";
import { CompareOp } from "../compiler/opcodes.ts";

export const sliceType: PyType = new PyType(typeType, "slice", [objectType]);
sliceType.isFinal = true;

export class PySlice extends PyObject {
  constructor(readonly start: PyValue, readonly stop: PyValue, readonly step: PyValue) {
    super(sliceType);
  }
}

const sliceIndexError = () => "slice indices must be integers or None or have an __index__ method";

function clampBig(n: number | bigint): number {
  if (typeof n === "number") return n;
  return n > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/**
 * PySlice_GetIndicesEx: [start, stop, step, length] of the slice applied to a sequence of
 * `length` items (negative indices wrap, out-of-range ones clamp).
 */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = clampBig(asIndex(s.step, sliceIndexError));
    if (step === 0) throw pyError(PyExc_ValueError, "slice step cannot be zero");
  }
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  let start: number, stop: number;
  if (s.start === None) start = step < 0 ? upper : lower;
  else {
    start = clampBig(asIndex(s.start, sliceIndexError));
    if (start < 0) {
      start += length;
      if (start < lower) start = lower;
    } else if (start > upper) start = upper;
  }
  if (s.stop === None) stop = step < 0 ? lower : upper;
  else {
    stop = clampBig(asIndex(s.stop, sliceIndexError));
    if (stop < 0) {
      stop += length;
      if (stop < lower) stop = lower;
    } else if (stop > upper) stop = upper;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** Items of `items` selected by a slice (a new array). */
export function sliceArray<T>(items: readonly T[], s: PySlice): T[] {
  const [start, stop, step, n] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, stop);
  const out = new Array<T>(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
  return out;
}

defineNew(sliceType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError(PyExc_TypeError, "slice() takes no keyword arguments");
  }
  if (args.length === 0) {
    throw pyError(PyExc_TypeError, "slice expected at least 1 argument, got 0");
  }
  if (args.length > 3) {
    throw pyError(PyExc_TypeError, `slice expected at most 3 arguments, got ${args.length}`);
  }
  if (args.length === 1) return new PySlice(None, args[0], None);
  return new PySlice(args[0], args[1], args[2] ?? None);
});

/** Slices compare as the tuples (start, stop, step). */
function sliceCompare(op: CompareOp) {
  return (args: PyValue[]) => {
    const a = args[0] as PySlice, b = args[1];
    if (!(b instanceof PySlice)) return NotImplemented;
    return richCompare(
      makeTuple([a.start, a.stop, a.step]),
      makeTuple([b.start, b.stop, b.step]),
      op,
    );
  };
}

defineMethods(sliceType, {
  __repr__(args) {
    const s = args[0] as PySlice;
    return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
  },
  indices(args) {
    const s = args[0] as PySlice;
    const n = intValue(args[1]);
    if (n === undefined) {
      throw pyError(PyExc_TypeError, "'" + "str" + "' object cannot be interpreted as an integer");
    }
    if (n < 0) throw pyError(PyExc_ValueError, "length should not be negative");
    const [start, stop, step] = sliceIndices(s, Number(n));
    return makeTuple([start, stop, step]);
  },
  __eq__: sliceCompare(CompareOp.EQ),
  __ne__: sliceCompare(CompareOp.NE),
  __lt__: sliceCompare(CompareOp.LT),
  __le__: sliceCompare(CompareOp.LE),
  __gt__: sliceCompare(CompareOp.GT),
  __ge__: sliceCompare(CompareOp.GE),
  __reduce__(args) {
    const s = args[0] as PySlice;
    return makeTuple([sliceType, makeTuple([s.start, s.stop, s.step])]);
  },
});
sliceType.dict.setStr("__hash__", None);
defineGetter(sliceType, "start", (s) => (s as PySlice).start);
defineGetter(sliceType, "stop", (s) => (s as PySlice).stop);
defineGetter(sliceType, "step", (s) => (s as PySlice).step);
