// `marshal` (Python/marshal.c's module functions); the format itself is src/runtime/marshal.ts.
import { None, PyObject, type PyValue, typeOf } from "../objects/object.ts";
import { PyByteArray, PyBytes } from "../objects/bytes.ts";
import { memoryViewBytes, PyMemoryView } from "../objects/memoryview.ts";
import { bindArgs, PyBuiltinFunction } from "../objects/builtin_function.ts";
import * as abs from "../objects/abstract.ts";
import { PyModule } from "../runtime/module_object.ts";
import { marshalDumps, marshalLoads } from "../runtime/marshal.ts";
import * as ops from "../runtime/ops.ts";

function bytesArg(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return Uint8Array.from(v.data);
  const mv = v instanceof PyObject ? abs.getAttrOrUndefined(v, "tobytes") : undefined;
  if (v instanceof PyMemoryView) return memoryViewBytes(v);
  if (mv !== undefined && typeOf(v).name === "memoryview") {
    return (abs.call(mv, [], null) as PyBytes).bytes;
  }
  throw ops.typeError(`a bytes-like object is required, not '${abs.typeName(v)}'`);
}

export function createModule(): PyModule {
  const m = new PyModule("marshal");
  const d = m.dict;
  const def = (name: string, f: (args: PyValue[], kw: readonly string[] | null) => PyValue) =>
    d.setStr(name, new PyBuiltinFunction(name, f, undefined, name, "marshal"));
  d.setStr("version", 4);
  def("dumps", (args, kw) => {
    const [value] = bindArgs("dumps", args, kw, ["value", "version", "/"], 1);
    return new PyBytes(marshalDumps(value!));
  });
  def("loads", (args, kw) => {
    const [data] = bindArgs("loads", args, kw, ["bytes", "/"], 1);
    return marshalLoads(bytesArg(data!));
  });
  def("dump", (args, kw) => {
    const [value, file] = bindArgs("dump", args, kw, ["value", "file", "version", "/"], 2);
    abs.callMethod(file!, "write", [new PyBytes(marshalDumps(value!))]);
    return None;
  });
  def("load", (args, kw) => {
    const [file] = bindArgs("load", args, kw, ["file", "/"], 1);
    const data = abs.callMethod(file!, "read", []);
    return marshalLoads(bytesArg(data));
  });
  return m;
}
