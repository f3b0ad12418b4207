// types.SimpleNamespace (CPython's Objects/namespaceobject.c): an attribute bag with a keyword
// constructor and a readable repr; sys.implementation is one.
import { None, NotImplemented, objectType, PyDict, PyObject, PyType, typeType } from "./object.ts";
import * as abs from "./abstract.ts";
import { defineMethods } from "./builtin_function.ts";
import { pyError, PyExc_TypeError } from "./exceptions.ts";
import { EMPTY_TUPLE, makeTuple } from "./tuple.ts";

// types.SimpleNamespace: attribute bag with a keyword constructor and a readable repr.
export const simpleNamespaceType: PyType = new PyType(typeType, "SimpleNamespace", [objectType]);
simpleNamespaceType.instancesHaveDict = true;
simpleNamespaceType.isHeapType = false;
simpleNamespaceType.allocate = (cls) => {
  const o = new PyObject(cls);
  o.dict = new PyDict();
  return o;
};
const reprActive = new Set<PyObject>();
defineMethods(simpleNamespaceType, {
  __init__(args, kwnames) {
    const self = args[0] as PyObject;
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw - 1;
    if (npos > 1) {
      throw pyError(PyExc_TypeError, `SimpleNamespace expected at most 1 argument, got ${npos}`);
    }
    self.dict ??= new PyDict();
    if (npos === 1) {
      const m = args[1];
      for (const k of abs.iterateToArray(abs.callMethod(m, "keys", []))) {
        if (typeof k !== "string") throw pyError(PyExc_TypeError, "keywords must be strings");
        self.dict.setStr(k, abs.getItem(m, k));
      }
    }
    for (let i = 0; i < nkw; i++) self.dict.setStr(kwnames![i], args[1 + npos + i]);
    return None;
  },
  __repr__(args) {
    const self = args[0] as PyObject;
    const name = self.cls === simpleNamespaceType ? "namespace" : self.cls.name;
    if (reprActive.has(self)) return `${name}(...)`;
    reprActive.add(self);
    try {
      const parts: string[] = [];
      for (const e of self.dict?.entries() ?? []) {
        if (typeof e.key === "string") parts.push(`${e.key}=${abs.repr(e.value)}`);
      }
      return `${name}(${parts.join(", ")})`;
    } finally {
      reprActive.delete(self);
    }
  },
  // (type(self), (), __dict__) as CPython's namespace_reduce.
  __reduce__(args) {
    const self = args[0] as PyObject;
    return makeTuple([self.cls, EMPTY_TUPLE, self.dict ??= new PyDict()]);
  },
  __eq__(args) {
    const a = args[0] as PyObject, b = args[1];
    if (!(b instanceof PyObject) || !abs.isInstance(b, simpleNamespaceType)) return NotImplemented;
    return abs.richCompareBool(a.dict ?? new PyDict(), b.dict ?? new PyDict(), 2);
  },
});
simpleNamespaceType.dict.setStr("__module__", "types");
simpleNamespaceType.dict.setStr("__hash__", None);
