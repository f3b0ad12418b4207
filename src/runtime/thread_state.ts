// The thread state (CPython's PyThreadState): the data stack, the chain of running frames, the
// handled-exception stack, the recursion limit. Coil runs Python on one thread, so there is one
// ThreadState, `currentThread`, for the whole interpreter.
//
// Frame records: a thread frame is an InterpreterFrame record (specials + linkage, a JS object)
// whose localsplus + evaluation stack are `code.frameSize` slots on the data stack. Records are
// reused: popped records go on a bounded freelist (exact type, every reference cleared before
// caching, as in the freelist review of seeds/001), so steady-state calls allocate nothing.

import type { PyCode } from "../objects/code.ts";
import type { PyDict } from "../objects/dict.ts";
import { None, type PyValue } from "../objects/object.ts";
import { DataStack, MIN_CHUNK_SIZE } from "./data_stack.ts";
import { FrameOwner, InterpreterFrame } from "./interpreter_frame.ts";
import { takeOwnership } from "./frame_object.ts";
import type { RunLimits } from "./limits.ts";

/** CPython's _PyErr_StackItem: one level of "the exception being handled". */
export class ExcStackItem {
  /** The handled exception, or undefined for none. */
  value: PyValue | undefined = undefined;
  previous: ExcStackItem | null = null;
}

/** Records kept for reuse; deeper recursion allocates records that are then dropped. */
const FRAME_FREELIST_MAX = 256;

export class ThreadState {
  readonly dataStack: DataStack;
  /** The newest running frame (top of the frame chain), or null when no Python code runs. */
  frame: InterpreterFrame | null = null;
  /** Number of Python frames linked in the chain (thread and generator frames). */
  depth = 0;
  recursionLimit = 1000;
  /** The limits of the running host call (checked between slices), or null for none. */
  limits: RunLimits | null = null;
  /** Head of the handled-exception chain (generators link theirs in while they run). */
  excInfo: ExcStackItem = new ExcStackItem();
  /** The current contextvars.Context (CPython's ts->context), made on first use. */
  context: PyValue | null = null;
  /** Popped records, cleared, ready for the next call. */
  private readonly freeRecords: InterpreterFrame[] = [];
  /** Records allocated (stat for tests: steady-state calls allocate none). */
  recordsAllocated = 0;

  constructor(minChunkSize: number = MIN_CHUNK_SIZE) {
    this.dataStack = new DataStack(minChunkSize);
  }

  /**
   * Pushes a thread frame for `code` and links it as the newest frame. Its localsplus slots are
   * unbound (undefined) and the evaluation stack is empty. The caller binds arguments.
   * Does not check the recursion limit (the eval loop does, before pushing).
   */
  pushFrame(code: PyCode, globals: PyDict, builtins: PyDict): InterpreterFrame {
    const size = code.frameSize;
    const chunk = this.dataStack.push(size);
    const base = this.dataStack.top - size;
    let frame = this.freeRecords.pop();
    if (frame === undefined) {
      frame = new InterpreterFrame(code, globals, builtins, chunk.slots, base);
      this.recordsAllocated++;
    } else {
      frame.code = code;
      frame.globals = globals;
      frame.builtins = builtins;
      frame.slots = chunk.slots;
      frame.base = base;
      frame.ip = 0;
      frame.sp = base + code.nlocalsplus;
    }
    frame.previous = this.frame;
    this.frame = frame;
    this.depth++;
    return frame;
  }

  /**
   * Pops the newest frame, a thread frame: unlinks it, releases its data-stack slots (cleared)
   * and recycles the record. If a frame object was made for it, the frame object first takes
   * ownership of a copy (takeOwnership in frame_object.ts).
   */
  popFrame(frame: InterpreterFrame): void {
    this.frame = frame.previous;
    this.depth--;
    if (frame.frameObject !== null) takeOwnership(frame);
    this.dataStack.pop(frame.base, frame.code.frameSize);
    this.recycle(frame);
  }

  private recycle(frame: InterpreterFrame): void {
    if (this.freeRecords.length >= FRAME_FREELIST_MAX) return;
    // Clear every reference before caching (nothing stays alive through the freelist).
    frame.func = null;
    frame.locals = null;
    frame.frameObject = null;
    frame.previous = null;
    frame.generator = null;
    frame.initSelf = null;
    frame.isEntry = false;
    frame.owner = FrameOwner.THREAD;
    this.freeRecords.push(frame);
  }

  /** The handled exception visible to sys.exc_info(): the innermost non-empty level. */
  handledException(): PyValue | undefined {
    for (let item: ExcStackItem | null = this.excInfo; item !== null; item = item.previous) {
      const v = item.value;
      if (v !== undefined && v !== None) return v;
    }
    return undefined;
  }
}

/**
 * The running interpreter's thread state (CPython's _PyThreadState_GET()); rebound by
 * `activate` in interpreter_state.ts when another interpreter runs.
 */
export let currentThread: ThreadState;

export function setCurrentThread(ts: ThreadState): void {
  currentThread = ts;
}
