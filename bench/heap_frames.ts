// Benchmark-only: a heap-allocated-frame variant of the thread state, to measure what the data
// stack buys. Installed, it replaces ThreadState#pushFrame/popFrame (on the prototype) so every
// call allocates a fresh InterpreterFrame record and a fresh array for its localsplus and
// evaluation stack (the pre-3.11 shape: a heap frame object per call), and a return drops them
// for the garbage collector. Everything else — the eval loop, argument binding, frame objects —
// is the production code, so the two variants differ only in where frames live.
import type { PyCode } from "../src/objects/code.ts";
import type { PyDict } from "../src/objects/object.ts";
import { InterpreterFrame } from "../src/runtime/interpreter_frame.ts";
import { ThreadState } from "../src/runtime/thread_state.ts";
import { takeOwnership } from "../src/runtime/frame_object.ts";

export type FrameVariant = "data-stack" | "heap";

const original = {
  pushFrame: ThreadState.prototype.pushFrame,
  popFrame: ThreadState.prototype.popFrame,
};

function heapPushFrame(
  this: ThreadState,
  code: PyCode,
  globals: PyDict,
  builtins: PyDict,
): InterpreterFrame {
  const slots = new Array(code.frameSize).fill(undefined);
  const frame = new InterpreterFrame(code, globals, builtins, slots, 0);
  frame.previous = this.frame;
  this.frame = frame;
  this.depth++;
  return frame;
}

function heapPopFrame(this: ThreadState, frame: InterpreterFrame): void {
  this.frame = frame.previous;
  this.depth--;
  if (frame.frameObject !== null) takeOwnership(frame);
}

export function useFrameVariant(variant: FrameVariant): void {
  if (variant === "heap") {
    ThreadState.prototype.pushFrame = heapPushFrame;
    ThreadState.prototype.popFrame = heapPopFrame;
  } else {
    ThreadState.prototype.pushFrame = original.pushFrame;
    ThreadState.prototype.popFrame = original.popFrame;
  }
}
