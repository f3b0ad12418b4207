// The itertools module (CPython's Modules/itertoolsmodule.c, 3.11): lazy iterator types that
// advance their inputs exactly when CPython's do, with the same pickling state (__reduce__ /
// __setstate__), reprs, argument errors and subclassability.
import {
  defineClassMethod,
  defineMethods,
  defineNew,
  iteratorMethods,
  type NativeFn,
  PyBuiltinFunction,
  PyGetSetDescriptor,
} from "../objects/builtin_function.ts";
import {
  boolType,
  floatType,
  isSubtype,
  None,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "../objects/object.ts";
import {
  pyError,
  PyExc_OverflowError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.ts";
import {
  asIndex,
  binaryOp,
  call,
  getAttrOrUndefined,
  getIter,
  isTrue,
  iterateToArray,
  iterNext,
  repr,
  richCompareBool,
} from "../objects/abstract.ts";
import { EMPTY_TUPLE, makeTuple, PyTuple, tupleType } from "../objects/tuple.ts";
import { PyList } from "../objects/list.ts";
import { complexType } from "../objects/complex.ts";
import { intValue } from "../objects/int.ts";
import { makeGenericAlias } from "../objects/genericalias.ts";
import { lookupType } from "../objects/type.ts";
import { BinaryOp, CompareOp } from "../compiler/opcodes.ts";
import { PyModule } from "../runtime/module_object.ts";
import { parseArgs } from "./module_support.ts";
import { builtin } from "../runtime/ops.ts";

const MAXSIZE = 9223372036854775807n;

// ---- argument helpers ----------------------------------------------------------------------

function typeError(msg: string): never {
  throw pyError(PyExc_TypeError, msg);
}
function valueError(msg: string): never {
  throw pyError(PyExc_ValueError, msg);
}

const plural = (n: number) => `${n} argument${n === 1 ? "" : "s"}`;

/**
 * Positional-only constructors reject keywords, except in a subclass that overrides __init__
 * (CPython checks `type->tp_init == base.tp_init`).
 */
function positionalOnly(
  fname: string,
  cls: PyType,
  base: PyType,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  min: number,
  max: number,
): PyValue[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0) {
    if (cls === base || lookupType(cls, "__init__") === lookupType(base, "__init__")) {
      typeError(`${fname}() takes no keyword arguments`);
    }
  }
  const n = args.length - nkw;
  if (n < min || n > max) {
    if (min === max) typeError(`${fname} expected ${plural(min)}, got ${n}`);
    typeError(
      n < min
        ? `${fname} expected at least ${plural(min)}, got ${n}`
        : `${fname} expected at most ${plural(max)}, got ${n}`,
    );
  }
  return nkw > 0 ? args.slice(0, n) : args as PyValue[];
}

/** PyLong_AsSsize_t semantics on an int: OverflowError outside the C range. */
function ssize(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === "bigint") {
    if (n > MAXSIZE || n < -MAXSIZE - 1n) {
      throw pyError(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return Number(n);
  }
  return n;
}

/** PyLong_AsSsize_t on something that must already be an int (no __index__). */
function ssizeExact(v: PyValue): number {
  const n = intValue(v);
  if (n === undefined) typeError("an integer is required");
  if (typeof n === "bigint") {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return n as number;
}

/** PyArg_Parse's "i": an index within a C int (a C long first, as CPython converts). */
function cInt(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === "bigint" && (n > MAXSIZE || n < -MAXSIZE - 1n)) {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C long");
  }
  if (n > 2147483647) throw pyError(PyExc_OverflowError, "signed integer is greater than maximum");
  if (n < -2147483648) throw pyError(PyExc_OverflowError, "signed integer is less than minimum");
  return Number(n);
}

/** PySequence_Tuple: the tuple itself when exact, else a new tuple of the items. */
function asTuple(v: PyValue): PyTuple {
  if (v instanceof PyTuple && v.cls === tupleType) return v;
  return makeTuple(iterateToArray(v));
}

function stateTuple(state: PyValue): PyTuple {
  if (!(state instanceof PyTuple)) typeError("state is not a tuple");
  return state as PyTuple;
}

function isIterator(v: PyValue): boolean {
  const t = typeOf(v);
  return t.tp_iternext !== null || lookupType(t, "__next__") !== undefined;
}

/** An iterator type of this module: tp_name "itertools.<name>", subclassable unless told. */
function makeType(
  name: string,
  next: (o: PyObject) => PyValue | undefined,
  methods: Record<string, NativeFn>,
  subclassable = true,
): PyType {
  const t = new PyType(typeType, `itertools.${name}`, [objectType]);
  t.qualname = name;
  t.tp_iternext = next;
  t.isFinal = !subclassable;
  // A layout of its own (CPython's instance struct): object.__new__ refuses it and it cannot be
  // combined with another itertools base.
  t.allocate = () => {
    throw pyError(PyExc_TypeError, `cannot create '${t.name}' instances`);
  };
  defineMethods(t, { ...iteratorMethods(t), ...methods });
  return t;
}

/** _PyType_Name: a static type's tp_name after the module prefix; a class's own name. */
const typeName = (o: PyObject) => o.cls.isHeapType ? o.cls.name : o.cls.qualname;

// ---- count ---------------------------------------------------------------------------------

class Count extends PyObject {
  constructor(cls: PyType, public cnt: PyValue, readonly step: PyValue, public fast: boolean) {
    super(cls);
  }
}

function isNumber(v: PyValue): boolean {
  switch (typeof v) {
    case "number":
    case "bigint":
    case "boolean":
      return true;
    case "string":
      return false;
  }
  const t = v.cls;
  if (t === floatType || isSubtype(t, complexType)) return true;
  return lookupType(t, "__index__") !== undefined || lookupType(t, "__int__") !== undefined ||
    lookupType(t, "__float__") !== undefined;
}

const isIntOne = (v: PyValue) => {
  const n = intValue(v);
  return n !== undefined && n === 1;
};

const countType = makeType("count", (o) => {
  const c = o as Count;
  const v = c.cnt;
  if (c.fast && typeof v === "number" && v < Number.MAX_SAFE_INTEGER) c.cnt = v + 1;
  else c.cnt = binaryOp(v, c.step, BinaryOp.ADD);
  return v;
}, {
  __repr__(args) {
    const c = args[0] as Count;
    if (c.fast || isIntOne(c.step)) return `${typeName(c)}(${repr(c.cnt)})`;
    return `${typeName(c)}(${repr(c.cnt)}, ${repr(c.step)})`;
  },
  __reduce__(args) {
    const c = args[0] as Count;
    return makeTuple([c.cls, makeTuple(c.fast ? [c.cnt] : [c.cnt, c.step])]);
  },
});
defineNew(countType, (cls, args, kwnames) => {
  const [start, step] = parseArgs("count", args, kwnames, ["start", "step"]);
  const cnt = start ?? 0, st = step ?? 1;
  if (!isNumber(cnt) || !isNumber(st)) typeError("a number is required");
  // CPython's fast mode: an int start within Py_ssize_t counting by the int 1.
  const n = intValue(cnt);
  const fast = n !== undefined && isIntOne(st) &&
    (typeof n === "number" || (n <= MAXSIZE && n >= -MAXSIZE - 1n)) && n !== MAXSIZE;
  return new Count(cls, fast ? n! : cnt, st, fast);
});

// ---- cycle ---------------------------------------------------------------------------------

class Cycle extends PyObject {
  index = 0;
  firstpass = false;
  constructor(cls: PyType, public it: PyValue | null, public saved: PyList) {
    super(cls);
  }
}
const cycleType = makeType("cycle", (o) => {
  const c = o as Cycle;
  if (c.it !== null) {
    const item = iterNext(c.it);
    if (item !== undefined) {
      if (!c.firstpass) c.saved.items.push(item);
      return item;
    }
    c.it = null;
  }
  const saved = c.saved.items;
  if (saved.length === 0) return undefined;
  if (c.index >= saved.length) c.index = 0;
  const item = saved[c.index++];
  if (c.index >= saved.length) c.index = 0;
  return item;
}, {
  __reduce__(args) {
    const c = args[0] as Cycle;
    if (c.it === null) {
      // A list iterator positioned at the cycle's index (list_iterator.__setstate__).
      const it = getIter(c.saved);
      for (let i = 0; i < c.index; i++) iterNext(it);
      return makeTuple([c.cls, makeTuple([it]), makeTuple([c.saved, true])]);
    }
    return makeTuple([c.cls, makeTuple([c.it]), makeTuple([c.saved, c.firstpass])]);
  },
  __setstate__(args) {
    const c = args[0] as Cycle;
    const st = stateTuple(args[1]).items;
    if (st.length !== 2) typeError(`function takes exactly 2 arguments (${st.length} given)`);
    if (!(st[0] instanceof PyList)) {
      typeError(`argument 1 must be list, not ${typeOf(st[0]).name}`);
    }
    c.saved = st[0] as PyList;
    c.firstpass = cInt(st[1]) !== 0;
    c.index = 0;
    return None;
  },
});
defineNew(cycleType, (cls, args, kwnames) => {
  const [iterable] = positionalOnly("cycle", cls, cycleType, args, kwnames, 1, 1);
  return new Cycle(cls, getIter(iterable), new PyList([]));
});

// ---- repeat --------------------------------------------------------------------------------

class Repeat extends PyObject {
  constructor(cls: PyType, readonly element: PyValue, public cnt: number) {
    super(cls);
  }
}
const repeatType = makeType("repeat", (o) => {
  const r = o as Repeat;
  if (r.cnt === 0) return undefined;
  if (r.cnt > 0) r.cnt--;
  return r.element;
}, {
  __repr__(args) {
    const r = args[0] as Repeat;
    if (r.cnt === -1) return `${typeName(r)}(${repr(r.element)})`;
    return `${typeName(r)}(${repr(r.element)}, ${r.cnt})`;
  },
  __length_hint__(args) {
    const r = args[0] as Repeat;
    if (r.cnt === -1) typeError("len() of unsized object");
    return r.cnt;
  },
  __reduce__(args) {
    const r = args[0] as Repeat;
    return makeTuple([r.cls, makeTuple(r.cnt >= 0 ? [r.element, r.cnt] : [r.element])]);
  },
});
defineNew(repeatType, (cls, args, kwnames) => {
  const [element, times] = parseArgs("repeat", args, kwnames, ["object", "times"], [], 1);
  let cnt = -1;
  if (times !== undefined) cnt = Math.max(0, ssize(times));
  return new Repeat(cls, element!, cnt);
});

// ---- accumulate ----------------------------------------------------------------------------

class Accumulate extends PyObject {
  total: PyValue | undefined = undefined;
  constructor(
    cls: PyType,
    readonly it: PyValue,
    readonly binop: PyValue,
    public initial: PyValue,
  ) {
    super(cls);
  }
}
const accumulateType = makeType("accumulate", (o) => {
  const a = o as Accumulate;
  if (a.initial !== None) {
    a.total = a.initial;
    a.initial = None;
    return a.total;
  }
  const v = iterNext(a.it);
  if (v === undefined) return undefined;
  const t = a.total;
  a.total = t === undefined
    ? v
    : a.binop === None
    ? binaryOp(t, v, BinaryOp.ADD)
    : call(a.binop, [t, v], null);
  return a.total;
}, {
  __reduce__(args) {
    const a = args[0] as Accumulate;
    if (a.initial !== None) {
      const it = new Chain(chainType, getIter(makeTuple([makeTuple([a.initial]), a.it])));
      return makeTuple([a.cls, makeTuple([it, a.binop]), None]);
    }
    if (a.total === None) {
      // The running total None cannot be told apart from "not started": restart from a chain
      // that yields it once and skip it.
      const ch = new Chain(chainType, getIter(makeTuple([makeTuple([a.total]), a.it])));
      const acc = call(a.cls, [ch, a.binop], null);
      return makeTuple([isliceType, makeTuple([acc, 1, None])]);
    }
    return makeTuple([a.cls, makeTuple([a.it, a.binop]), a.total ?? None]);
  },
  __setstate__(args) {
    (args[0] as Accumulate).total = args[1];
    return None;
  },
});
defineNew(accumulateType, (cls, args, kwnames) => {
  const [iterable, func, initial] = parseArgs(
    "accumulate",
    args,
    kwnames,
    ["iterable", "func"],
    ["initial"],
    1,
  );
  return new Accumulate(cls, getIter(iterable!), func ?? None, initial ?? None);
});

// ---- chain ---------------------------------------------------------------------------------

class Chain extends PyObject {
  active: PyValue | null = null;
  constructor(cls: PyType, public source: PyValue | null) {
    super(cls);
  }
}
const chainType: PyType = makeType("chain", (o) => {
  const c = o as Chain;
  while (c.source !== null) {
    if (c.active === null) {
      const iterable = iterNext(c.source);
      if (iterable === undefined) {
        c.source = null;
        return undefined;
      }
      try {
        c.active = getIter(iterable);
      } catch (e) {
        c.source = null;
        throw e;
      }
    }
    const item = iterNext(c.active);
    if (item !== undefined) return item;
    c.active = null;
  }
  return undefined;
}, {
  __reduce__(args) {
    const c = args[0] as Chain;
    if (c.source === null) return makeTuple([c.cls, EMPTY_TUPLE]);
    const state = c.active === null ? [c.source] : [c.source, c.active];
    return makeTuple([c.cls, EMPTY_TUPLE, makeTuple(state)]);
  },
  __setstate__(args) {
    const c = args[0] as Chain;
    const st = stateTuple(args[1]).items;
    if (st.length < 1 || st.length > 2) {
      typeError(
        st.length < 1
          ? "function takes at least 1 argument (0 given)"
          : `function takes at most 2 arguments (${st.length} given)`,
      );
    }
    if (!isIterator(st[0]) || (st.length > 1 && !isIterator(st[1]))) {
      typeError("Arguments must be iterators.");
    }
    c.source = st[0];
    c.active = st.length > 1 ? st[1] : null;
    return None;
  },
});
defineNew(chainType, (cls, args, kwnames) => {
  const items = positionalOnly("chain", cls, chainType, args, kwnames, 0, Infinity);
  return new Chain(cls, getIter(makeTuple(items.slice())));
});
defineClassMethod(chainType, "from_iterable", (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    typeError("chain.from_iterable() takes no keyword arguments");
  }
  if (args.length !== 2) {
    typeError(`chain.from_iterable() takes exactly one argument (${args.length - 1} given)`);
  }
  return new Chain(args[0] as PyType, getIter(args[1]));
});
defineClassMethod(chainType, "__class_getitem__", (args) => {
  if (args.length !== 2) {
    typeError(`chain.__class_getitem__() takes exactly one argument (${args.length - 1} given)`);
  }
  return makeGenericAlias(args[0], args[1]);
});

// ---- compress ------------------------------------------------------------------------------

class Compress extends PyObject {
  constructor(cls: PyType, readonly data: PyValue, readonly selectors: PyValue) {
    super(cls);
  }
}
const compressType = makeType("compress", (o) => {
  const c = o as Compress;
  for (;;) {
    const datum = iterNext(c.data);
    if (datum === undefined) return undefined;
    const selector = iterNext(c.selectors);
    if (selector === undefined) return undefined;
    if (isTrue(selector)) return datum;
  }
}, {
  __reduce__(args) {
    const c = args[0] as Compress;
    return makeTuple([c.cls, makeTuple([c.data, c.selectors])]);
  },
});
defineNew(compressType, (cls, args, kwnames) => {
  const [data, selectors] = parseArgs("compress", args, kwnames, ["data", "selectors"], [], 2);
  return new Compress(cls, getIter(data!), getIter(selectors!));
});

// ---- dropwhile / takewhile / filterfalse / starmap -----------------------------------------

class PredicateIter extends PyObject {
  /** dropwhile: whether dropping is over; takewhile: whether taking is over. */
  flag = false;
  constructor(cls: PyType, readonly func: PyValue, readonly it: PyValue) {
    super(cls);
  }
}

function predicateReduce(args: PyValue[]): PyValue {
  const p = args[0] as PredicateIter;
  return makeTuple([p.cls, makeTuple([p.func, p.it]), p.flag ? 1 : 0]);
}
function predicateSetState(args: PyValue[]): PyValue {
  (args[0] as PredicateIter).flag = isTrue(args[1]);
  return None;
}

const dropwhileType = makeType("dropwhile", (o) => {
  const d = o as PredicateIter;
  for (;;) {
    const item = iterNext(d.it);
    if (item === undefined) return undefined;
    if (d.flag) return item;
    if (!isTrue(call(d.func, [item], null))) {
      d.flag = true;
      return item;
    }
  }
}, { __reduce__: predicateReduce, __setstate__: predicateSetState });

const takewhileType = makeType("takewhile", (o) => {
  const t = o as PredicateIter;
  if (t.flag) return undefined;
  const item = iterNext(t.it);
  if (item === undefined) return undefined;
  if (isTrue(call(t.func, [item], null))) return item;
  t.flag = true;
  return undefined;
}, { __reduce__: predicateReduce, __setstate__: predicateSetState });

const filterfalseType = makeType("filterfalse", (o) => {
  const f = o as PredicateIter;
  const plain = f.func === None || f.func === boolType;
  for (;;) {
    const item = iterNext(f.it);
    if (item === undefined) return undefined;
    if (!isTrue(plain ? item : call(f.func, [item], null))) return item;
  }
}, {
  __reduce__(args) {
    const p = args[0] as PredicateIter;
    return makeTuple([p.cls, makeTuple([p.func, p.it])]);
  },
});

const starmapType = makeType("starmap", (o) => {
  const s = o as PredicateIter;
  const item = iterNext(s.it);
  if (item === undefined) return undefined;
  return call(s.func, asTuple(item).items.slice(), null);
}, {
  __reduce__(args) {
    const p = args[0] as PredicateIter;
    return makeTuple([p.cls, makeTuple([p.func, p.it])]);
  },
});

for (
  const [name, t] of [
    ["dropwhile", dropwhileType],
    ["takewhile", takewhileType],
    ["filterfalse", filterfalseType],
    ["starmap", starmapType],
  ] as const
) {
  defineNew(t, (cls, args, kwnames) => {
    const [func, seq] = positionalOnly(name, cls, t, args, kwnames, 2, 2);
    return new PredicateIter(cls, func, getIter(seq));
  });
}

// ---- groupby -------------------------------------------------------------------------------

class GroupBy extends PyObject {
  tgtkey: PyValue | undefined = undefined;
  currkey: PyValue | undefined = undefined;
  currvalue: PyValue | undefined = undefined;
  currgrouper: Grouper | null = null;
  constructor(cls: PyType, readonly it: PyValue, readonly keyfunc: PyValue) {
    super(cls);
  }
}
class Grouper extends PyObject {
  constructor(readonly parent: GroupBy, readonly tgtkey: PyValue) {
    super(grouperType);
    parent.currgrouper = this;
  }
}

/** Reads the next value and its key into the groupby; false at the end. */
function groupbyStep(g: GroupBy): boolean {
  const v = iterNext(g.it);
  if (v === undefined) return false;
  const k = g.keyfunc === None ? v : call(g.keyfunc, [v], null);
  g.currvalue = v;
  g.currkey = k;
  return true;
}

const groupbyType = makeType("groupby", (o) => {
  const g = o as GroupBy;
  g.currgrouper = null;
  // Skip what is left of the current group.
  for (;;) {
    if (g.currkey !== undefined) {
      if (g.tgtkey === undefined) break;
      if (!richCompareBool(g.tgtkey, g.currkey, CompareOp.EQ)) break;
    }
    if (!groupbyStep(g)) return undefined;
  }
  g.tgtkey = g.currkey;
  const grouper = new Grouper(g, g.tgtkey!);
  return makeTuple([g.currkey!, grouper]);
}, {
  __reduce__(args) {
    const g = args[0] as GroupBy;
    if (g.tgtkey !== undefined && g.currkey !== undefined && g.currvalue !== undefined) {
      return makeTuple([
        g.cls,
        makeTuple([g.it, g.keyfunc]),
        makeTuple([g.currkey, g.currvalue, g.tgtkey]),
      ]);
    }
    return makeTuple([g.cls, makeTuple([g.it, g.keyfunc])]);
  },
  __setstate__(args) {
    const g = args[0] as GroupBy;
    const st = stateTuple(args[1]).items;
    if (st.length !== 3) typeError(`function takes exactly 3 arguments (${st.length} given)`);
    g.currkey = st[0];
    g.currvalue = st[1];
    g.tgtkey = st[2];
    return None;
  },
});
defineNew(groupbyType, (cls, args, kwnames) => {
  const [iterable, key] = parseArgs("groupby", args, kwnames, ["iterable", "key"], [], 1);
  return new GroupBy(cls, getIter(iterable!), key ?? None);
});

const grouperType: PyType = makeType("_grouper", (o) => {
  const gr = o as Grouper;
  const g = gr.parent;
  if (g.currgrouper !== gr) return undefined;
  if (g.currvalue === undefined && !groupbyStep(g)) return undefined;
  if (!richCompareBool(gr.tgtkey, g.currkey!, CompareOp.EQ)) return undefined;
  const r = g.currvalue!;
  g.currvalue = undefined;
  g.currkey = undefined;
  return r;
}, {
  __reduce__(args) {
    const gr = args[0] as Grouper;
    if (gr.parent.currgrouper !== gr) {
      return makeTuple([builtin("iter"), makeTuple([EMPTY_TUPLE])]);
    }
    return makeTuple([grouperType, makeTuple([gr.parent, gr.tgtkey])]);
  },
}, false);
defineNew(grouperType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) typeError("_grouper() takes no keyword arguments");
  if (args.length !== 2) typeError(`_grouper expected 2 arguments, got ${args.length}`);
  if (!(args[0] instanceof GroupBy)) {
    typeError(`_grouper() argument 1 must be itertools.groupby, not ${typeOf(args[0]).name}`);
  }
  return new Grouper(args[0] as GroupBy, args[1]);
});

// ---- islice --------------------------------------------------------------------------------

class ISlice extends PyObject {
  cnt = 0;
  constructor(
    cls: PyType,
    public it: PyValue | null,
    public next: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super(cls);
  }
}

/** PyNumber_AsSsize_t(v, OverflowError) with the error swallowed: -1 for anything invalid. */
function sliceIndex(v: PyValue): number {
  try {
    const n = asIndex(v);
    if (typeof n === "bigint") return n <= MAXSIZE && n >= -MAXSIZE - 1n ? Number(n) : -1;
    return n;
  } catch {
    return -1;
  }
}

const STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const isliceType = makeType("islice", (o) => {
  const s = o as ISlice;
  const it = s.it;
  if (it === null) return undefined;
  try {
    while (s.cnt < s.next) {
      if (iterNext(it) === undefined) {
        s.it = null;
        return undefined;
      }
      s.cnt++;
    }
    if (s.stop !== -1 && s.cnt >= s.stop) {
      s.it = null;
      return undefined;
    }
    const item = iterNext(it);
    if (item === undefined) {
      s.it = null;
      return undefined;
    }
    s.cnt++;
    s.next += s.step;
    if (s.stop !== -1 && s.next > s.stop) s.next = s.stop;
    return item;
  } catch (e) {
    s.it = null;
    throw e;
  }
}, {
  __reduce__(args) {
    const s = args[0] as ISlice;
    if (s.it === null) {
      return makeTuple([s.cls, makeTuple([getIter(new PyList([])), 0]), 0]);
    }
    return makeTuple([
      s.cls,
      makeTuple([s.it, s.next, s.stop === -1 ? None : s.stop, s.step]),
      s.cnt,
    ]);
  },
  __setstate__(args) {
    (args[0] as ISlice).cnt = ssizeExact(args[1]);
    return None;
  },
});
defineNew(isliceType, (cls, args, kwnames) => {
  const a = positionalOnly("islice", cls, isliceType, args, kwnames, 2, 4);
  let start = 0, stop = -1, step = 1;
  if (a.length === 2) {
    if (a[1] !== None) {
      stop = sliceIndex(a[1]);
      if (stop === -1) valueError(STOP_MSG);
    }
  } else {
    if (a[1] !== None) start = sliceIndex(a[1]);
    if (a[2] !== None) {
      stop = sliceIndex(a[2]);
      if (stop === -1) valueError(STOP_MSG);
    }
  }
  if (start < 0 || stop < -1) {
    valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  }
  if (a.length === 4 && a[3] !== None) step = sliceIndex(a[3]);
  if (step < 1) valueError("Step for islice() must be a positive integer or None.");
  return new ISlice(cls, getIter(a[0]), start, stop, step);
});

// ---- tee -----------------------------------------------------------------------------------

const LINKCELLS = 57;

/** A block of up to LINKCELLS values read from the source, shared by all tees of it. */
class TeeData extends PyObject {
  values: PyValue[] = [];
  running = false;
  nextlink: TeeData | null = null;
  constructor(readonly it: PyValue) {
    super(teeDataType);
  }
  getItem(i: number): PyValue | undefined {
    if (i < this.values.length) return this.values[i];
    if (this.running) throw pyError(PyExc_RuntimeError, "cannot re-enter the tee iterator");
    this.running = true;
    let v: PyValue | undefined;
    try {
      v = iterNext(this.it);
    } finally {
      this.running = false;
    }
    if (v !== undefined) this.values.push(v);
    return v;
  }
  jumpLink(): TeeData {
    return this.nextlink ??= new TeeData(this.it);
  }
}
const teeDataType: PyType = new PyType(typeType, "itertools._tee_dataobject", [objectType]);
teeDataType.qualname = "_tee_dataobject";
teeDataType.isFinal = true;
defineMethods(teeDataType, {
  __reduce__(args) {
    const d = args[0] as TeeData;
    return makeTuple([
      teeDataType,
      makeTuple([d.it, new PyList(d.values.slice()), d.nextlink ?? None]),
    ]);
  },
});
defineNew(teeDataType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    typeError("_tee_dataobject() takes no keyword arguments");
  }
  if (args.length !== 3) {
    typeError(`_tee_dataobject expected 3 arguments, got ${args.length}`);
  }
  const [it, values, next] = args;
  if (!(values instanceof PyList)) {
    typeError(`teedataobject() argument 2 must be list, not ${typeOf(values).name}`);
  }
  const items = (values as PyList).items;
  const d = new TeeData(it);
  if (items.length > LINKCELLS) valueError("Invalid arguments");
  d.values = items.slice();
  if (items.length === LINKCELLS) {
    if (next !== None) {
      if (!(next instanceof TeeData)) valueError("Invalid arguments");
      d.nextlink = next as TeeData;
    }
  } else if (next !== None) valueError("Invalid arguments");
  return d;
});

class Tee extends PyObject {
  constructor(public data: TeeData, public index: number) {
    super(teeType);
  }
}
const teeType: PyType = makeType("_tee", (o) => {
  const t = o as Tee;
  if (t.index >= LINKCELLS) {
    t.data = t.data.jumpLink();
    t.index = 0;
  }
  const v = t.data.getItem(t.index);
  if (v === undefined) return undefined;
  t.index++;
  return v;
}, {
  __copy__: (args) => new Tee((args[0] as Tee).data, (args[0] as Tee).index),
  __reduce__(args) {
    const t = args[0] as Tee;
    return makeTuple([teeType, makeTuple([EMPTY_TUPLE]), makeTuple([t.data, t.index])]);
  },
  __setstate__(args) {
    const t = args[0] as Tee;
    const st = stateTuple(args[1]).items;
    if (st.length !== 2) typeError(`function takes exactly 2 arguments (${st.length} given)`);
    if (!(st[0] instanceof TeeData)) {
      typeError(`argument 1 must be itertools._tee_dataobject, not ${typeOf(st[0]).name}`);
    }
    const index = cInt(st[1]);
    if (index < 0 || index > LINKCELLS) valueError("Index out of range");
    t.data = st[0] as TeeData;
    t.index = index;
    return None;
  },
}, false);

// tee objects are weakly referenceable (CPython's tp_weaklistoffset).
teeType.dict.setStr(
  "__weakref__",
  new PyGetSetDescriptor("__weakref__", teeType, () => None, null),
);

function teeFromIterable(iterable: PyValue): Tee {
  const it = getIter(iterable);
  if (it instanceof Tee) return new Tee(it.data, it.index);
  return new Tee(new TeeData(it), 0);
}
defineNew(teeType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) typeError("_tee() takes no keyword arguments");
  if (args.length !== 1) typeError(`_tee expected 1 argument, got ${args.length}`);
  return teeFromIterable(args[0]);
});

function tee(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) {
    typeError("itertools.tee() takes no keyword arguments");
  }
  if (args.length < 1) typeError(`tee expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) typeError(`tee expected at most 2 arguments, got ${args.length}`);
  const n = args.length > 1 ? ssize(args[1]) : 2;
  if (n < 0) valueError("n must be >= 0");
  if (n === 0) return EMPTY_TUPLE;
  const it = getIter(args[0]);
  const out: PyValue[] = [];
  let copy = getAttrOrUndefined(it, "__copy__");
  if (copy !== undefined) out.push(it);
  else {
    const t = new Tee(new TeeData(it), 0);
    out.push(t);
    copy = getAttrOrUndefined(t, "__copy__")!;
  }
  for (let i = 1; i < n; i++) out.push(call(copy, [], null));
  return makeTuple(out);
}

// ---- zip_longest ---------------------------------------------------------------------------

class ZipLongest extends PyObject {
  numactive: number;
  constructor(cls: PyType, readonly its: (PyValue | null)[], public fillvalue: PyValue) {
    super(cls);
    this.numactive = its.length;
  }
}
const zipLongestType = makeType("zip_longest", (o) => {
  const z = o as ZipLongest;
  const n = z.its.length;
  if (n === 0 || z.numactive === 0) return undefined;
  const out: PyValue[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const it = z.its[i];
    if (it === null) {
      out[i] = z.fillvalue;
      continue;
    }
    let item: PyValue | undefined;
    try {
      item = iterNext(it);
    } catch (e) {
      z.numactive = 0;
      throw e;
    }
    if (item === undefined) {
      z.numactive--;
      if (z.numactive === 0) return undefined;
      item = z.fillvalue;
      z.its[i] = null;
    }
    out[i] = item;
  }
  return makeTuple(out);
}, {
  __reduce__(args) {
    const z = args[0] as ZipLongest;
    return makeTuple([z.cls, makeTuple(z.its.map((it) => it ?? EMPTY_TUPLE)), z.fillvalue]);
  },
  __setstate__(args) {
    (args[0] as ZipLongest).fillvalue = args[1];
    return None;
  },
});
defineNew(zipLongestType, (cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  let fill: PyValue = None;
  if (nkw > 0) {
    if (nkw !== 1 || kwnames![0] !== "fillvalue") {
      typeError("zip_longest() got an unexpected keyword argument");
    }
    fill = args[args.length - 1];
  }
  const its: (PyValue | null)[] = [];
  for (let i = 0; i < args.length - nkw; i++) its.push(getIter(args[i]));
  return new ZipLongest(cls, its, fill);
});

// ---- product -------------------------------------------------------------------------------

class Product extends PyObject {
  indices: number[];
  result: PyValue[] | null = null;
  stopped = false;
  constructor(cls: PyType, readonly pools: PyTuple[]) {
    super(cls);
    this.indices = new Array(pools.length).fill(0);
  }
}
const productType = makeType("product", (o) => {
  const p = o as Product;
  if (p.stopped) return undefined;
  const pools = p.pools;
  const n = pools.length;
  let result = p.result;
  if (result === null) {
    result = new Array(n);
    for (let i = 0; i < n; i++) {
      const pool = pools[i].items;
      if (pool.length === 0) {
        p.stopped = true;
        return undefined;
      }
      result[i] = pool[0];
    }
    p.result = result;
  } else {
    const indices = p.indices;
    let i = n - 1;
    for (; i >= 0; i--) {
      const pool = pools[i].items;
      indices[i]++;
      if (indices[i] === pool.length) {
        indices[i] = 0;
        result[i] = pool[0];
      } else {
        result[i] = pool[indices[i]];
        break;
      }
    }
    if (i < 0) {
      p.stopped = true;
      return undefined;
    }
    p.result = result;
  }
  return makeTuple(result.slice());
}, {
  __reduce__(args) {
    const p = args[0] as Product;
    if (p.stopped) return makeTuple([p.cls, makeTuple([EMPTY_TUPLE])]);
    if (p.result === null) return makeTuple([p.cls, makeTuple(p.pools)]);
    return makeTuple([p.cls, makeTuple(p.pools), makeTuple(p.indices.slice())]);
  },
  __setstate__(args) {
    const p = args[0] as Product;
    const n = p.pools.length;
    const st = args[1];
    if (!(st instanceof PyTuple) || st.items.length !== n) valueError("invalid arguments");
    for (let i = 0; i < n; i++) {
      let index = ssizeExact((st as PyTuple).items[i]);
      const size = p.pools[i].items.length;
      if (size === 0) {
        p.stopped = true;
        return None;
      }
      if (index < 0) index = 0;
      else if (index > size - 1) index = size - 1;
      p.indices[i] = index;
    }
    p.result = p.indices.map((idx, i) => p.pools[i].items[idx]);
    return None;
  },
  __sizeof__: (args) => 48 + 8 * (args[0] as Product).pools.length,
});
defineNew(productType, (cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  let repeat = 1;
  // CPython parses the keywords alone with PyArg_ParseTupleAndKeywords("|n:product").
  if (nkw > 1) typeError(`product() takes at most 1 keyword argument (${nkw} given)`);
  for (let k = 0; k < nkw; k++) {
    if (kwnames![k] !== "repeat") {
      typeError(`'${kwnames![k]}' is an invalid keyword argument for product()`);
    }
    repeat = ssize(args[args.length - nkw + k]);
    if (repeat < 0) valueError("repeat argument cannot be negative");
  }
  const nargs = repeat === 0 ? 0 : args.length - nkw;
  if (nargs > 0 && repeat > Number.MAX_SAFE_INTEGER / nargs) {
    throw pyError(PyExc_OverflowError, "repeat argument too large");
  }
  const base: PyTuple[] = [];
  for (let i = 0; i < nargs; i++) base.push(asTuple(args[i]));
  const pools: PyTuple[] = [];
  for (let r = 0; r < repeat && nargs > 0; r++) pools.push(...base);
  return new Product(cls, pools);
});

// ---- combinations / combinations_with_replacement / permutations ---------------------------

class Combinatoric extends PyObject {
  indices: number[];
  cycles: number[] = [];
  result: PyValue[] | null = null;
  stopped: boolean;
  constructor(cls: PyType, readonly pool: PyTuple, readonly r: number, stopped: boolean) {
    super(cls);
    this.stopped = stopped;
    this.indices = [];
  }
}

function combinatoricReduce(args: PyValue[]): PyValue {
  const c = args[0] as Combinatoric;
  if (c.result === null) return makeTuple([c.cls, makeTuple([c.pool, c.r])]);
  if (c.stopped) return makeTuple([c.cls, makeTuple([EMPTY_TUPLE, c.r])]);
  if (c.cls === permutationsType || isSubtype(c.cls, permutationsType)) {
    return makeTuple([
      c.cls,
      makeTuple([c.pool, c.r]),
      makeTuple([makeTuple(c.indices.slice()), makeTuple(c.cycles.slice())]),
    ]);
  }
  return makeTuple([c.cls, makeTuple([c.pool, c.r]), makeTuple(c.indices.slice())]);
}

function parseR(fname: string, args: PyValue[], kwnames: readonly string[] | null) {
  const [iterable, rArg] = parseArgs(fname, args, kwnames, ["iterable", "r"], [], 2);
  const pool = asTuple(iterable!);
  const r = ssize(rArg!);
  if (r < 0) valueError("r must be non-negative");
  return { pool, r };
}

const combinationsType = makeType("combinations", (o) => {
  const c = o as Combinatoric;
  if (c.stopped) return undefined;
  const pool = c.pool.items, n = pool.length, r = c.r, indices = c.indices;
  let result = c.result;
  if (result === null) {
    result = indices.map((i) => pool[i]);
  } else {
    let i = r - 1;
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) {
      c.stopped = true;
      return undefined;
    }
    indices[i]++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    for (; i < r; i++) result[i] = pool[indices[i]];
  }
  c.result = result;
  return makeTuple(result.slice());
}, {
  __reduce__: combinatoricReduce,
  __setstate__(args) {
    const c = args[0] as Combinatoric;
    const st = args[1];
    const n = c.pool.items.length;
    if (!(st instanceof PyTuple) || st.items.length !== c.r) valueError("invalid arguments");
    for (let i = 0; i < c.r; i++) {
      let index = ssizeExact((st as PyTuple).items[i]);
      const max = i + n - c.r;
      if (index > max) index = max;
      if (index < 0) index = 0;
      c.indices[i] = index;
    }
    c.result = c.indices.map((i) => c.pool.items[i]);
    return None;
  },
  __sizeof__: (args) => 56 + 8 * (args[0] as Combinatoric).r,
});
defineNew(combinationsType, (cls, args, kwnames) => {
  const { pool, r } = parseR("combinations", args, kwnames);
  const c = new Combinatoric(cls, pool, r, r > pool.items.length);
  for (let i = 0; i < r; i++) c.indices.push(i);
  return c;
});

const cwrType = makeType("combinations_with_replacement", (o) => {
  const c = o as Combinatoric;
  if (c.stopped) return undefined;
  const pool = c.pool.items, n = pool.length, r = c.r, indices = c.indices;
  let result = c.result;
  if (result === null) {
    result = new Array(r).fill(n > 0 ? pool[0] : None);
  } else {
    let i = r - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) {
      c.stopped = true;
      return undefined;
    }
    const index = indices[i] + 1;
    const elem = pool[index];
    for (; i < r; i++) {
      indices[i] = index;
      result[i] = elem;
    }
  }
  c.result = result;
  return makeTuple(result.slice());
}, {
  __reduce__: combinatoricReduce,
  __setstate__(args) {
    const c = args[0] as Combinatoric;
    const st = args[1];
    const n = c.pool.items.length;
    if (!(st instanceof PyTuple) || st.items.length !== c.r) valueError("invalid arguments");
    for (let i = 0; i < c.r; i++) {
      let index = ssizeExact((st as PyTuple).items[i]);
      if (index < 0) index = 0;
      else if (index > n - 1) index = n - 1;
      c.indices[i] = index;
    }
    c.result = c.indices.map((i) => c.pool.items[i]);
    return None;
  },
  __sizeof__: (args) => 56 + 8 * (args[0] as Combinatoric).r,
});
defineNew(cwrType, (cls, args, kwnames) => {
  const { pool, r } = parseR("combinations_with_replacement", args, kwnames);
  const c = new Combinatoric(cls, pool, r, pool.items.length === 0 && r > 0);
  for (let i = 0; i < r; i++) c.indices.push(0);
  return c;
});

const permutationsType: PyType = makeType("permutations", (o) => {
  const p = o as Combinatoric;
  if (p.stopped) return undefined;
  const pool = p.pool.items, n = pool.length, r = p.r;
  const indices = p.indices, cycles = p.cycles;
  let result = p.result;
  if (result === null) {
    result = [];
    for (let i = 0; i < r; i++) result.push(pool[indices[i]]);
  } else {
    if (n === 0) {
      p.stopped = true;
      return undefined;
    }
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        // Rotate indices[i:] left by one.
        const index = indices[i];
        for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
        indices[n - 1] = index;
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        const index = indices[i];
        indices[i] = indices[n - j];
        indices[n - j] = index;
        for (let k = i; k < r; k++) result[k] = pool[indices[k]];
        break;
      }
    }
    if (i < 0) {
      p.stopped = true;
      return undefined;
    }
  }
  p.result = result;
  return makeTuple(result.slice());
}, {
  __reduce__: combinatoricReduce,
  __setstate__(args) {
    const p = args[0] as Combinatoric;
    const st = stateTuple(args[1]).items;
    if (st.length !== 2) typeError(`function takes exactly 2 arguments (${st.length} given)`);
    if (!(st[0] instanceof PyTuple) || !(st[1] instanceof PyTuple)) {
      const bad = st[0] instanceof PyTuple ? st[1] : st[0];
      typeError(
        `argument ${st[0] instanceof PyTuple ? 2 : 1} must be tuple, not ${typeOf(bad).name}`,
      );
    }
    const indices = (st[0] as PyTuple).items, cycles = (st[1] as PyTuple).items;
    const n = p.pool.items.length;
    if (indices.length !== n || cycles.length !== p.r) valueError("invalid arguments");
    for (let i = 0; i < n; i++) {
      let index = ssizeExact(indices[i]);
      if (index < 0) index = 0;
      else if (index > n - 1) index = n - 1;
      p.indices[i] = index;
    }
    for (let i = 0; i < p.r; i++) {
      let index = ssizeExact(cycles[i]);
      if (index < 1) index = 1;
      else if (index > n - i) index = n - i;
      p.cycles[i] = index;
    }
    p.result = [];
    for (let i = 0; i < p.r; i++) p.result.push(p.pool.items[p.indices[i]]);
    return None;
  },
  __sizeof__: (args) => 64 + 8 * (args[0] as Combinatoric).pool.items.length,
});
defineNew(permutationsType, (cls, args, kwnames) => {
  const [iterable, rArg] = parseArgs("permutations", args, kwnames, ["iterable", "r"], [], 1);
  const pool = asTuple(iterable!);
  const n = pool.items.length;
  let r = n;
  if (rArg !== undefined && rArg !== None) {
    const v = intValue(rArg);
    if (v === undefined) typeError("Expected int as r");
    r = ssize(v!);
    if (r < 0) valueError("r must be non-negative");
  }
  const p = new Combinatoric(cls, pool, r, r > n);
  for (let i = 0; i < n; i++) p.indices.push(i);
  for (let i = 0; i < r; i++) p.cycles.push(n - i);
  return p;
});

// ---- pairwise ------------------------------------------------------------------------------

class Pairwise extends PyObject {
  old: PyValue | undefined = undefined;
  constructor(cls: PyType, public it: PyValue | null) {
    super(cls);
  }
}
const pairwiseType = makeType("pairwise", (o) => {
  const p = o as Pairwise;
  const it = p.it;
  if (it === null) return undefined;
  let old = p.old;
  try {
    if (old === undefined) {
      old = p.old = iterNext(it);
      if (old === undefined) {
        p.it = null;
        return undefined;
      }
    }
    const next = iterNext(it);
    if (next === undefined) {
      p.it = null;
      p.old = undefined;
      return undefined;
    }
    p.old = next;
    return makeTuple([old, next]);
  } catch (e) {
    p.it = null;
    p.old = undefined;
    throw e;
  }
}, {});
defineNew(pairwiseType, (cls, args, kwnames) => {
  const [iterable] = positionalOnly("pairwise", cls, pairwiseType, args, kwnames, 1, 1);
  return new Pairwise(cls, getIter(iterable));
});

// ---- the module ----------------------------------------------------------------------------

const moduleDoc =
  "Functional tools for creating and using iterators.\n\nInfinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\nrepeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\nIterators terminating on the shortest input sequence:\naccumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\nchain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\nchain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\ncompress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\ndropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\ngroupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\nfilterfalse(pred, seq) --> elements of seq where pred(elem) is False\nislice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\npairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\nstarmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\ntee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\ntakewhile(pred, seq) --> seq[0], seq[1], until pred fails\nzip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\nCombinatoric generators:\nproduct(p, q, ... [repeat=1]) --> cartesian product\npermutations(p[, r])\ncombinations(p, r)\ncombinations_with_replacement(p, r)\n";

// CPython's tp_doc of each type, as __doc__ shows it (the signature line stripped where the
// doc names the type).
const typeDocs: Record<string, string | null> = {
  _grouper: null,
  _tee: "Iterator wrapped to make it copyable.",
  _tee_dataobject:
    "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.",
  accumulate: "Return series of accumulated sums (or other binary function results).",
  chain:
    "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.",
  combinations:
    "Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)",
  combinations_with_replacement:
    "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')",
  compress:
    "Return data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements.",
  count:
    "Return a count object whose .__next__() method returns consecutive values.\n\nEquivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n            yield x\n            x += step",
  cycle:
    "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.",
  dropwhile:
    "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.",
  filterfalse:
    "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.",
  groupby:
    "make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping.",
  islice:
    "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.",
  pairwise:
    "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...",
  permutations:
    "Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)",
  product:
    "product(*iterables, repeat=1) --> product object\n\nCartesian product of input iterables.  Equivalent to nested for-loops.\n\nFor example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\nThe leftmost iterators are in the outermost for-loop, so the output tuples\ncycle in a manner similar to an odometer (with the rightmost element changing\non every iteration).\n\nTo compute the product of an iterable with itself, specify the number\nof repetitions with the optional repeat keyword argument. For example,\nproduct(A, repeat=4) means the same as product(A, A, A, A).\n\nproduct('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\nproduct((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...",
  repeat:
    "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.",
  starmap:
    "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.",
  takewhile:
    "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.",
  zip_longest:
    "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.\n",
};

const types = [
  accumulateType,
  chainType,
  combinationsType,
  cwrType,
  compressType,
  countType,
  cycleType,
  dropwhileType,
  filterfalseType,
  groupbyType,
  grouperType,
  isliceType,
  pairwiseType,
  permutationsType,
  productType,
  repeatType,
  starmapType,
  takewhileType,
  teeType,
  teeDataType,
  zipLongestType,
];
for (const t of types) t.dict.setStr("__doc__", typeDocs[t.qualname] ?? None);

export function createModule(): PyModule {
  const m = new PyModule("itertools");
  const d = m.dict;
  d.setStr("__doc__", moduleDoc);
  for (const t of types) d.setStr(t.qualname, t);
  d.setStr("tee", new PyBuiltinFunction("tee", tee, undefined, "tee", "itertools"));
  return m;
}
