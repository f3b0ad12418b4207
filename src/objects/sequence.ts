// Helpers shared by list, tuple and other sequences: lexicographic comparison, repr with
// recursion guard (CPython's Py_ReprEnter), index normalization, count/index.
import { NotImplemented, PyObject, type PyValue, typeOf } from "./object.ts";
import { CompareOp } from "../compiler/opcodes.ts";
import { asIndex, equals, lookupSpecial, repr, richCompare } from "./abstract.ts";
import { pyError, PyExc_IndexError, PyExc_OverflowError, PyExc_ValueError } from "./exceptions.ts";
import { intValue } from "./int.ts";

/** Objects whose repr is in progress (so a list containing itself prints [...]). */
const reprActive = new Set<PyObject>();

export function reprGuarded(obj: PyObject, inner: () => string, recursive: string): string {
  if (reprActive.has(obj)) return recursive;
  reprActive.add(obj);
  try {
    return inner();
  } finally {
    reprActive.delete(obj);
  }
}

export function reprItems(items: readonly PyValue[]): string {
  return items.map(repr).join(", ");
}

/** Lexicographic rich comparison of two item arrays (list/tuple). */
export function compareSequences(
  a: readonly PyValue[],
  b: readonly PyValue[],
  op: CompareOp,
): PyValue {
  if ((op === CompareOp.EQ || op === CompareOp.NE) && a.length !== b.length) {
    return op === CompareOp.NE;
  }
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    if (!(a[i] === b[i] || equals(a[i], b[i]))) break;
  }
  if (i >= n) {
    const la = a.length, lb = b.length;
    switch (op) {
      case CompareOp.LT:
        return la < lb;
      case CompareOp.LE:
        return la <= lb;
      case CompareOp.EQ:
        return la === lb;
      case CompareOp.NE:
        return la !== lb;
      case CompareOp.GT:
        return la > lb;
      default:
        return la >= lb;
    }
  }
  if (op === CompareOp.EQ) return false;
  if (op === CompareOp.NE) return true;
  return richCompare(a[i], b[i], op);
}

/** An item index for sequence __getitem__: ints and __index__ objects, else TypeError. */
export function seqIndex(key: PyValue, kind: string): number {
  const n = intValue(key);
  const v = n !== undefined
    ? n
    : asIndex(key, () => `${kind} indices must be integers or slices, not ${typeOf(key).name}`);
  if (typeof v === "bigint") {
    throw pyError(PyExc_IndexError, `cannot fit 'int' into an index-sized integer`);
  }
  return v;
}

export function seqCount(items: readonly PyValue[], x: PyValue): number {
  let n = 0;
  for (const y of items) if (y === x || equals(y, x)) n++;
  return n;
}

export function seqIndexOf(
  items: readonly PyValue[],
  x: PyValue,
  start: PyValue | undefined,
  stop: PyValue | undefined,
  what: string,
): number {
  const len = items.length;
  let s = start === undefined ? 0 : Number(asIndex(start));
  let e = stop === undefined ? len : Number(asIndex(stop));
  if (s < 0) s = Math.max(0, s + len);
  if (e < 0) e = Math.max(0, e + len);
  for (let i = s; i < e && i < items.length; i++) {
    if (items[i] === x || equals(items[i], x)) return i;
  }
  throw pyError(PyExc_ValueError, what);
}

/** n for `seq * n`, or NotImplemented when n is not an integer. */
export function repeatCount(n: PyValue): number | typeof NotImplemented {
  let v = intValue(n);
  if (v === undefined) {
    if (lookupSpecial(n, "__index__") === undefined) return NotImplemented;
    v = asIndex(n);
  }
  if (typeof v === "bigint") {
    if (v <= 0n) return 0;
    // A Py_ssize_t count past 2**53 is still a count (its result is then a MemoryError).
    if (v < 2n ** 63n) return Number(v);
    throw pyError(PyExc_OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  return v < 0 ? 0 : v;
}
