// types.GenericAlias: what `list[int]` evaluates to (CPython's Objects/genericaliasobject.c),
// kept small: origin, args, repr, equality, calling and __mro_entries__.
import { defineGetter, defineMethods, defineNew } from "./builtin_function.ts";
import {
  Ellipsis,
  NotImplemented,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  typeType,
} from "./object.ts";
import { pyError, PyExc_TypeError } from "./exceptions.ts";
import { call, equals, getAttr, hash, repr } from "./abstract.ts";
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
