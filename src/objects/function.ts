// Python functions (CPython's PyFunctionObject) and bound methods (PyMethodObject).
//
// A function is a code object plus what MAKE_FUNCTION captured: globals (and the builtins found
// through them), defaults, keyword-only defaults, closure cells, annotations. Calling one from
// the eval loop pushes a frame and continues the same loop; calling one from JS goes through
// `functionType.tp_call`, which src/runtime/eval.ts installs (a nested eval-loop run).
import { objectType, PyObject, PyType, type PyValue, typeType } from "./object.ts";
import type { PyCode } from "./code.ts";
import type { PyDict } from "./dict.ts";
import type { PyCell } from "./cell.ts";
import { PyMethod } from "./method.ts";

export const functionType: PyType = new PyType(typeType, "function", [objectType]);
functionType.isFinal = true;
functionType.instancesHaveDict = true;
functionType.isMethodDescriptor = true;

export class PyFunction extends PyObject {
  code: PyCode;
  readonly globals: PyDict;
  readonly builtins: PyDict;
  name: string;
  qualname: string;
  /** Positional defaults (`__defaults__`), or null. */
  defaults: readonly PyValue[] | null;
  /** Keyword-only defaults (`__kwdefaults__`), or null. */
  kwdefaults: PyDict | null;
  /** Closure cells, one per free variable of `code`, or null. */
  closure: readonly PyCell[] | null;
  doc: PyValue;
  module: PyValue;
  /** `__annotations__` dict, made lazily. */
  annotations: PyDict | null;

  constructor(
    code: PyCode,
    globals: PyDict,
    builtins: PyDict,
    name: string,
    qualname: string,
    doc: PyValue,
    module: PyValue,
  ) {
    super(functionType);
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.name = name;
    this.qualname = qualname;
    this.defaults = null;
    this.kwdefaults = null;
    this.closure = null;
    this.doc = doc;
    this.module = module;
    this.annotations = null;
  }
}

/** function.__get__: binding to an instance makes a bound method; class access gives f. */
functionType.tp_descr_get = (f, obj) => {
  if (obj === undefined) return f;
  return new PyMethod(f, obj);
};

// ---- Attributes ---------------------------------------------------------------------------------
// (defineGetter needs the namespace dicts, which object.ts provides at load.)
import { defineCallSlot, defineGetter, defineMethods } from "./builtin_function.ts";
import { None as NoneValue, PyDict as Dict } from "./object.ts";
import { makeTuple, PyTuple } from "./tuple.ts";
import { pyError, PyExc_TypeError } from "./exceptions.ts";

const fn = (f: PyValue) => f as PyFunction;

defineCallSlot(functionType);
defineGetter(functionType, "__code__", (f) => fn(f).code, (f, v) => {
  if (v === undefined || !(v instanceof PyObject) || v.cls.name !== "code") {
    throw pyError(PyExc_TypeError, "__code__ must be set to a code object");
  }
  fn(f).code = v as PyCode;
});
defineGetter(functionType, "__globals__", (f) => fn(f).globals);
defineGetter(functionType, "__builtins__", (f) => fn(f).builtins);
defineGetter(functionType, "__name__", (f) => fn(f).name, (f, v) => {
  if (typeof v !== "string") {
    throw pyError(PyExc_TypeError, "__name__ must be set to a string object");
  }
  fn(f).name = v;
});
defineGetter(functionType, "__qualname__", (f) => fn(f).qualname, (f, v) => {
  if (typeof v !== "string") {
    throw pyError(PyExc_TypeError, "__qualname__ must be set to a string object");
  }
  fn(f).qualname = v;
});
defineGetter(functionType, "__defaults__", (f) => {
  const d = fn(f).defaults;
  return d === null ? NoneValue : makeTuple(d);
}, (f, v) => {
  if (v === undefined || v === NoneValue) fn(f).defaults = null;
  else if (v instanceof PyTuple) fn(f).defaults = v.items.length === 0 ? null : v.items;
  else throw pyError(PyExc_TypeError, "__defaults__ must be set to a tuple object");
});
defineGetter(functionType, "__kwdefaults__", (f) => fn(f).kwdefaults ?? NoneValue, (f, v) => {
  if (v === undefined || v === NoneValue) fn(f).kwdefaults = null;
  else if (v instanceof Dict) fn(f).kwdefaults = v;
  else throw pyError(PyExc_TypeError, "__kwdefaults__ must be set to a dict object");
});
defineGetter(functionType, "__closure__", (f) => {
  const c = fn(f).closure;
  return c === null ? NoneValue : makeTuple(c);
});
defineGetter(functionType, "__doc__", (f) => fn(f).doc, (f, v) => {
  fn(f).doc = v ?? NoneValue;
});
defineGetter(functionType, "__module__", (f) => fn(f).module, (f, v) => {
  fn(f).module = v ?? NoneValue;
});
defineGetter(functionType, "__annotations__", (f) => fn(f).annotations ??= new Dict(), (f, v) => {
  if (v === undefined || v === NoneValue) fn(f).annotations = null;
  else if (v instanceof Dict) fn(f).annotations = v;
  else throw pyError(PyExc_TypeError, "__annotations__ must be set to a dict object");
});
defineMethods(functionType, {
  __repr__(args) {
    const f = fn(args[0]);
    return `<function ${f.qualname} at 0x${functionId(f).toString(16)}>`;
  },
  __get__(args) {
    const f = args[0];
    const obj = args[1];
    if (obj === undefined || obj === NoneValue) return f;
    return new PyMethod(f, obj);
  },
});

const functionIds = new WeakMap<object, number>();
let nextFunctionId = 0x7f3a10000000;
function functionId(f: object): number {
  let id = functionIds.get(f);
  if (id === undefined) {
    id = nextFunctionId;
    nextFunctionId += 0xa0;
    functionIds.set(f, id);
  }
  return id;
}
