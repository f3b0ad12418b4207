// Frame objects (CPython's PyFrameObject): the Python-visible face of an interpreter frame,
// made only on demand — sys._getframe(), tracebacks, gi_frame/cr_frame/ag_frame. See
// docs/frame-ownership.md.
//
// While the activation runs, the frame object points at its InterpreterFrame record (owned by
// the thread or a generator) and reads everything through it. When that activation ends while
// the frame object may still be referenced, the runtime calls `takeOwnership`: the record and a
// copy of its locals move into the frame object (owner FRAME_OBJECT), `f_back` is materialized
// from the previous frame at that moment, and the thread's record is free for reuse.
import { objectType, PyObject, PyType, typeType } from "./object.ts";
import { FrameOwner, type InterpreterFrame } from "../runtime/interpreter_frame.ts";

export const frameType: PyType = new PyType(typeType, "frame", [objectType]);
frameType.isFinal = true;

/** Frame objects created so far (tests prove none is made for calls nobody looks at). */
export const frameStats = { created: 0, ownershipsTaken: 0 };

export class PyFrameObject extends PyObject {
  /** The activation's record: live (thread/generator) or owned by this object. */
  frame: InterpreterFrame;
  /** f_back once owned (materialized at takeOwnership); unused while live. */
  back: PyFrameObject | null;
  /** The dict f_locals returns for optimized (function) frames, synced on each read. */
  localsDict: PyObject | null;
  /**
   * The generator embedding a generator's frame, for frame.clear(); weak, since a suspended
   * frame must not keep its generator alive (src/runtime/finalization.ts).
   */
  generator: WeakRef<PyObject> | null;

  constructor(frame: InterpreterFrame) {
    super(frameType);
    this.frame = frame;
    this.back = null;
    this.localsDict = null;
    this.generator = null;
    frameStats.created++;
  }

  get isOwned(): boolean {
    return this.frame.owner === FrameOwner.FRAME_OBJECT;
  }
}
