// Builtin modules owned by the runtime besides sys: `types` (the interpreter's own types and the
// `coroutine` decorator) and a minimal `time`.
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
import * as abs from "../objects/abstract.ts";
import { defineMethods, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { CodeFlag, codeType } from "../objects/code.ts";
import { functionType, PyFunction } from "../objects/function.ts";
import { methodType } from "../objects/method.ts";
import { asyncGeneratorType, coroutineType, generatorType } from "../objects/generator.ts";
import { frameType } from "../objects/frame.ts";
import { tracebackType } from "../objects/traceback.ts";
import { cellType } from "../objects/cell.ts";
import { builtinFunctionType } from "../objects/builtin_function.ts";
import { PyFloat } from "../objects/object.ts";
import { moduleType, PyModule } from "./module_object.ts";
import { registerBuiltinModule } from "./import.ts";
import * as ops from "./ops.ts";
import type { PyCode } from "../objects/code.ts";

function fn(module: string, name: string, f: (args: PyValue[]) => PyValue) {
  return new PyBuiltinFunction(name, (args) => f(args), undefined, name, module);
}

/** Set by interpreter.ts (avoids an import cycle): a copy of a code object with more flags. */
export const typesHooks = {
  codeWithFlags: (_code: PyCode, _flags: number): PyCode => {
    throw ops.systemError("codeWithFlags not installed");
  },
};

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
    if (npos > 1) throw ops.typeError(`SimpleNamespace expected at most 1 argument, got ${npos}`);
    self.dict ??= new PyDict();
    if (npos === 1) {
      const m = args[1];
      for (const k of abs.iterateToArray(abs.callMethod(m, "keys", []))) {
        if (typeof k !== "string") throw ops.typeError("keywords must be strings");
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
  __eq__(args) {
    const a = args[0] as PyObject, b = args[1];
    if (!(b instanceof PyObject) || !abs.isInstance(b, simpleNamespaceType)) return NotImplemented;
    return abs.richCompareBool(a.dict ?? new PyDict(), b.dict ?? new PyDict(), 2);
  },
});
simpleNamespaceType.dict.setStr("__module__", "types");
simpleNamespaceType.dict.setStr("__hash__", None);

registerBuiltinModule("types", () => {
  const m = new PyModule("types");
  const d = m.dict;
  d.setStr("FunctionType", functionType);
  d.setStr("LambdaType", functionType);
  d.setStr("MethodType", methodType);
  d.setStr("GeneratorType", generatorType);
  d.setStr("CoroutineType", coroutineType);
  d.setStr("AsyncGeneratorType", asyncGeneratorType);
  d.setStr("CodeType", codeType);
  d.setStr("FrameType", frameType);
  d.setStr("TracebackType", tracebackType);
  d.setStr("CellType", cellType);
  d.setStr("ModuleType", moduleType);
  d.setStr("BuiltinFunctionType", builtinFunctionType);
  d.setStr("BuiltinMethodType", builtinFunctionType);
  d.setStr("NoneType", typeOf(None));
  d.setStr("SimpleNamespace", simpleNamespaceType);
  d.setStr(
    "coroutine",
    fn("types", "coroutine", (args) => {
      const f = args[0];
      if (!(f instanceof PyFunction)) {
        if (!(f instanceof PyObject)) throw ops.typeError("types.coroutine() expects a callable");
        return f;
      }
      const flags = f.code.co_flags;
      if (flags & (CodeFlag.ITERABLE_COROUTINE | CodeFlag.COROUTINE)) return f;
      if (flags & CodeFlag.GENERATOR) {
        f.code = typesHooks.codeWithFlags(f.code, CodeFlag.ITERABLE_COROUTINE);
      }
      return f;
    }),
  );
  return m;
});

const start = performance.now();
registerBuiltinModule("time", () => {
  const m = new PyModule("time");
  const d = m.dict;
  d.setStr("time", fn("time", "time", () => new PyFloat(Date.now() / 1000)));
  d.setStr("time_ns", fn("time", "time_ns", () => Date.now() * 1000000));
  d.setStr("perf_counter", fn("time", "perf_counter", () => new PyFloat(performance.now() / 1000)));
  d.setStr(
    "perf_counter_ns",
    fn("time", "perf_counter_ns", () => Math.round(performance.now() * 1e6)),
  );
  d.setStr("monotonic", fn("time", "monotonic", () => new PyFloat(performance.now() / 1000)));
  d.setStr("monotonic_ns", fn("time", "monotonic_ns", () => Math.round(performance.now() * 1e6)));
  d.setStr(
    "process_time",
    fn("time", "process_time", () => new PyFloat((performance.now() - start) / 1000)),
  );
  d.setStr(
    "sleep",
    fn("time", "sleep", (args) => {
      const v = args[0];
      const secs = typeof v === "number" ? v : v instanceof PyFloat ? v.value : 0;
      if (secs < 0) throw ops.valueError("sleep length must be non-negative");
      const until = performance.now() + secs * 1000;
      const sab = new Int32Array(new SharedArrayBuffer(4));
      while (performance.now() < until) Atomics.wait(sab, 0, 0, until - performance.now());
      return None;
    }),
  );
  return m;
});
