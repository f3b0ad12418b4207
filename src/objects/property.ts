// property: the data descriptor built from getter/setter/deleter functions (descrobject.c).
import { defineGetter, defineMethods, defineNew, requireArgs } from "./builtin_function.ts";
import { None, objectType, PyObject, PyType, type PyValue, typeOf, typeType } from "./object.ts";
import { attributeError, pyError, PyExc_TypeError } from "./exceptions.ts";
import { bindArgs } from "./builtin_function.ts";
import { call, getAttrOrUndefined, isTrue } from "./abstract.ts";

export const propertyType: PyType = new PyType(typeType, "property", [objectType]);

export class PyProperty extends PyObject {
  fget: PyValue = None;
  fset: PyValue = None;
  fdel: PyValue = None;
  doc: PyValue = None;
  /** Set by __set_name__: the attribute name, for error messages. */
  name: PyValue = None;
}
propertyType.allocate = (cls) => new PyProperty(cls);

function qualifiedName(p: PyProperty, obj: PyValue): string {
  const owner = typeOf(obj).qualname;
  return typeof p.name === "string"
    ? `property '${p.name}' of '${owner}' object`
    : `property of '${owner}' object`;
}

propertyType.tp_descr_get = (d, obj) => {
  const p = d as PyProperty;
  if (obj === undefined || obj === None) return p;
  if (p.fget === None) throw attributeError(`${qualifiedName(p, obj)} has no getter`, obj);
  return call(p.fget, [obj], null);
};
propertyType.tp_descr_set = (d, obj, value) => {
  const p = d as PyProperty;
  if (value === undefined) {
    if (p.fdel === None) throw attributeError(`${qualifiedName(p, obj)} has no deleter`, obj);
    call(p.fdel, [obj], null);
    return;
  }
  if (p.fset === None) throw attributeError(`${qualifiedName(p, obj)} has no setter`, obj);
  call(p.fset, [obj, value], null);
};

function copyWith(p: PyProperty, which: "fget" | "fset" | "fdel", f: PyValue): PyProperty {
  const q = p.cls.allocate!(p.cls) as PyProperty;
  q.fget = p.fget;
  q.fset = p.fset;
  q.fdel = p.fdel;
  q.doc = p.doc;
  q.name = p.name;
  q[which] = f;
  if (which === "fget" && p.doc === None) q.doc = getAttrOrUndefined(f, "__doc__") ?? None;
  return q;
}

defineNew(propertyType, (cls) => cls.allocate!(cls));
defineMethods(propertyType, {
  __init__(args, kwnames) {
    const self = args[0] as PyProperty;
    const [fget, fset, fdel, doc] = bindArgs(
      "property",
      args,
      kwnames,
      ["fget", "fset", "fdel", "doc"],
      0,
      1,
    );
    self.fget = fget ?? None;
    self.fset = fset ?? None;
    self.fdel = fdel ?? None;
    self.doc = doc ?? None;
    if (self.doc === None && self.fget !== None) {
      self.doc = getAttrOrUndefined(self.fget, "__doc__") ?? None;
    }
    return None;
  },
  getter: (args) => copyWith(args[0] as PyProperty, "fget", args[1]),
  setter: (args) => copyWith(args[0] as PyProperty, "fset", args[1]),
  deleter: (args) => copyWith(args[0] as PyProperty, "fdel", args[1]),
  __set_name__(args) {
    if (args.length !== 3) {
      throw pyError(
        PyExc_TypeError,
        `__set_name__() takes 2 positional arguments but ${args.length - 1} were given`,
      );
    }
    (args[0] as PyProperty).name = args[2];
    return None;
  },
  __get__(args) {
    return propertyType.tp_descr_get!(
      args[0] as PyObject,
      args[1] === None ? undefined : args[1],
      typeOf(args[1]),
    );
  },
  __set__(args) {
    propertyType.tp_descr_set!(args[0] as PyObject, args[1], args[2]);
    return None;
  },
  __delete__(args) {
    propertyType.tp_descr_set!(args[0] as PyObject, args[1], undefined);
    return None;
  },
});
requireArgs(propertyType, { getter: 1, setter: 1, deleter: 1 });
defineGetter(propertyType, "fget", (p) => (p as PyProperty).fget);
defineGetter(propertyType, "fset", (p) => (p as PyProperty).fset);
defineGetter(propertyType, "fdel", (p) => (p as PyProperty).fdel);
defineGetter(propertyType, "__doc__", (p) => (p as PyProperty).doc, (p, v) => {
  (p as PyProperty).doc = v ?? None;
});
defineGetter(propertyType, "__isabstractmethod__", (p) => {
  const pr = p as PyProperty;
  for (const f of [pr.fget, pr.fset, pr.fdel]) {
    const v = getAttrOrUndefined(f, "__isabstractmethod__");
    if (v !== undefined && isTrue(v)) return true;
  }
  return false;
});
