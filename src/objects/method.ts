// Bound methods (CPython's method type, classobject.c) and the classmethod/staticmethod wrappers
// (funcobject.c).
import { defineCallSlot, defineGetter, defineMethods, defineNew } from "./builtin_function.ts";
import { None, objectType, PyObject, PyType, type PyValue, typeOf, typeType } from "./object.ts";
import { pyError, PyExc_TypeError } from "./exceptions.ts";
import {
  call,
  getAttr,
  getAttrOrUndefined,
  hash,
  identityHash,
  repr,
  richCompareBool,
  setAttr,
} from "./abstract.ts";
import { bindDescriptor, lookupType } from "./type.ts";
import { builtinGetattr } from "./descriptors.ts";
import { makeTuple } from "./tuple.ts";
import { CompareOp } from "../compiler/opcodes.ts";

export const methodType: PyType = new PyType(typeType, "method", [objectType]);
methodType.isFinal = true;

/** A function bound to `self`: calling it prepends self to the arguments. */
export class PyMethod extends PyObject {
  constructor(readonly func: PyValue, readonly self: PyValue) {
    super(methodType);
  }
}

methodType.tp_call = (m, args, kwnames) => {
  const bm = m as PyMethod;
  return call(bm.func, [bm.self, ...args], kwnames);
};
defineCallSlot(methodType);
// A bound method stays bound when fetched through a class attribute (it is its own __get__).
methodType.tp_descr_get = (m) => m;

defineNew(methodType, (_cls, args) => {
  if (args.length !== 2) {
    throw pyError(PyExc_TypeError, "method expected 2 arguments, got " + args.length);
  }
  return new PyMethod(args[0], args[1]);
});
defineMethods(methodType, {
  __repr__(args) {
    const m = args[0] as PyMethod;
    const name = getAttrOrUndefined(m.func, "__qualname__") ??
      getAttrOrUndefined(m.func, "__name__") ?? "?";
    return `<bound method ${name} of ${repr(m.self)}>`;
  },
  __eq__(args) {
    const a = args[0] as PyMethod, b = args[1];
    if (!(b instanceof PyMethod)) return false;
    return a.self === b.self && richCompareBool(a.func, b.func, CompareOp.EQ);
  },
  __hash__(args) {
    const m = args[0] as PyMethod;
    return (identityHash(m.self) ^ hash(m.func)) | 0;
  },
  __getattribute__(args) {
    const m = args[0] as PyMethod;
    const name = args[1] as string;
    // The MRO of `method` (method_getattro's _PyType_Lookup), not getattr on the type object,
    // which would find the metatype's attributes (`__class__` would be `type`).
    const own = lookupType(methodType, name);
    if (
      own !== undefined && name.startsWith("__") && name !== "__doc__" && name !== "__name__" &&
      name !== "__qualname__" && name !== "__module__"
    ) {
      return bindDescriptor(own, m, methodType);
    }
    return getAttr(m.func, name);
  },
});
// A bound method pickles as getattr(self, name) (method_reduce).
defineMethods(methodType, {
  __reduce__(args) {
    const m = args[0] as PyMethod;
    return makeTuple([builtinGetattr, makeTuple([m.self, getAttr(m.func, "__name__")])]);
  },
});
defineGetter(methodType, "__func__", (m) => (m as PyMethod).func);
defineGetter(methodType, "__self__", (m) => (m as PyMethod).self);

// ---- classmethod / staticmethod ---------------------------------------------------------------

export const classMethodType: PyType = new PyType(typeType, "classmethod", [objectType]);
export const staticMethodType: PyType = new PyType(typeType, "staticmethod", [objectType]);
classMethodType.instancesHaveDict = true;
staticMethodType.instancesHaveDict = true;

export class PyClassMethod extends PyObject {
  constructor(public func: PyValue, cls: PyType = classMethodType) {
    super(cls);
  }
}
export class PyStaticMethod extends PyObject {
  constructor(public func: PyValue, cls: PyType = staticMethodType) {
    super(cls);
  }
}
classMethodType.allocate = (cls) => new PyClassMethod(None, cls);
staticMethodType.allocate = (cls) => new PyStaticMethod(None, cls);

classMethodType.tp_descr_get = (d, obj, type) => {
  const cm = d as PyClassMethod;
  const cls = type ?? typeOf(obj!);
  // A wrapped descriptor (e.g. classmethod(property)) binds through its own __get__ (3.9+).
  const inner = typeOf(cm.func).tp_descr_get;
  if (inner !== null && !typeOf(cm.func).isMethodDescriptor) {
    return inner(cm.func as PyObject, cls, typeOf(cls));
  }
  return new PyMethod(cm.func, cls);
};
staticMethodType.tp_descr_get = (d) => (d as PyStaticMethod).func;
staticMethodType.tp_call = (d, args, kwnames) => call((d as PyStaticMethod).func, args, kwnames);
defineCallSlot(staticMethodType);

/** What classmethod/staticmethod copy from the callable they wrap (cm_init's functools_wraps). */
const wrappedAttrs = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"];

for (
  const [t, name] of [[classMethodType, "classmethod"], [staticMethodType, "staticmethod"]] as const
) {
  defineNew(t, (cls) => t.allocate!(cls));
  defineMethods(t, {
    __init__(args) {
      if (args.length !== 2) {
        throw pyError(PyExc_TypeError, `${name} expected 1 argument, got ${args.length - 1}`);
      }
      (args[0] as PyClassMethod).func = args[1];
      // functools_wraps: the wrapper takes the callable's metadata into its own __dict__.
      for (const attr of wrappedAttrs) {
        const v = getAttrOrUndefined(args[1], attr);
        if (v !== undefined) setAttr(args[0], attr, v);
      }
      return None;
    },
    __repr__(args) {
      return `<${name}(${repr((args[0] as PyClassMethod).func)})>`;
    },
  });
  defineMethods(t, {
    __get__(args) {
      const obj = args[1] === None ? undefined : args[1];
      const type = args[2] === undefined || args[2] === None ? typeOf(args[1]) : args[2] as PyType;
      return t.tp_descr_get!(args[0] as PyObject, obj, type);
    },
  });
  defineGetter(t, "__func__", (s) => (s as PyClassMethod).func);
  defineGetter(t, "__wrapped__", (s) => (s as PyClassMethod).func);
  defineGetter(t, "__isabstractmethod__", (s) => {
    const v = getAttrOrUndefined((s as PyClassMethod).func, "__isabstractmethod__");
    return v === undefined ? false : v;
  });
}
