// The _bisect module (CPython's Modules/_bisectmodule.c, 3.11): binary search and insertion on
// sorted sequences, with lo/hi bounds and a key function. Comparisons are made with `<` in
// CPython's operand order.
import { type NativeFn, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { dictType, isSubtype, None, type PyValue, typeOf } from "../objects/object.ts";
import {
  pyError,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.ts";
import * as abs from "../objects/abstract.ts";
import { listType, PyList } from "../objects/list.ts";
import { intValue } from "../objects/int.ts";
import { lookupType } from "../objects/type.ts";
import { CompareOp } from "../compiler/opcodes.ts";
import { PyModule } from "../runtime/module_object.ts";

function typeError(msg: string): never {
  throw pyError(PyExc_TypeError, msg);
}

const PARAMS = ["a", "x", "lo", "hi", "key"];

/** Argument Clinic's binding of (a, x, lo=0, hi=None, *, key=None). */
function bindArgs(fname: string, args: PyValue[], kwnames: readonly string[] | null) {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 4) typeError(`${fname}() takes at most 4 positional arguments (${npos} given)`);
  if (args.length > 5) typeError(`${fname}() takes at most 5 arguments (${args.length} given)`);
  const slots: (PyValue | undefined)[] = [undefined, undefined, undefined, undefined, undefined];
  for (let i = 0; i < npos; i++) slots[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const idx = PARAMS.indexOf(kwnames![k]);
    if (idx < 0) typeError(`'${kwnames![k]}' is an invalid keyword argument for ${fname}()`);
    if (slots[idx] !== undefined) {
      typeError(
        `argument for ${fname}() given by name ('${PARAMS[idx]}') and position (${idx + 1})`,
      );
    }
    slots[idx] = args[npos + k];
  }
  for (let i = 0; i < 2; i++) {
    if (slots[i] === undefined) {
      typeError(`${fname}() missing required argument '${PARAMS[i]}' (pos ${i + 1})`);
    }
  }
  const lo = slots[2] === undefined
    ? 0
    : ssize(slots[2], "Python int too large to convert to C ssize_t");
  let hi = -1;
  const hiArg = slots[3];
  if (hiArg !== undefined && hiArg !== None) {
    if (intValue(hiArg) === undefined && lookupType(typeOf(hiArg), "__index__") === undefined) {
      typeError(`argument should be integer or None, not '${typeOf(hiArg).name}'`);
    }
    hi = ssize(hiArg, "cannot fit 'int' into an index-sized integer");
  }
  return { a: slots[0]!, x: slots[1]!, lo, hi, key: slots[4] ?? None };
}

/** Py_ssize_t conversion; past the C range, OverflowError with the converter's message. */
function ssize(v: PyValue, overflow: string): number {
  const n = abs.asIndex(v);
  if (typeof n === "bigint") throw pyError(PyExc_OverflowError, overflow);
  return n;
}

/** PySequence_GetItem: positional access only (a mapping is "not a sequence"). */
function seqItem(a: PyValue, i: number): PyValue {
  if (a instanceof PyList) {
    const items = a.items;
    if (a.cls === listType) {
      if (i < items.length) return items[i];
      throw pyError(PyExc_IndexError, "list index out of range");
    }
  }
  const t = typeOf(a);
  if (isSubtype(t, dictType)) typeError(`${t.name} is not a sequence`);
  if (typeof a !== "string" && lookupType(t, "__getitem__") === undefined) {
    typeError(`'${t.name}' object does not support indexing`);
  }
  return abs.getItem(a, i);
}

function bisect(a: PyValue, x: PyValue, lo: number, hi: number, key: PyValue, right: boolean) {
  if (lo < 0) throw pyError(PyExc_ValueError, "lo must be non-negative");
  if (hi === -1) hi = abs.len(a);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = seqItem(a, mid);
    if (key !== None) item = abs.call(key, [item], null);
    if (right) {
      if (abs.richCompareBool(x, item, CompareOp.LT)) hi = mid;
      else lo = mid + 1;
    } else if (abs.richCompareBool(item, x, CompareOp.LT)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function bisectFn(name: string, right: boolean): NativeFn {
  return (args, kwnames) => {
    const { a, x, lo, hi, key } = bindArgs(name, args, kwnames);
    return bisect(a, x, lo, hi, key, right);
  };
}

function insortFn(name: string, right: boolean): NativeFn {
  return (args, kwnames) => {
    const { a, x, lo, hi, key } = bindArgs(name, args, kwnames);
    const kx = key === None ? x : abs.call(key, [x], null);
    const index = bisect(a, kx, lo, hi, key, right);
    if (a instanceof PyList && a.cls === listType) {
      const items = a.items;
      items.splice(Math.min(index, items.length), 0, x);
    } else abs.call(abs.getAttr(a, "insert"), [index, x], null);
    return None;
  };
}

export function createModule(): PyModule {
  const m = new PyModule("_bisect");
  const d = m.dict;
  d.setStr(
    "__doc__",
    "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n",
  );
  const fns: [string, NativeFn][] = [
    ["bisect_right", bisectFn("bisect_right", true)],
    ["insort_right", insortFn("insort_right", true)],
    ["bisect_left", bisectFn("bisect_left", false)],
    ["insort_left", insortFn("insort_left", false)],
  ];
  for (const [name, fn] of fns) {
    d.setStr(name, new PyBuiltinFunction(name, fn, undefined, name, "_bisect"));
  }
  return m;
}
