// Traceback objects (CPython's PyTracebackObject): one entry per frame an exception passed
// through, linked by tb_next from the outermost frame (where it was caught or escaped) inward
// to the frame that raised — each unwinding step prepends an entry (PyTraceBack_Here).
import { objectType, PyObject, PyType, typeType } from "./object.ts";
import type { PyFrameObject } from "./frame.ts";

export const tracebackType: PyType = new PyType(typeType, "traceback", [objectType]);
tracebackType.isFinal = true;

export class PyTraceback extends PyObject {
  constructor(
    public tb_next: PyTraceback | null,
    readonly tb_frame: PyFrameObject,
    /** Index of the instruction that was executing (f_lasti is 2 * this, in bytes). */
    readonly lasti: number,
    readonly tb_lineno: number,
  ) {
    super(tracebackType);
  }
}
