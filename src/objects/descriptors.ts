// Python-visible attributes and reprs of the builtin callable and descriptor types
// (builtin_function_or_method, method-wrapper, method_descriptor, wrapper_descriptor,
// classmethod_descriptor, getset_descriptor; CPython's Objects/descrobject.c, methodobject.c).
import {
  builtinFunctionType,
  checkArgs,
  classMethodDescriptorType,
  defineGetter,
  defineMethods,
  getSetDescriptorType,
  methodDescriptorType,
  methodWrapperType,
  PyBuiltinFunction,
  PyClassMethodDescriptor,
  PyGetSetDescriptor,
  PyMethodDescriptor,
  wrapperDescriptorType,
} from "./builtin_function.ts";
import { None, NotImplemented, PyObject, PyType, type PyValue, typeOf } from "./object.ts";
import { getAttr, getAttrOrUndefined, identityHash } from "./abstract.ts";
import { pyError, PyExc_TypeError } from "./exceptions.ts";
import { strHash, strValue } from "./str.ts";
import { makeTuple } from "./tuple.ts";
import { currentModules } from "./module_registry.ts";

const BF = (v: PyValue) => v as PyBuiltinFunction;

/** Docstrings of the slot wrappers (CPython's slotdefs), for `__doc__` of dunder methods. */
const SLOT_DOCS: Record<string, string> = {
  __repr__: "Return repr(self).",
  __str__: "Return str(self).",
  __hash__: "Return hash(self).",
  __call__: "Call self as a function.",
  __getattribute__: "Return getattr(self, name).",
  __setattr__: "Implement setattr(self, name, value).",
  __delattr__: "Implement delattr(self, name).",
  __lt__: "Return self<value.",
  __le__: "Return self<=value.",
  __eq__: "Return self==value.",
  __ne__: "Return self!=value.",
  __gt__: "Return self>value.",
  __ge__: "Return self>=value.",
  __iter__: "Implement iter(self).",
  __next__: "Implement next(self).",
  __get__: "Return an attribute of instance, which is of type owner.",
  __set__: "Set an attribute of instance to value.",
  __delete__: "Delete an attribute of instance.",
  __init__: "Initialize self.  See help(type(self)) for accurate signature.",
  __new__: "Create and return a new object.  See help(type) for accurate signature.",
  __len__: "Return len(self).",
  __getitem__: "Return self[key].",
  __setitem__: "Set self[key] to value.",
  __delitem__: "Delete self[key].",
  __contains__: "Return key in self.",
  __add__: "Return self+value.",
  __radd__: "Return value+self.",
  __sub__: "Return self-value.",
  __mul__: "Return self*value.",
  __bool__: "True if self else False",
  __await__: "Return an iterator to be used in await expression.",
};
const address = (v: PyValue) => "0x" + identityHash(v).toString(16).padStart(12, "0");

/** What a builtin method is bound to (CPython's m_self), undefined for module functions. */
const boundTo = (f: PyBuiltinFunction) => f.self ?? f.newOwner ?? f.staticOwner;

for (const t of [builtinFunctionType, methodWrapperType]) {
  defineGetter(t, "__name__", (f) => BF(f).name);
  defineGetter(t, "__qualname__", (f) => BF(f).qualname);
  defineGetter(t, "__module__", (f) => BF(f).module ?? None);
  defineGetter(t, "__doc__", (f) => SLOT_DOCS[BF(f).name] ?? None);
  defineGetter(t, "__text_signature__", () => None);
  defineGetter(t, "__self__", (f) => {
    const self = BF(f).self ?? BF(f).newOwner;
    if (self !== undefined) return self;
    // A module-level builtin's __self__ is its module, as the running interpreter has it.
    const module = BF(f).module;
    if (module !== null) return currentModules()?.getStr(module) ?? None;
    return None;
  });
  defineMethods(t, {
    __repr__(args) {
      const f = BF(args[0]);
      const typeOwner = f.newOwner ?? f.staticOwner;
      if (typeOwner !== undefined) {
        return `<built-in method ${f.name} of type object at ${address(typeOwner)}>`;
      }
      if (f.self === undefined) return `<built-in function ${f.name}>`;
      const owner = typeOf(f.self).name;
      if (t === methodWrapperType) {
        return `<method-wrapper '${f.name}' of ${owner} object at ${address(f.self)}>`;
      }
      if (f.self instanceof PyType) {
        return `<built-in method ${f.name} of type object at ${address(f.self)}>`;
      }
      return `<built-in method ${f.name} of ${owner} object at ${address(f.self)}>`;
    },
    // meth_richcompare / wrapper_richcompare: the same function bound to the same object.
    __eq__(args) {
      const a = BF(args[0]), b = args[1];
      if (!(b instanceof PyBuiltinFunction) || b.cls !== a.cls) return NotImplemented;
      return a.fn === b.fn && boundTo(a) === boundTo(b);
    },
    __hash__(args) {
      const f = BF(args[0]);
      const self = boundTo(f);
      const h = (self === undefined ? 0 : identityHash(self)) ^ strHash(f.name);
      return h === -1 ? -2 : h;
    },
    // A module-level function pickles by name; a bound method as getattr(self, name).
    __reduce__(args) {
      const f = BF(args[0]);
      const self = f.self ?? f.newOwner ?? f.staticOwner;
      if (self === undefined || typeOf(self).name === "module") return f.name;
      return makeTuple([builtinGetattr, makeTuple([self, f.name])]);
    },
  });
}

/**
 * The builtin `getattr` function object, defined here so that the builtin methods' and
 * descriptors' `__reduce__` can return it (`(getattr, (obj, name))`); the builtins module
 * registers this same object.
 */
export const builtinGetattr: PyBuiltinFunction = new PyBuiltinFunction(
  "getattr",
  (args, kwnames) => {
    checkArgs("getattr", args, kwnames, 2, 3);
    const name = strValue(args[1]);
    if (name === undefined) {
      throw pyError(
        PyExc_TypeError,
        `attribute name must be string, not '${typeOf(args[1]).name}'`,
      );
    }
    if (args.length === 3) {
      const v = getAttrOrUndefined(args[0], name);
      return v === undefined ? args[2] : v;
    }
    return getAttr(args[0], name);
  },
  undefined,
  "getattr",
  "builtins",
);

const MD = (v: PyValue) => v as PyMethodDescriptor;
for (const t of [methodDescriptorType, wrapperDescriptorType]) {
  defineGetter(t, "__name__", (d) => MD(d).name);
  defineGetter(t, "__qualname__", (d) => `${MD(d).objclass.qualname}.${MD(d).name}`);
  defineGetter(t, "__objclass__", (d) => MD(d).objclass);
  defineGetter(t, "__doc__", (d) => SLOT_DOCS[MD(d).name] ?? None);
  defineGetter(t, "__text_signature__", () => None);
  defineMethods(t, {
    __repr__(args) {
      const d = MD(args[0]);
      return t === wrapperDescriptorType
        ? `<slot wrapper '${d.name}' of '${d.objclass.name}' objects>`
        : `<method '${d.name}' of '${d.objclass.name}' objects>`;
    },
    __get__(args) {
      const obj = args[1];
      const d = args[0] as PyObject;
      if (obj === None || obj === undefined) return d;
      return t.tp_descr_get!(d, obj, typeOf(obj));
    },
    __reduce__: (args) =>
      makeTuple([builtinGetattr, makeTuple([MD(args[0]).objclass, MD(args[0]).name])]),
  });
}

const CD = (v: PyValue) => v as PyClassMethodDescriptor;
defineGetter(classMethodDescriptorType, "__name__", (d) => CD(d).name);
defineGetter(
  classMethodDescriptorType,
  "__qualname__",
  (d) => `${CD(d).objclass.qualname}.${CD(d).name}`,
);
defineGetter(classMethodDescriptorType, "__objclass__", (d) => CD(d).objclass);
defineMethods(classMethodDescriptorType, {
  __repr__: (args) => `<method '${CD(args[0]).name}' of '${CD(args[0]).objclass.name}' objects>`,
  __get__(args) {
    const obj = args[1];
    const type = args[2];
    return classMethodDescriptorType.tp_descr_get!(
      args[0] as PyObject,
      obj === None ? undefined : obj,
      (type === undefined || type === None ? typeOf(obj) : type) as PyType,
    );
  },
});

const GS = (v: PyValue) => v as PyGetSetDescriptor;
defineGetter(getSetDescriptorType, "__name__", (d) => GS(d).name);
defineGetter(
  getSetDescriptorType,
  "__qualname__",
  (d) => `${GS(d).objclass.qualname}.${GS(d).name}`,
);
defineGetter(getSetDescriptorType, "__objclass__", (d) => GS(d).objclass);
defineMethods(getSetDescriptorType, {
  __repr__: (args) => `<attribute '${GS(args[0]).name}' of '${GS(args[0]).objclass.name}' objects>`,
  __get__(args) {
    const obj = args[1];
    if (obj === None || obj === undefined) return args[0];
    return GS(args[0]).getter(obj);
  },
  __set__(args) {
    getSetDescriptorType.tp_descr_set!(args[0] as PyObject, args[1], args[2]);
    return None;
  },
  __delete__(args) {
    getSetDescriptorType.tp_descr_set!(args[0] as PyObject, args[1], undefined);
    return None;
  },
});
