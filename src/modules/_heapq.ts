// The _heapq module (CPython's Modules/_heapqmodule.c, 3.11): binary min-heaps (and the max-heap
// helpers heapq.py uses) on lists. Every comparison is one `<` made in CPython's order and with
// CPython's operands, so user __lt__ methods see the same calls.
import { type NativeFn, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { isSubtype, None, type PyValue, typeOf } from "../objects/object.ts";
import {
  pyError,
  PyExc_IndexError,
  PyExc_RuntimeError,
  PyExc_TypeError,
} from "../objects/exceptions.ts";
import { richCompareBool } from "../objects/abstract.ts";
import { listType, PyList } from "../objects/list.ts";
import { CompareOp } from "../compiler/opcodes.ts";
import { PyModule } from "../runtime/module_object.ts";

const MODULE = "_heapq";

function typeError(msg: string): never {
  throw pyError(PyExc_TypeError, msg);
}
function indexError(): never {
  throw pyError(PyExc_IndexError, "index out of range");
}
function sizeChanged(): never {
  throw pyError(PyExc_RuntimeError, "list changed size during iteration");
}

const lt = (a: PyValue, b: PyValue) =>
  typeof a === "number" && typeof b === "number" ? a < b : richCompareBool(a, b, CompareOp.LT);
/** The max-heap order: a sorts before b when b < a. */
const gt = (a: PyValue, b: PyValue) =>
  typeof a === "number" && typeof b === "number" ? b < a : richCompareBool(b, a, CompareOp.LT);
type Before = (a: PyValue, b: PyValue) => boolean;

/** Moves heap[pos] up towards startpos while it sorts before its parent. */
function siftDown(heap: PyList, startpos: number, pos: number, before: Before): void {
  const size = heap.items.length;
  if (pos >= size) indexError();
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const items = heap.items;
    const cmp = before(items[pos], items[parentpos]);
    if (size !== heap.items.length) sizeChanged();
    if (!cmp) break;
    // The comparison may have replaced the list's storage: swap in the current one.
    const arr = heap.items;
    const parent = arr[parentpos];
    arr[parentpos] = arr[pos];
    arr[pos] = parent;
    pos = parentpos;
  }
}

/** Moves the smaller child up from pos to a leaf, then sifts the item back into place. */
function siftUp(heap: PyList, pos: number, before: Before): void {
  const endpos = heap.items.length;
  const startpos = pos;
  if (pos >= endpos) indexError();
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const items = heap.items;
      const cmp = before(items[childpos], items[childpos + 1]);
      if (!cmp) childpos++;
      if (endpos !== heap.items.length) sizeChanged();
    }
    const arr = heap.items;
    const tmp = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = tmp;
    pos = childpos;
  }
  siftDown(heap, startpos, pos, before);
}

function listArg(fname: string, v: PyValue, nth: boolean): PyList {
  if (!(v instanceof PyList) || !isSubtype(v.cls, listType)) {
    typeError(`${fname}() argument${nth ? " 1" : ""} must be list, not ${typeOf(v).name}`);
  }
  return v as PyList;
}

function pop(heap: PyList, before: Before): PyValue {
  const items = heap.items;
  if (items.length === 0) indexError();
  const last = items.pop()!;
  if (items.length === 0) return last;
  const top = items[0];
  items[0] = last;
  siftUp(heap, 0, before);
  return top;
}

function replace(heap: PyList, item: PyValue, before: Before): PyValue {
  const items = heap.items;
  if (items.length === 0) indexError();
  const top = items[0];
  items[0] = item;
  siftUp(heap, 0, before);
  return top;
}

/** n >> k << k for the highest set bit of n (keep_top_bit). */
function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) {
    n >>= 1;
    i++;
  }
  return n * 2 ** i;
}

function heapify(heap: PyList, before: Before): void {
  const n = heap.items.length;
  if (n <= 2500) {
    for (let i = (n >> 1) - 1; i >= 0; i--) siftUp(heap, i, before);
    return;
  }
  // Large heaps: CPython's cache-friendly order (Träff), which makes different comparisons.
  const m = n >> 1;
  const leftmost = keepTopBit(m + 1) - 1;
  const mhalf = m >> 1;
  const siftChain = (i: number) => {
    for (let j = i;; j >>= 1) {
      siftUp(heap, j, before);
      if (!(j & 1)) break;
    }
  };
  for (let i = leftmost - 1; i >= mhalf; i--) siftChain(i);
  for (let i = m - 1; i >= leftmost; i--) siftChain(i);
}

// ---- argument checking ---------------------------------------------------------------------

function noKw(fname: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) {
    typeError(`${MODULE}.${fname}() takes no keyword arguments`);
  }
}

/** A METH_O function taking the heap. */
function onHeap(name: string, f: (heap: PyList) => PyValue): [string, NativeFn] {
  return [name, (args, kwnames) => {
    noKw(name, kwnames);
    if (args.length !== 1) {
      typeError(`${MODULE}.${name}() takes exactly one argument (${args.length} given)`);
    }
    return f(listArg(name, args[0], false));
  }];
}

/** A (heap, item, /) function. */
function onHeapItem(name: string, f: (heap: PyList, item: PyValue) => PyValue): [string, NativeFn] {
  return [name, (args, kwnames) => {
    noKw(name, kwnames);
    if (args.length !== 2) typeError(`${name} expected 2 arguments, got ${args.length}`);
    return f(listArg(name, args[0], true), args[1]);
  }];
}

const functions: [string, NativeFn][] = [
  onHeapItem("heappush", (heap, item) => {
    heap.items.push(item);
    siftDown(heap, 0, heap.items.length - 1, lt);
    return None;
  }),
  onHeap("heappop", (heap) => pop(heap, lt)),
  onHeapItem("heapreplace", (heap, item) => replace(heap, item, lt)),
  onHeapItem("heappushpop", (heap, item) => {
    if (heap.items.length === 0) return item;
    const top = heap.items[0];
    if (!lt(top, item)) return item;
    if (heap.items.length === 0) indexError();
    return replace(heap, item, lt);
  }),
  onHeap("heapify", (heap) => {
    heapify(heap, lt);
    return None;
  }),
  onHeap("_heappop_max", (heap) => pop(heap, gt)),
  onHeapItem("_heapreplace_max", (heap, item) => replace(heap, item, gt)),
  onHeap("_heapify_max", (heap) => {
    heapify(heap, gt);
    return None;
  }),
];

const about =
  "Heap queues\n\n[explanation by François Pinard]\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n";

export function createModule(): PyModule {
  const m = new PyModule(MODULE);
  const d = m.dict;
  d.setStr(
    "__doc__",
    "Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nUsage:\n\nheap = []            # creates an empty heap\nheappush(heap, item) # pushes a new item on the heap\nitem = heappop(heap) # pops the smallest item from the heap\nitem = heap[0]       # smallest item on the heap without popping it\nheapify(x)           # transforms list into a heap, in-place, in linear time\nitem = heapreplace(heap, item) # pops and returns smallest item, and adds\n                               # new item; the heap size is unchanged\n\nOur API differs from textbook heap algorithms as follows:\n\n- We use 0-based indexing.  This makes the relationship between the\n  index for a node and the indexes for its children slightly less\n  obvious, but is more suitable since Python uses 0-based indexing.\n\n- Our heappop() method returns the smallest item, not the largest.\n\nThese two make it possible to view the heap as a regular Python list\nwithout surprises: heap[0] is the smallest item, and heap.sort()\nmaintains the heap invariant!\n",
  );
  d.setStr("__about__", about);
  for (const [name, fn] of functions) {
    d.setStr(name, new PyBuiltinFunction(name, fn, undefined, name, MODULE));
  }
  return m;
}
