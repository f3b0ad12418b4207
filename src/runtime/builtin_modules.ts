// Builtin modules owned by the runtime besides sys: `types` (the interpreter's own types and the
// `coroutine` decorator) and a minimal `time`.
import { None, PyObject, type PyValue, typeOf } from "../objects/object.ts";
import { PyBuiltinFunction } from "../objects/builtin_function.ts";
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
