// The _collections module (CPython's Modules/_collectionsmodule.c): deque and its iterators,
// defaultdict, _count_elements (Counter's fast path) and _tuplegetter (namedtuple's field
// descriptor). collections/__init__.py keeps its pure-Python OrderedDict.
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
} from "../objects/object.ts";
import { dictType } from "../objects/dict.ts";
import {
  badArgName,
  bindArgs,
  defineClassMethod,
  defineGetter,
  defineMethods,
  defineNew,
  iteratorMethods,
  methodDescriptorType,
  PyBuiltinFunction,
} from "../objects/builtin_function.ts";
import {
  keyError,
  pyError,
  PyExc_AttributeError,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.ts";
import {
  asIndex,
  binaryOp,
  call,
  callSpecial,
  equals,
  getAttr,
  getIter,
  isCallable,
  iterNext,
  lookupSpecial,
  repr,
  richCompare,
  setItem,
} from "../objects/abstract.ts";
import { makeTuple, PyTuple } from "../objects/tuple.ts";
import { intValue } from "../objects/int.ts";
import { repeatCount, reprGuarded } from "../objects/sequence.ts";
import { makeGenericAlias } from "../objects/genericalias.ts";
import { dictMerge, dictRepr } from "../objects/dict_methods.ts";
import { lookupType } from "../objects/type.ts";
import { BinaryOp, CompareOp } from "../compiler/opcodes.ts";
import { PyModule } from "../runtime/module_object.ts";

// ---- argument helpers (CPython's messages for METH_O / METH_NOARGS methods) ---------------------

function noKw(fname: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError(PyExc_TypeError, `${fname}() takes no keyword arguments`);
  }
}

function noArgs(fname: string, args: PyValue[], kwnames: readonly string[] | null): void {
  noKw(fname, kwnames);
  if (args.length !== 1) {
    throw pyError(PyExc_TypeError, `${fname}() takes no arguments (${args.length - 1} given)`);
  }
}

function oneArg(fname: string, args: PyValue[], kwnames: readonly string[] | null): void {
  noKw(fname, kwnames);
  if (args.length !== 2) {
    throw pyError(
      PyExc_TypeError,
      `${fname}() takes exactly one argument (${args.length - 1} given)`,
    );
  }
}

/** PyLong_AsSsize_t on an __index__ value (CPython's 'n' format). */
function ssize(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === "bigint") {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return n;
}

/** _PyEval_SliceIndexNotNone: an __index__ value clamped to the ssize_t range. */
function sliceIndex(v: PyValue): number {
  const n = intValue(v) ??
    (lookupSpecial(v, "__index__") !== undefined ? asIndex(v) : undefined);
  if (n === undefined) {
    throw pyError(
      PyExc_TypeError,
      "slice indices must be integers or have an __index__ method",
    );
  }
  if (typeof n === "bigint") return n > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return n;
}

/**
 * Special-named methods CPython defines as ordinary methods (METH_O/NOARGS), not slot
 * wrappers: their descriptors are method_descriptor (and their error messages say so).
 */
function plainMethods(t: PyType, names: readonly string[]): void {
  for (const name of names) {
    const d = t.dict.getStr(name);
    if (d instanceof PyObject) d.cls = methodDescriptorType;
  }
}

/** `__qualname__` of a static type whose name is dotted (its module comes from the name). */
function setStaticName(t: PyType, qualname: string): void {
  t.qualname = qualname;
}

// ---- deque ----------------------------------------------------------------------------------------

export const dequeType: PyType = new PyType(typeType, "collections.deque", [objectType]);
setStaticName(dequeType, "deque");

/**
 * A ring buffer whose capacity is a power of two: item i lives at buf[(head + i) & mask], so
 * both ends take O(1). `state` changes on every mutation that moves items, so iterators and
 * scans notice it (CPython's deque->state).
 */
export class PyDeque extends PyObject {
  buf: (PyValue | undefined)[] = new Array(8);
  mask = 7;
  head = 0;
  length = 0;
  /** -1 when unbounded. */
  maxlen = -1;
  state = 0;
  constructor(cls: PyType = dequeType) {
    super(cls);
  }

  at(i: number): PyValue {
    return this.buf[(this.head + i) & this.mask]!;
  }

  setAt(i: number, v: PyValue): void {
    this.buf[(this.head + i) & this.mask] = v;
  }

  private grow(): void {
    const old = this.buf, n = this.length, oldMask = this.mask;
    const buf = new Array<PyValue | undefined>(old.length * 2);
    for (let i = 0; i < n; i++) buf[i] = old[(this.head + i) & oldMask];
    this.buf = buf;
    this.mask = buf.length - 1;
    this.head = 0;
  }

  pushRight(v: PyValue): void {
    if (this.length === this.buf.length) this.grow();
    this.buf[(this.head + this.length) & this.mask] = v;
    this.length++;
    this.state++;
  }

  pushLeft(v: PyValue): void {
    if (this.length === this.buf.length) this.grow();
    this.head = (this.head - 1) & this.mask;
    this.buf[this.head] = v;
    this.length++;
    this.state++;
  }

  popRight(): PyValue {
    const i = (this.head + this.length - 1) & this.mask;
    const v = this.buf[i]!;
    this.buf[i] = undefined;
    this.length--;
    this.state++;
    return v;
  }

  popLeft(): PyValue {
    const v = this.buf[this.head]!;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & this.mask;
    this.length--;
    this.state++;
    return v;
  }

  /** append with the maxlen trim (deque_append). */
  append(v: PyValue): void {
    if (this.maxlen === 0) return;
    this.pushRight(v);
    if (this.maxlen >= 0 && this.length > this.maxlen) this.popLeft();
  }

  appendLeft(v: PyValue): void {
    if (this.maxlen === 0) return;
    this.pushLeft(v);
    if (this.maxlen >= 0 && this.length > this.maxlen) this.popRight();
  }

  toArray(): PyValue[] {
    const out = new Array<PyValue>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.at(i);
    return out;
  }

  clear(): void {
    this.buf = new Array(8);
    this.mask = 7;
    this.head = 0;
    this.length = 0;
    this.state++;
  }

  rotate(n: number): void {
    const len = this.length;
    this.state++;
    if (len <= 1) return;
    let k = n % len;
    if (k < 0) k += len;
    if (k === 0) return;
    // Move whichever side is shorter.
    if (k <= len / 2) {
      for (let i = 0; i < k; i++) {
        const v = this.popRight();
        this.pushLeft(v);
      }
    } else {
      for (let i = 0; i < len - k; i++) {
        const v = this.popLeft();
        this.pushRight(v);
      }
    }
  }

  /** Removes item i (0 <= i < length), shifting the shorter side. */
  deleteAt(i: number): void {
    const len = this.length;
    if (i < len / 2) {
      for (let j = i; j > 0; j--) this.setAt(j, this.at(j - 1));
      this.popLeft();
    } else {
      for (let j = i; j < len - 1; j++) this.setAt(j, this.at(j + 1));
      this.popRight();
    }
  }

  /** Inserts before position i (0 <= i <= length). */
  insertAt(i: number, v: PyValue): void {
    const len = this.length;
    if (i < len / 2) {
      this.pushLeft(v);
      for (let j = 0; j < i; j++) this.setAt(j, this.at(j + 1));
      this.setAt(i, v);
    } else {
      this.pushRight(v);
      for (let j = len; j > i; j--) this.setAt(j, this.at(j - 1));
      this.setAt(i, v);
    }
  }
}
dequeType.allocate = (cls) => new PyDeque(cls);

const DQ = (v: PyValue) => v as PyDeque;

function isDeque(v: PyValue): v is PyDeque {
  return v instanceof PyDeque;
}

/** Items of an iterable, taking a snapshot when it is the deque itself. */
function extendRight(d: PyDeque, iterable: PyValue): void {
  if (iterable === d) {
    for (const v of d.toArray()) d.append(v);
    return;
  }
  const it = getIter(iterable);
  if (d.maxlen === 0) {
    while (iterNext(it) !== undefined);
    return;
  }
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) d.append(v);
}

function extendLeft(d: PyDeque, iterable: PyValue): void {
  if (iterable === d) {
    for (const v of d.toArray()) d.appendLeft(v);
    return;
  }
  const it = getIter(iterable);
  if (d.maxlen === 0) {
    while (iterNext(it) !== undefined);
    return;
  }
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) d.appendLeft(v);
}

/** deque_copy: exact deques copy directly; subclasses are called as type(d)(d[, maxlen]). */
function dequeCopy(d: PyDeque): PyValue {
  if (d.cls === dequeType) {
    const out = new PyDeque();
    out.maxlen = d.maxlen;
    for (let i = 0; i < d.length; i++) out.pushRight(d.at(i));
    return out;
  }
  if (d.maxlen < 0) return call(d.cls, [d], null);
  return call(d.cls, [d, d.maxlen], ["maxlen"]);
}

/** An item index for deque[i]: sq_item semantics (negative wraps, no slices). */
function dequeIndex(d: PyDeque, key: PyValue): number {
  let n = intValue(key);
  if (n === undefined) {
    if (lookupSpecial(key, "__index__") === undefined) {
      throw pyError(PyExc_TypeError, `sequence index must be integer, not '${typeOf(key).name}'`);
    }
    n = asIndex(key);
  }
  if (typeof n === "bigint") {
    throw pyError(PyExc_IndexError, "cannot fit 'int' into an index-sized integer");
  }
  const i = n < 0 ? n + d.length : n;
  if (i < 0 || i >= d.length) throw pyError(PyExc_IndexError, "deque index out of range");
  return i;
}

function mutated(): never {
  throw pyError(PyExc_RuntimeError, "deque mutated during iteration");
}

function dequeCompare(op: CompareOp) {
  return (args: PyValue[]): PyValue => {
    const v = args[0], w = args[1];
    if (!isDeque(v) || !isDeque(w)) return NotImplemented;
    const vs = v.length, ws = w.length;
    if (op === CompareOp.EQ) {
      if (v === w) return true;
      if (vs !== ws) return false;
    }
    if (op === CompareOp.NE) {
      if (v === w) return false;
      if (vs !== ws) return true;
    }
    const vState = v.state, wState = w.state;
    const n = Math.min(vs, ws);
    for (let i = 0; i < n; i++) {
      if (v.state !== vState || w.state !== wState || i >= v.length || i >= w.length) mutated();
      const x = v.at(i), y = w.at(i);
      if (!(x === y || equals(x, y))) {
        if (op === CompareOp.EQ) return false;
        if (op === CompareOp.NE) return true;
        return richCompare(x, y, op);
      }
    }
    switch (op) {
      case CompareOp.LT:
        return vs < ws;
      case CompareOp.LE:
        return vs <= ws;
      case CompareOp.EQ:
        return vs === ws;
      case CompareOp.NE:
        return vs !== ws;
      case CompareOp.GT:
        return vs > ws;
      default:
        return vs >= ws;
    }
  };
}

/** deque *= n (deque_inplace_repeat). */
function inplaceRepeat(d: PyDeque, n: number): PyDeque {
  const size = d.length;
  if (n <= 0 || size === 0) {
    d.clear();
    return d;
  }
  if (n === 1) return d;
  const items = d.toArray();
  // With a maxlen only the last maxlen items survive: skip whole copies that would be trimmed.
  let copies = n - 1;
  if (d.maxlen >= 0 && copies * size > d.maxlen) copies = Math.ceil(d.maxlen / size);
  if (d.maxlen < 0 && size * n > 2 ** 31) throw pyError(PyExc_OverflowError, "deque too big");
  for (let c = 0; c < copies; c++) for (const v of items) d.append(v);
  return d;
}

defineNew(dequeType, (cls) => new PyDeque(cls));

defineMethods(dequeType, {
  __init__(args, kwnames) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - 1 - nkw;
    if (npos + nkw > 2) {
      throw pyError(
        PyExc_TypeError,
        `deque() takes at most 2 arguments (${npos + nkw} given)`,
      );
    }
    const [iterable, maxlenObj] = bindArgs(
      "deque",
      args,
      kwnames,
      ["iterable", "maxlen"],
      0,
      1,
    );
    const d = DQ(args[0]);
    let maxlen = -1;
    if (maxlenObj !== undefined && maxlenObj !== None) {
      const n = intValue(maxlenObj) ??
        (lookupSpecial(maxlenObj, "__index__") !== undefined ? asIndex(maxlenObj) : undefined);
      if (n === undefined) throw pyError(PyExc_TypeError, "an integer is required");
      if (typeof n === "bigint") {
        throw pyError(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
      }
      if (n < 0) throw pyError(PyExc_ValueError, "maxlen must be non-negative");
      maxlen = n;
    }
    d.maxlen = maxlen;
    if (d.length > 0) d.clear();
    if (iterable !== undefined) extendRight(d, iterable);
    return None;
  },
  __len__: (args) => DQ(args[0]).length,
  __getitem__(args) {
    const d = DQ(args[0]);
    return d.at(dequeIndex(d, args[1]));
  },
  __setitem__(args) {
    const d = DQ(args[0]);
    d.setAt(dequeIndex(d, args[1]), args[2]);
    return None;
  },
  __delitem__(args) {
    const d = DQ(args[0]);
    d.deleteAt(dequeIndex(d, args[1]));
    return None;
  },
  __contains__(args) {
    const d = DQ(args[0]);
    const x = args[1];
    const state = d.state;
    for (let i = 0; i < d.length; i++) {
      const y = d.at(i);
      const eq = y === x || equals(y, x);
      if (d.state !== state) mutated();
      if (eq) return true;
    }
    return false;
  },
  __iter__: (args) => new DequeIterator(DQ(args[0])),
  __reversed__: (args) => new DequeReverseIterator(DQ(args[0])),
  __eq__: dequeCompare(CompareOp.EQ),
  __ne__: dequeCompare(CompareOp.NE),
  __lt__: dequeCompare(CompareOp.LT),
  __le__: dequeCompare(CompareOp.LE),
  __gt__: dequeCompare(CompareOp.GT),
  __ge__: dequeCompare(CompareOp.GE),
  __add__(args) {
    const d = DQ(args[0]), other = args[1];
    if (!isDeque(other)) {
      throw pyError(
        PyExc_TypeError,
        `can only concatenate deque (not "${typeOf(other).name}") to deque`,
      );
    }
    const out = dequeCopy(d);
    if (isDeque(out)) extendRight(out, other);
    else call(getAttr(out, "extend"), [other], null);
    return out;
  },
  __iadd__(args) {
    extendRight(DQ(args[0]), args[1]);
    return args[0];
  },
  __mul__: dequeRepeat,
  __rmul__: dequeRepeat,
  __imul__(args) {
    const n = repeatCount(args[1]);
    if (n === NotImplemented) return NotImplemented;
    return inplaceRepeat(DQ(args[0]), n as number);
  },
  __repr__(args) {
    const d = DQ(args[0]);
    const name = d.cls.isHeapType ? d.cls.name : "deque";
    return reprGuarded(d, () => {
      const items = d.toArray().map(repr).join(", ");
      if (d.maxlen >= 0) return `${name}([${items}], maxlen=${d.maxlen})`;
      return `${name}([${items}])`;
    }, "[...]");
  },
  __reduce__(args) {
    const d = DQ(args[0]);
    const dict = d.dict !== null && d.dict.size > 0 ? d.dict : None;
    const it = new DequeIterator(d);
    if (d.maxlen < 0) return makeTuple([d.cls, makeTuple([]), dict, it]);
    return makeTuple([d.cls, makeTuple([makeTuple([]), d.maxlen]), dict, it]);
  },
  __copy__(args, kw) {
    noArgs("deque.__copy__", args, kw);
    return dequeCopy(DQ(args[0]));
  },
  // CPython: the object plus 64-item blocks, the first one entered at its middle.
  __sizeof__: (args) => 216 + 528 * Math.floor((31 + DQ(args[0]).length + 63) / 64),
  append(args, kw) {
    oneArg("deque.append", args, kw);
    DQ(args[0]).append(args[1]);
    return None;
  },
  appendleft(args, kw) {
    oneArg("deque.appendleft", args, kw);
    DQ(args[0]).appendLeft(args[1]);
    return None;
  },
  pop(args, kw) {
    noArgs("deque.pop", args, kw);
    const d = DQ(args[0]);
    if (d.length === 0) throw pyError(PyExc_IndexError, "pop from an empty deque");
    return d.popRight();
  },
  popleft(args, kw) {
    noArgs("deque.popleft", args, kw);
    const d = DQ(args[0]);
    if (d.length === 0) throw pyError(PyExc_IndexError, "pop from an empty deque");
    return d.popLeft();
  },
  extend(args, kw) {
    oneArg("deque.extend", args, kw);
    extendRight(DQ(args[0]), args[1]);
    return None;
  },
  extendleft(args, kw) {
    oneArg("deque.extendleft", args, kw);
    extendLeft(DQ(args[0]), args[1]);
    return None;
  },
  clear(args, kw) {
    noArgs("deque.clear", args, kw);
    DQ(args[0]).clear();
    return None;
  },
  copy(args, kw) {
    noArgs("deque.copy", args, kw);
    return dequeCopy(DQ(args[0]));
  },
  count(args, kw) {
    oneArg("deque.count", args, kw);
    const d = DQ(args[0]);
    const x = args[1];
    const state = d.state;
    let n = 0;
    for (let i = 0; i < d.length; i++) {
      const y = d.at(i);
      const eq = y === x || equals(y, x);
      if (d.state !== state) mutated();
      if (eq) n++;
    }
    return n;
  },
  index(args, kw) {
    noKw("index", kw);
    const n = args.length - 1;
    if (n < 1 || n > 3) {
      throw pyError(
        PyExc_TypeError,
        n < 1
          ? `index() takes at least 1 argument (${n} given)`
          : `index() takes at most 3 arguments (${n} given)`,
      );
    }
    const d = DQ(args[0]);
    const x = args[1];
    const len = d.length;
    let start = args.length > 2 ? sliceIndex(args[2]) : 0;
    let stop = args.length > 3 ? sliceIndex(args[3]) : len;
    if (start < 0) start = Math.max(0, start + len);
    if (stop < 0) stop = Math.max(0, stop + len);
    if (stop > len) stop = len;
    if (start > stop) start = stop;
    const state = d.state;
    for (let i = start; i < stop; i++) {
      const y = d.at(i);
      const eq = y === x || equals(y, x);
      if (d.state !== state) mutated();
      if (eq) return i;
    }
    throw pyError(PyExc_ValueError, `${repr(x)} is not in deque`);
  },
  insert(args, kw) {
    noKw("insert", kw);
    if (args.length !== 3) {
      throw pyError(
        PyExc_TypeError,
        `insert() takes exactly 2 arguments (${args.length - 1} given)`,
      );
    }
    const d = DQ(args[0]);
    let i = ssize(args[1]);
    if (d.maxlen === d.length) {
      throw pyError(PyExc_IndexError, "deque already at its maximum size");
    }
    const len = d.length;
    if (i < 0) i = Math.max(0, i + len);
    if (i > len) i = len;
    d.insertAt(i, args[2]);
    return None;
  },
  remove(args, kw) {
    oneArg("deque.remove", args, kw);
    const d = DQ(args[0]);
    const x = args[1];
    const state = d.state;
    for (let i = 0; i < d.length; i++) {
      const y = d.at(i);
      const eq = y === x || equals(y, x);
      if (d.state !== state) throw pyError(PyExc_IndexError, "deque mutated during iteration");
      if (eq) {
        d.deleteAt(i);
        return None;
      }
    }
    throw pyError(PyExc_ValueError, `${repr(x)} is not in deque`);
  },
  reverse(args, kw) {
    noArgs("deque.reverse", args, kw);
    const d = DQ(args[0]);
    for (let i = 0, j = d.length - 1; i < j; i++, j--) {
      const t = d.at(i);
      d.setAt(i, d.at(j));
      d.setAt(j, t);
    }
    return None;
  },
  rotate(args, kw) {
    noKw("deque.rotate", kw);
    if (args.length > 2) {
      throw pyError(
        PyExc_TypeError,
        `deque.rotate expected at most 1 argument, got ${args.length - 1}`,
      );
    }
    DQ(args[0]).rotate(args.length > 1 ? ssize(args[1]) : 1);
    return None;
  },
});

function dequeRepeat(args: PyValue[]): PyValue {
  const n = repeatCount(args[1]);
  if (n === NotImplemented) return NotImplemented;
  const out = dequeCopy(DQ(args[0]));
  if (!isDeque(out)) return binaryOp(out, n as number, BinaryOp.INPLACE_MULTIPLY);
  return inplaceRepeat(out, n as number);
}

plainMethods(dequeType, ["__copy__", "__reduce__", "__reversed__", "__sizeof__"]);
dequeType.dict.setStr("__hash__", None);
defineGetter(dequeType, "maxlen", (d) => (DQ(d).maxlen < 0 ? None : DQ(d).maxlen));
defineClassMethod(dequeType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));
dequeType.dict.setStr(
  "__doc__",
  "deque([iterable[, maxlen]]) --> deque object\n\n" +
    "A list-like sequence optimized for data accesses near its endpoints.",
);

// ---- deque iterators ------------------------------------------------------------------------------

export const dequeIteratorType: PyType = new PyType(
  typeType,
  "_collections._deque_iterator",
  [objectType],
);
setStaticName(dequeIteratorType, "_deque_iterator");
export const dequeReverseIteratorType: PyType = new PyType(
  typeType,
  "_collections._deque_reverse_iterator",
  [objectType],
);
setStaticName(dequeReverseIteratorType, "_deque_reverse_iterator");

/** Walks a deque by position; `counter` items remain (CPython's dequeiterobject). */
class DequeIterator extends PyObject {
  index = 0;
  counter: number;
  state: number;
  constructor(readonly deque: PyDeque, cls: PyType = dequeIteratorType) {
    super(cls);
    this.counter = deque.length;
    this.state = deque.state;
  }
}

class DequeReverseIterator extends DequeIterator {
  constructor(deque: PyDeque, cls: PyType = dequeReverseIteratorType) {
    super(deque, cls);
    this.index = deque.length - 1;
  }
}

dequeIteratorType.tp_iternext = (o) => {
  const it = o as DequeIterator;
  if (it.deque.state !== it.state) {
    it.counter = 0;
    mutated();
  }
  if (it.counter === 0) return undefined;
  it.counter--;
  return it.deque.at(it.index++);
};
dequeReverseIteratorType.tp_iternext = (o) => {
  const it = o as DequeIterator;
  if (it.deque.state !== it.state) {
    it.counter = 0;
    mutated();
  }
  if (it.counter === 0) return undefined;
  it.counter--;
  return it.deque.at(it.index--);
};

for (const t of [dequeIteratorType, dequeReverseIteratorType]) {
  defineMethods(t, {
    ...iteratorMethods(t),
    __length_hint__: (args) => (args[0] as DequeIterator).counter,
    __reduce__(args) {
      const it = args[0] as DequeIterator;
      return makeTuple([it.cls, makeTuple([it.deque, it.deque.length - it.counter])]);
    },
  });
  // _deque_iterator(deque, index=0): the iterator advanced index times (for unpickling).
  defineNew(t, (cls, args, kwnames) => {
    noKw(t.qualname, kwnames);
    if (args.length < 1 || args.length > 2) {
      throw pyError(
        PyExc_TypeError,
        args.length < 1
          ? `function takes at least 1 argument (${args.length} given)`
          : `function takes at most 2 arguments (${args.length} given)`,
      );
    }
    const d = args[0];
    if (!isDeque(d)) {
      throw pyError(
        PyExc_TypeError,
        `argument 1 must be collections.deque, not ${badArgName(d)}`,
      );
    }
    const index = args.length > 1 ? ssize(args[1]) : 0;
    const it = t === dequeIteratorType
      ? new DequeIterator(d, cls)
      : new DequeReverseIterator(d, cls);
    for (let i = 0; i < index && it.counter > 0; i++) t.tp_iternext!(it);
    return it;
  });
}

for (const t of [dequeIteratorType, dequeReverseIteratorType]) {
  plainMethods(t, ["__length_hint__", "__reduce__"]);
}

// ---- defaultdict ----------------------------------------------------------------------------------

export const defaultDictType: PyType = new PyType(typeType, "collections.defaultdict", [
  dictType,
]);
setStaticName(defaultDictType, "defaultdict");

export class PyDefaultDict extends PyDict {
  defaultFactory: PyValue = None;
}
defaultDictType.allocate = (cls) => new PyDefaultDict(cls);
defineNew(defaultDictType, (cls) => new PyDefaultDict(cls));

const DD = (v: PyValue) => v as PyDefaultDict;

function defaultDictCopy(dd: PyDefaultDict): PyValue {
  return call(dd.cls, [dd.defaultFactory, dd], null);
}

const dictInit = dictType.dict.getStr("__init__")!;

defineMethods(defaultDictType, {
  __init__(args, kwnames) {
    const dd = DD(args[0]);
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - 1 - nkw;
    let factory: PyValue = None;
    let rest = args.slice(1);
    if (npos > 0) {
      factory = args[1];
      if (factory !== None && !isCallable(factory)) {
        throw pyError(PyExc_TypeError, "first argument must be callable or None");
      }
      rest = args.slice(2);
    }
    dd.defaultFactory = factory;
    return callSpecial(dictInit, dd, rest, kwnames);
  },
  __missing__(args, kw) {
    oneArg("defaultdict.__missing__", args, kw);
    const dd = DD(args[0]);
    const key = args[1];
    if (dd.defaultFactory === None) throw keyError(key);
    const value = call(dd.defaultFactory, [], null);
    setItem(dd, key, value);
    return value;
  },
  __repr__(args) {
    const dd = DD(args[0]);
    const name = dd.cls.isHeapType ? dd.cls.name : "defaultdict";
    let factory: string;
    if (dd.defaultFactory === None) factory = "None";
    else {
      const f = dd.defaultFactory;
      factory = f instanceof PyObject ? reprGuarded(f, () => repr(f), "...") : repr(f);
    }
    return `${name}(${factory}, ${dictRepr(dd)})`;
  },
  copy(args, kw) {
    noArgs("defaultdict.copy", args, kw);
    return defaultDictCopy(DD(args[0]));
  },
  __copy__(args, kw) {
    noArgs("defaultdict.copy", args, kw);
    return defaultDictCopy(DD(args[0]));
  },
  __reduce__(args) {
    const dd = DD(args[0]);
    const fargs = dd.defaultFactory === None ? makeTuple([]) : makeTuple([dd.defaultFactory]);
    const items = call(getAttr(dd, "items"), [], null);
    return makeTuple([dd.cls, fargs, None, None, getIter(items)]);
  },
  __or__: (args) => defaultDictOr(args[0], args[1]),
  __ror__: (args) => defaultDictOr(args[1], args[0]),
});

/**
 * left | right where one is a defaultdict (defdict_or): type(dd)(dd.default_factory, left),
 * then updated with right.
 */
function defaultDictOr(left: PyValue, right: PyValue): PyValue {
  const leftIsSelf = left instanceof PyDefaultDict;
  const self = (leftIsSelf ? left : right) as PyDefaultDict;
  const other = leftIsSelf ? right : left;
  if (!(other instanceof PyDict)) return NotImplemented;
  const out = call(self.cls, [self.defaultFactory, left], null);
  if (out instanceof PyDict) dictMerge(out, right);
  else call(getAttr(out, "update"), [right], null);
  return out;
}

plainMethods(defaultDictType, ["__missing__", "__copy__", "__reduce__"]);
defineGetter(
  defaultDictType,
  "default_factory",
  (dd) => DD(dd).defaultFactory,
  (dd, v) => {
    DD(dd).defaultFactory = v ?? None;
  },
);
defaultDictType.dict.setStr(
  "__doc__",
  "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n" +
    "The default factory is called without arguments to produce\n" +
    "a new value when a key is not present, in __getitem__ only.\n" +
    "A defaultdict compares equal to a dict with the same items.\n" +
    "All remaining arguments are treated the same as if they were\n" +
    "passed to the dict constructor, including keyword arguments.\n",
);

// ---- _tuplegetter ---------------------------------------------------------------------------------

export const tupleGetterType: PyType = new PyType(typeType, "_collections._tuplegetter", [
  objectType,
]);
setStaticName(tupleGetterType, "_tuplegetter");

class PyTupleGetter extends PyObject {
  constructor(readonly index: number, public doc: PyValue) {
    super(tupleGetterType);
  }
}

function tupleGetterGet(g: PyTupleGetter, obj: PyValue | undefined): PyValue {
  if (obj === undefined || obj === None) return g;
  if (!(obj instanceof PyTuple)) {
    throw pyError(
      PyExc_TypeError,
      `descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${
        typeOf(obj).name
      }' object`,
    );
  }
  const i = g.index;
  if (i < 0 || i >= obj.items.length) throw pyError(PyExc_IndexError, "tuple index out of range");
  return obj.items[i];
}

function tupleGetterSet(value: PyValue | undefined): never {
  throw pyError(
    PyExc_AttributeError,
    value === undefined ? "can't delete attribute" : "can't set attribute",
  );
}

tupleGetterType.tp_descr_get = (d, obj) => tupleGetterGet(d as PyTupleGetter, obj);
tupleGetterType.tp_descr_set = (_d, _obj, value) => tupleGetterSet(value);

defineNew(tupleGetterType, (_cls, args, kwnames) => {
  noKw("_tuplegetter", kwnames);
  if (args.length !== 2) {
    throw pyError(PyExc_TypeError, `_tuplegetter expected 2 arguments, got ${args.length}`);
  }
  return new PyTupleGetter(ssize(args[0]), args[1]);
});

defineMethods(tupleGetterType, {
  __get__(args) {
    const obj = args[1];
    return tupleGetterGet(args[0] as PyTupleGetter, obj === None ? undefined : obj);
  },
  __set__: (args) => tupleGetterSet(args[2]),
  __delete__: () => tupleGetterSet(undefined),
  __reduce__(args) {
    const g = args[0] as PyTupleGetter;
    return makeTuple([tupleGetterType, makeTuple([g.index, g.doc])]);
  },
  __repr__(args) {
    const g = args[0] as PyTupleGetter;
    return `_tuplegetter(${g.index}, ${repr(g.doc)})`;
  },
});
plainMethods(tupleGetterType, ["__reduce__"]);
defineGetter(
  tupleGetterType,
  "__doc__",
  (g) => (g instanceof PyTupleGetter ? g.doc : None),
  (g, v) => {
    (g as PyTupleGetter).doc = v ?? None;
  },
);

// ---- _count_elements ------------------------------------------------------------------------------

const dictGet = dictType.dict.getStr("get");
const dictSetItem = dictType.dict.getStr("__setitem__");

/** Counter's tally: mapping[elem] = mapping.get(elem, 0) + 1 for each element. */
function countElements(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  noKw("_count_elements", kwnames);
  if (args.length !== 2) {
    throw pyError(PyExc_TypeError, `_count_elements expected 2 arguments, got ${args.length}`);
  }
  const mapping = args[0];
  const it = getIter(args[1]);
  if (
    mapping instanceof PyDict && lookupType(mapping.cls, "get") === dictGet &&
    lookupType(mapping.cls, "__setitem__") === dictSetItem
  ) {
    for (let key = iterNext(it); key !== undefined; key = iterNext(it)) {
      const entry = mapping.getEntry(key);
      if (entry === undefined) mapping.set(key, 1);
      else {
        const old = entry.value;
        entry.value = typeof old === "number" && old < Number.MAX_SAFE_INTEGER
          ? old + 1
          : binaryOp(old, 1, BinaryOp.ADD);
      }
    }
    return None;
  }
  const get = getAttr(mapping, "get");
  for (let key = iterNext(it); key !== undefined; key = iterNext(it)) {
    const old = call(get, [key, 0], null);
    setItem(mapping, key, binaryOp(old, 1, BinaryOp.ADD));
  }
  return None;
}

// ---- the module -----------------------------------------------------------------------------------

export function createModule(): PyModule {
  const m = new PyModule("_collections");
  const d = m.dict;
  d.setStr(
    "__doc__",
    "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n",
  );
  d.setStr("deque", dequeType);
  d.setStr("defaultdict", defaultDictType);
  d.setStr("_deque_iterator", dequeIteratorType);
  d.setStr("_deque_reverse_iterator", dequeReverseIteratorType);
  d.setStr("_tuplegetter", tupleGetterType);
  d.setStr(
    "_count_elements",
    new PyBuiltinFunction(
      "_count_elements",
      countElements,
      undefined,
      "_count_elements",
      "_collections",
    ),
  );
  return m;
}
