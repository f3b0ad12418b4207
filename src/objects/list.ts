// list: a growable array of values. CPython's Objects/listobject.c (sort: a stable merge sort).
import { checkListGrowth, checkRepeat } from "./allocation.ts";
import {
  bindArgs,
  checkArgs,
  defineClassMethod,
  defineMethods,
  defineNew,
  iteratorMethods,
  requireNoArgs,
} from "./builtin_function.ts";
import {
  floatType,
  None,
  NotImplemented,
  objectType,
  PyFloat,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "./object.ts";
import { exhaustedReduce, iterReduce, reversedType, stateIndex } from "./iterobject.ts";
import { makeTuple } from "./tuple.ts";

export const listType: PyType = new PyType(typeType, "list", [objectType]);

export class PyList extends PyObject {
  items: PyValue[];
  constructor(items: PyValue[], cls: PyType = listType) {
    super(cls);
    this.items = items;
  }
}
listType.allocate = (cls) => new PyList([], cls);

// ---- Iterators -----------------------------------------------------------------------------------

export const listIteratorType: PyType = new PyType(typeType, "list_iterator", [objectType]);
export const listReverseIteratorType: PyType = new PyType(typeType, "list_reverseiterator", [
  objectType,
]);

export class ListIterator extends PyObject {
  index = 0;
  constructor(readonly list: PyList) {
    super(listIteratorType);
  }
}
export class ListReverseIterator extends PyObject {
  index: number;
  /** CPython drops the list once the iterator is exhausted (its pickled form then differs). */
  exhausted = false;
  constructor(readonly list: PyList) {
    super(listReverseIteratorType);
    this.index = list.items.length - 1;
  }
}
listIteratorType.tp_iternext = (o) => {
  const it = o as ListIterator;
  const items = it.list.items;
  if (it.index < items.length) return items[it.index++];
  it.index = Infinity; // exhausted iterators stay exhausted even if the list grows
  return undefined;
};
listReverseIteratorType.tp_iternext = (o) => {
  const it = o as ListReverseIterator;
  const items = it.list.items;
  if (it.index >= 0 && it.index < items.length) return items[it.index--];
  it.index = -1;
  it.exhausted = true;
  return undefined;
};
for (const t of [listIteratorType, listReverseIteratorType]) {
  defineMethods(t, {
    ...iteratorMethods(t),
    __length_hint__(args) {
      const it = args[0] as ListIterator;
      if (t === listIteratorType) return Math.max(0, it.list.items.length - it.index);
      return Math.max(0, (it as unknown as ListReverseIterator).index + 1);
    },
  });
}
defineMethods(listIteratorType, {
  __reduce__(args) {
    const it = args[0] as ListIterator;
    return it.index === Infinity ? exhaustedReduce(new PyList([])) : iterReduce(it.list, it.index);
  },
  __setstate__(args) {
    const it = args[0] as ListIterator;
    const index = stateIndex(args[1]);
    if (it.index !== Infinity) {
      const n = it.list.items.length;
      it.index = index < 0 ? 0 : index > n ? n : index;
    }
    return None;
  },
});
defineMethods(listReverseIteratorType, {
  __reduce__(args) {
    const it = args[0] as ListReverseIterator;
    if (it.exhausted) return exhaustedReduce(new PyList([]));
    return makeTuple([reversedType, makeTuple([it.list]), it.index]);
  },
  __setstate__(args) {
    const it = args[0] as ListReverseIterator;
    const index = stateIndex(args[1]);
    if (!it.exhausted) {
      const n = it.list.items.length;
      it.index = index < -1 ? -1 : index > n - 1 ? n - 1 : index;
    }
    return None;
  },
});

// ---- Sorting -------------------------------------------------------------------------------------

/**
 * Stable merge sort using only `lt(a, b)` (Python's `<`), so user __lt__ sees the same kind of
 * calls as under CPython. Exceptions from comparisons propagate; the array is then left in some
 * permutation of its items (as CPython's).
 */
export function stableSort<T>(arr: T[], lt: (a: T, b: T) => boolean): void {
  const n = arr.length;
  if (n < 2) return;
  const tmp = new Array<T>(n);
  const insertion = (lo: number, hi: number) => {
    for (let i = lo + 1; i < hi; i++) {
      const x = arr[i];
      // Binary search for the rightmost insertion point (keeps equal items in order).
      let a = lo, b = i;
      while (a < b) {
        const m = (a + b) >>> 1;
        if (lt(x, arr[m])) b = m;
        else a = m + 1;
      }
      for (let j = i; j > a; j--) arr[j] = arr[j - 1];
      arr[a] = x;
    }
  };
  const sort = (lo: number, hi: number) => {
    if (hi - lo <= 24) {
      insertion(lo, hi);
      return;
    }
    const mid = (lo + hi) >>> 1;
    sort(lo, mid);
    sort(mid, hi);
    if (!lt(arr[mid], arr[mid - 1])) return; // already ordered
    let i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
      if (lt(arr[j], arr[i])) tmp[k++] = arr[j++];
      else tmp[k++] = arr[i++];
    }
    while (i < mid) tmp[k++] = arr[i++];
    while (j < hi) tmp[k++] = arr[j++];
    for (let m = lo; m < hi; m++) arr[m] = tmp[m];
  };
  sort(0, n);
}

/** Sorts values in place (list.sort / sorted): key function and reverse as Python's. */
export function sortValues(items: PyValue[], key: PyValue, reverse: boolean): void {
  const keys = key === None ? items : items.map((x) => call(key, [x], null));
  if (items.length < 2) return;
  // Reverse keeps stability by reversing, sorting, and reversing back (as CPython does).
  const idx = keys.map((_, i) => i);
  if (reverse) idx.reverse();
  if (keys.every((k) => typeof k === "number")) {
    const nk = keys as number[];
    idx.sort((a, b) => nk[a] - nk[b]);
  } else if (
    keys.every((k) => k instanceof PyFloat && k.cls === floatType && !Number.isNaN(k.value))
  ) {
    const fk = keys.map((k) => (k as PyFloat).value);
    idx.sort((a, b) => fk[a] - fk[b]);
  } else if (keys.every((k) => typeof k === "string")) {
    const sk = keys as string[];
    idx.sort((a, b) => strCmp(sk[a], sk[b]));
  } else {
    stableSort(idx, (a, b) => richCompareBool(keys[a], keys[b], CompareOp.LT));
  }
  if (reverse) idx.reverse();
  const sorted = idx.map((i) => items[i]);
  for (let i = 0; i < items.length; i++) items[i] = sorted[i];
}

// ---- Methods -------------------------------------------------------------------------------------

const L = (v: PyValue) => v as PyList;

function listCompare(op: CompareOp) {
  return (args: PyValue[]) => {
    const b = args[1];
    if (!(b instanceof PyList)) return NotImplemented;
    return compareSequences(L(args[0]).items, b.items, op);
  };
}

/** Slice assignment `list[slice] = iterable` (list_ass_subscript). */
function assignSlice(list: PyList, s: PySlice, value: PyValue): void {
  const src = value === list ? list.items.slice() : iterateToArrayForSlice(value);
  const [start, stop, step, n] = sliceIndices(s, list.items.length);
  if (step === 1) {
    list.items.splice(start, Math.max(0, stop - start), ...src);
    return;
  }
  if (src.length !== n) {
    throw pyError(
      PyExc_ValueError,
      `attempt to assign sequence of size ${src.length} to extended slice of size ${n}`,
    );
  }
  for (let i = 0, j = start; i < n; i++, j += step) list.items[j] = src[i];
}

function iterateToArrayForSlice(v: PyValue): PyValue[] {
  try {
    return iterateToArray(v);
  } catch (e) {
    if (exceptionIs(e, PyExc_TypeError) && lookupSpecial(v, "__iter__") === undefined) {
      throw pyError(PyExc_TypeError, "can only assign an iterable");
    }
    throw e;
  }
}

function deleteSlice(list: PyList, s: PySlice): void {
  const [start, stop, step, n] = sliceIndices(s, list.items.length);
  if (step === 1) {
    list.items.splice(start, Math.max(0, stop - start));
    return;
  }
  const drop = new Set<number>();
  for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
  list.items = list.items.filter((_, i) => !drop.has(i));
}

defineNew(listType, (cls) => new PyList([], cls));

/** list * n and n * list. */
function repeatList(args: PyValue[]): PyValue {
  const n = repeatCount(args[1]);
  if (n === NotImplemented) return NotImplemented;
  const out: PyValue[] = [];
  const its = L(args[0]).items;
  const times = checkRepeat(its.length, n as number, 8);
  for (let i = 0; i < times; i++) for (const x of its) out.push(x);
  return new PyList(out);
}

defineMethods(listType, {
  __init__(args, kwnames) {
    const [iterable] = bindArgs("list", args, kwnames, ["iterable", "/"], 0, 1);
    const self = L(args[0]);
    self.items = iterable === undefined ? [] : iterateToArray(iterable);
    return None;
  },
  __len__: (args) => L(args[0]).items.length,
  __getitem__(args) {
    const items = L(args[0]).items;
    const key = args[1];
    if (key instanceof PySlice) return new PyList(sliceArray(items, key));
    const i0 = seqIndex(key, "list");
    const i = i0 < 0 ? i0 + items.length : i0;
    if (i < 0 || i >= items.length) throw pyError(PyExc_IndexError, "list index out of range");
    return items[i];
  },
  __setitem__(args) {
    const list = L(args[0]);
    const key = args[1];
    if (key instanceof PySlice) {
      assignSlice(list, key, args[2]);
      return None;
    }
    const i0 = seqIndex(key, "list");
    const i = i0 < 0 ? i0 + list.items.length : i0;
    if (i < 0 || i >= list.items.length) {
      throw pyError(PyExc_IndexError, "list assignment index out of range");
    }
    list.items[i] = args[2];
    return None;
  },
  __delitem__(args) {
    const list = L(args[0]);
    const key = args[1];
    if (key instanceof PySlice) {
      deleteSlice(list, key);
      return None;
    }
    const i0 = seqIndex(key, "list");
    const i = i0 < 0 ? i0 + list.items.length : i0;
    if (i < 0 || i >= list.items.length) {
      throw pyError(PyExc_IndexError, "list assignment index out of range");
    }
    list.items.splice(i, 1);
    return None;
  },
  __contains__(args) {
    for (const x of L(args[0]).items) if (x === args[1] || equals(x, args[1])) return true;
    return false;
  },
  __iter__: (args) => new ListIterator(L(args[0])),
  __reversed__: (args) => new ListReverseIterator(L(args[0])),
  __add__(args) {
    const b = args[1];
    if (!(b instanceof PyList)) {
      throw pyError(
        PyExc_TypeError,
        `can only concatenate list (not "${typeOf(b).name}") to list`,
      );
    }
    return new PyList([...L(args[0]).items, ...b.items]);
  },
  __iadd__(args) {
    const list = L(args[0]);
    const extra = args[1] === list ? list.items.slice() : iterateToArray(args[1]);
    const n = list.items.length, total = n + extra.length;
    if (total >= 1 << 20 && Math.clz32(n) !== Math.clz32(total)) checkListGrowth(total);
    for (const x of extra) list.items.push(x);
    return list;
  },
  __mul__: repeatList,
  __rmul__: repeatList, // n * list is list * n
  __imul__(args) {
    const n = repeatCount(args[1]);
    if (n === NotImplemented) return NotImplemented;
    const list = L(args[0]);
    const its = list.items.slice();
    const times = checkRepeat(its.length, n as number, 8);
    list.items.length = 0;
    for (let i = 0; i < times; i++) for (const x of its) list.items.push(x);
    return list;
  },
  __eq__: listCompare(CompareOp.EQ),
  __ne__: listCompare(CompareOp.NE),
  __lt__: listCompare(CompareOp.LT),
  __le__: listCompare(CompareOp.LE),
  __gt__: listCompare(CompareOp.GT),
  __ge__: listCompare(CompareOp.GE),
  __repr__(args) {
    const list = L(args[0]);
    if (list.items.length === 0) return "[]";
    return reprGuarded(list, () => `[${reprItems(list.items)}]`, "[...]");
  },
  __sizeof__: (args) => 40 + 8 * L(args[0]).items.length,
  append(args, kw) {
    checkArgs("list.append", args, kw, 1, 1, 1);
    const items = L(args[0]).items;
    const n = items.length;
    if (n >= 1 << 20 && (n & (n - 1)) === 0) checkListGrowth(n);
    items.push(args[1]);
    return None;
  },
  extend(args, kw) {
    checkArgs("list.extend", args, kw, 1, 1, 1);
    const list = L(args[0]);
    const extra = args[1] === list ? list.items.slice() : iterateToArray(args[1]);
    const n = list.items.length, total = n + extra.length;
    if (total >= 1 << 20 && Math.clz32(n) !== Math.clz32(total)) checkListGrowth(total);
    for (const x of extra) list.items.push(x);
    return None;
  },
  insert(args, kw) {
    checkArgs("insert", args, kw, 2, 2, 1);
    const items = L(args[0]).items;
    let i = Number(asIndex(args[1]));
    if (i < 0) i = Math.max(0, i + items.length);
    if (i > items.length) i = items.length;
    items.splice(i, 0, args[2]);
    return None;
  },
  pop(args, kw) {
    checkArgs("pop", args, kw, 0, 1, 1);
    const items = L(args[0]).items;
    if (items.length === 0) throw pyError(PyExc_IndexError, "pop from empty list");
    if (args.length === 1) return items.pop()!;
    const i0 = Number(asIndex(args[1]));
    const i = i0 < 0 ? i0 + items.length : i0;
    if (i < 0 || i >= items.length) throw pyError(PyExc_IndexError, "pop index out of range");
    return items.splice(i, 1)[0];
  },
  remove(args, kw) {
    checkArgs("list.remove", args, kw, 1, 1, 1);
    const items = L(args[0]).items;
    for (let i = 0; i < items.length; i++) {
      if (items[i] === args[1] || equals(items[i], args[1])) {
        items.splice(i, 1);
        return None;
      }
    }
    throw pyError(PyExc_ValueError, "list.remove(x): x not in list");
  },
  clear(args) {
    L(args[0]).items.length = 0;
    return None;
  },
  copy: (args) => new PyList(L(args[0]).items.slice()),
  count(args, kw) {
    checkArgs("list.count", args, kw, 1, 1, 1);
    return seqCount(L(args[0]).items, args[1]);
  },
  index(args, kw) {
    checkArgs("index", args, kw, 1, 3, 1);
    const items = L(args[0]).items;
    const x = args[1];
    return seqIndexOf(items, x, args[2], args[3], `${repr(x)} is not in list`);
  },
  reverse(args) {
    L(args[0]).items.reverse();
    return None;
  },
  sort(args, kwnames) {
    if (args.length - (kwnames?.length ?? 0) > 1) {
      throw pyError(PyExc_TypeError, "sort() takes no positional arguments");
    }
    const [key, reverse] = bindArgs("sort", args, kwnames, ["$key", "$reverse"], 0, 1);
    const list = L(args[0]);
    const items = list.items;
    // The list is emptied while sorting so mutation by a key or __lt__ can be detected.
    list.items = [];
    let failure: unknown = null;
    try {
      sortValues(items, key ?? None, reverse !== undefined && isTrue(reverse));
    } catch (e) {
      failure = e;
    }
    const modified = list.items.length !== 0;
    list.items = items;
    if (modified) throw pyError(PyExc_ValueError, "list modified during sort");
    if (failure !== null) throw failure;
    return None;
  },
});
listType.dict.setStr("__hash__", None);
defineClassMethod(listType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));

import { CompareOp } from "../compiler/opcodes.ts";
import { pyError, PyExc_IndexError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.ts";
import {
  asIndex,
  call,
  equals,
  exceptionIs,
  isTrue,
  iterateToArray,
  lookupSpecial,
  repr,
  richCompareBool,
  strCmp,
} from "./abstract.ts";
import { PySlice, sliceArray, sliceIndices } from "./slice.ts";
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
requireNoArgs(listType, ["clear", "copy", "reverse"]);
