// PyErr_WriteUnraisable: an exception that cannot propagate (raised while closing a delegate,
// in a finalizer...) goes to sys.unraisablehook, or is printed as CPython's default hook does.
import {
  None,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import { importState } from "./import.ts";
import { formatException } from "./traceback_print.ts";
import * as ops from "./ops.ts";
import { writeStderrText } from "./sys_module.ts";

const unraisableArgsType = new PyType(typeType, "UnraisableHookArgs", [objectType]);
unraisableArgsType.instancesHaveDict = true;

export function writeUnraisable(exc: PyValue, obj: PyValue, errMsg: PyValue = None): void {
  const sys = importState.modules.getStr("sys");
  const hook = sys instanceof PyObject ? sys.dict?.getStr("unraisablehook") : undefined;
  if (hook !== undefined && hook !== None) {
    const args = new PyObject(unraisableArgsType);
    args.dict = ops.newDict();
    args.dict.setStr("exc_type", typeOf(exc));
    args.dict.setStr("exc_value", exc);
    args.dict.setStr("exc_traceback", ops.getTraceback(exc));
    args.dict.setStr("err_msg", errMsg);
    args.dict.setStr("object", obj);
    try {
      abs.call(hook, [args], null);
      return;
    } catch {
      // fall through to the default report
    }
  }
  writeStderrText(unraisableReport(exc, obj, errMsg));
}

/** sys.__unraisablehook__'s report: "Exception ignored in: obj" then the traceback. */
export function unraisableReport(exc: PyValue, obj: PyValue, errMsg: PyValue): string {
  let text = typeof errMsg === "string" ? errMsg : "Exception ignored in";
  if (obj !== None) {
    try {
      text += ": " + abs.repr(obj);
    } catch {
      text += ": <object repr() failed>";
    }
  }
  return text + "\n" + formatException(exc);
}
