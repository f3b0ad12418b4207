// types.GenericAlias: what `list[int]` evaluates to (CPython's Objects/genericaliasobject.c),
// kept small: origin, args, repr, equality, calling and __mro_entries__.
import { defineGetter, defineMethods, defineNew } from "./builtin_function.ts";
import {
  Ellipsis,
  None,
  NotImplemented,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "./object.ts";
import { pyError, PyExc_TypeError } from "./exceptions.ts";
import { call, equals, getAttr, hash, isInstance, isSubclass, repr } from "./abstract.ts";
import { makeTuple, PyTuple } from "./tuple.ts";
import { typeModule } from "./type.ts";

export const genericAliasType: PyType = new PyType(typeType, "GenericAlias", [objectType]);
genericAliasType.dict.setStr("__module__", "types");

export class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyValue, readonly args: PyTuple) {
    super(genericAliasType);
  }
}

export function makeGenericAlias(origin: PyValue, args: PyValue): PyGenericAlias {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args : makeTuple([args]));
}

function argRepr(v: PyValue): string {
  if (v === Ellipsis) return "...";
  if (v instanceof PyType) {
    const mod = typeModule(v);
    return mod === "builtins" ? v.qualname : `${String(mod)}.${v.qualname}`;
  }
  return repr(v);
}

const GA = (v: PyValue) => v as PyGenericAlias;

defineNew(genericAliasType, (_cls, args) => {
  if (args.length !== 2) throw pyError(PyExc_TypeError, "GenericAlias expected 2 arguments");
  return makeGenericAlias(args[0], args[1]);
});
defineMethods(genericAliasType, {
  __or__: (args) => makeUnion(args[0], args[1]),
  __ror__: (args) => makeUnion(args[1], args[0]),
  __repr__(args) {
    const g = GA(args[0]);
    const inner = g.args.items.length === 0 ? "()" : g.args.items.map(argRepr).join(", ");
    return `${argRepr(g.origin)}[${inner}]`;
  },
  __eq__(args) {
    const a = GA(args[0]), b = args[1];
    if (!(b instanceof PyGenericAlias)) return NotImplemented;
    return equals(a.origin, b.origin) && equals(a.args, b.args);
  },
  __hash__: (args) => hash(GA(args[0]).origin) ^ hash(GA(args[0]).args),
  __call__: (args, kwnames) => call(GA(args[0]).origin, args.slice(1), kwnames),
  __mro_entries__: (args) => makeTuple([GA(args[0]).origin]),
  __instancecheck__() {
    throw pyError(PyExc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
  },
  __subclasscheck__() {
    throw pyError(PyExc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
  },
  __getattr__(args) {
    return getAttr(GA(args[0]).origin, args[1] as string);
  },
});
genericAliasType.tp_call = (g, args, kwnames) => call((g as PyGenericAlias).origin, args, kwnames);
defineGetter(genericAliasType, "__origin__", (g) => GA(g).origin);
defineGetter(genericAliasType, "__args__", (g) => GA(g).args);
defineGetter(genericAliasType, "__parameters__", () => makeTuple([]));
// Coil's aliases are never starred (`*tuple[int]`), so typing sees them as not unpacked.
defineGetter(genericAliasType, "__unpacked__", () => false);
defineGetter(genericAliasType, "__typing_unpacked_tuple_args__", () => None);

// ---- types.UnionType (`int | str`) ------------------------------------------------------------

export const unionType: PyType = new PyType(typeType, "UnionType", [objectType]);
unionType.dict.setStr("__module__", "types");
unionType.isFinal = true;

export class PyUnion extends PyObject {
  constructor(readonly args: PyTuple) {
    super(unionType);
  }
}

/** `a | b` for types, None and unions: flattened, duplicates dropped (CPython's _Py_union). */
export function makeUnion(a: PyValue, b: PyValue): PyValue {
  const ok = (v: PyValue) =>
    v === None || v instanceof PyType || v instanceof PyUnion || v instanceof PyGenericAlias;
  if (!ok(a) || !ok(b)) return NotImplemented;
  const items: PyValue[] = [];
  for (const v of [a, b]) {
    const parts = v instanceof PyUnion ? v.args.items : [v === None ? typeOf(None) : v];
    for (const p of parts) if (!items.some((x) => equals(x, p))) items.push(p);
  }
  if (items.length === 1) return items[0];
  return new PyUnion(makeTuple(items));
}

const U = (v: PyValue) => v as PyUnion;
defineMethods(unionType, {
  __repr__: (args) =>
    U(args[0]).args.items.map((t) => t === typeOf(None) ? "None" : argRepr(t)).join(" | "),
  __or__: (args) => makeUnion(args[0], args[1]),
  __ror__: (args) => makeUnion(args[1], args[0]),
  __eq__(args) {
    const b = args[1];
    if (!(b instanceof PyUnion)) return NotImplemented;
    const a = U(args[0]).args.items;
    return a.length === b.args.items.length &&
      a.every((x) => b.args.items.some((y) => equals(x, y)));
  },
  __hash__: (args) => U(args[0]).args.items.reduce((h: number, x) => h ^ hash(x), 0),
  __instancecheck__(args) {
    for (const t of U(args[0]).args.items) {
      if (t instanceof PyGenericAlias) {
        throw pyError(PyExc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
      }
      if (isInstance(args[1], t)) return true;
    }
    return false;
  },
  __subclasscheck__(args) {
    for (const t of U(args[0]).args.items) if (isSubclass(args[1], t)) return true;
    return false;
  },
});
defineGetter(unionType, "__args__", (u) => U(u).args);
