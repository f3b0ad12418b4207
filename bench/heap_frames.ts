// Benchmark-only: a heap-allocated-frame variant of the thread state, to measure what the data
// stack buys. Installed, it replaces ThreadState#pushFrame/popFrame on `currentThread` so every
// call allocates a fresh InterpreterFrame record and a fresh array for its localsplus and
// evaluation stack (the pre-3.11 shape: a heap frame object per call), and a return drops them
// for the garbage collector. Everything else — the eval loop, argument binding, frame objects —
// is the production code, so the two variants differ only in where frames live.
import type { PyCode } from "../src/objects/code.ts";
import type { PyDict } from "../src/objects/object.ts";
import { InterpreterFrame } from "../src/runtime/interpreter_frame.ts";
import { currentThread, type ThreadState } from "../src/runtime/thread_state.ts";

export type FrameVariant = "data-stack" | "heap";

const original = {
  pushFrame: currentThread.pushFrame,
  popFrame: currentThread.popFrame,
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
  if (frame.frameObject !== null) this.onFrameObjectPop(frame);
}

export function useFrameVariant(variant: FrameVariant): void {
  if (variant === "heap") {
    currentThread.pushFrame = heapPushFrame;
    currentThread.popFrame = heapPopFrame;
  } else {
    currentThread.pushFrame = original.pushFrame;
    currentThread.popFrame = original.popFrame;
  }
}
