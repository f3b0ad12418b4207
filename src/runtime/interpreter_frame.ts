// Interpreter frames: the activation record of one running (or suspended) Python code object,
// CPython 3.11's _PyInterpreterFrame. See docs/frame-ownership.md.
//
// A record holds the specials (code, function, globals, builtins, locals mapping, frame object)
// and the linkage (previous frame, instruction pointer, stack pointer, owner). The locals
// (localsplus: arguments, locals, cells, free variables) and the evaluation stack are NOT in the
// record: they are `code.frameSize` consecutive slots of `slots` starting at `base`:
//
//   slots[base .. base + nlocalsplus)              localsplus
//   slots[base + nlocalsplus .. base + frameSize)  evaluation stack; `sp` is the absolute index
//                                                  of the first free stack slot
//
// For a frame owned by the thread, `slots` is a chunk of the thread's data stack; for a
// generator's frame it is the generator's own array (base 0); for a frame whose record was
// copied into its frame object (takeOwnership), the frame object's own array.

import type { PyCode } from "../objects/code.ts";
import type { PyDict } from "../objects/dict.ts";
import type { PyObject, PyValue } from "../objects/object.ts";
import type { PyFunction } from "../objects/function.ts";
import type { PyFrameObject } from "../objects/frame.ts";

export const enum FrameOwner {
  /** On the thread's data stack; the record returns to the thread's freelist when popped. */
  THREAD = 0,
  /** Embedded in a generator, coroutine or async generator. */
  GENERATOR = 1,
  /** Copied into its frame object after the activation ended (takeOwnership). */
  FRAME_OBJECT = 2,
}

/** How a frame that was linked in by the eval loop itself is to hand its result back. */
export const enum ResumeKind {
  /** Ordinary call (CALL): push the return value in the caller. */
  CALL = 0,
}

export class InterpreterFrame {
  // ---- specials ----
  code: PyCode;
  func: PyFunction | null;
  globals: PyDict;
  builtins: PyDict;
  /** The locals mapping of module and class bodies (and exec/eval), else null. */
  locals: PyDict | PyObject | null;
  /** The frame object made for this activation, if anyone asked for one. */
  frameObject: PyFrameObject | null;
  // ---- linkage ----
  /** The frame that was running when this one was pushed or linked (its caller / resumer). */
  previous: InterpreterFrame | null;
  /** Index of the next instruction to execute; the last executed is `ip - 1`. */
  ip: number;
  /** Absolute index into `slots` of the first free evaluation-stack slot. */
  sp: number;
  owner: FrameOwner;
  /** True when a JS caller (nested eval-loop run) waits for this frame's result. */
  isEntry: boolean;
  /** The generator/coroutine embedding this frame (owner GENERATOR), else null. */
  generator: PyObject | null;
  /**
   * For an `__init__` frame the eval loop pushed for `Class(...)` (CALL on a class): the new
   * instance, which its return hands to the caller instead of `__init__`'s None. Else null.
   */
  initSelf: PyObject | null;
  // ---- storage ----
  slots: (PyValue | undefined)[];
  base: number;

  constructor(
    code: PyCode,
    globals: PyDict,
    builtins: PyDict,
    slots: (PyValue | undefined)[],
    base: number,
  ) {
    this.code = code;
    this.func = null;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = null;
    this.frameObject = null;
    this.previous = null;
    this.ip = 0;
    this.sp = base + code.nlocalsplus;
    this.owner = FrameOwner.THREAD;
    this.isEntry = false;
    this.generator = null;
    this.initSelf = null;
    this.slots = slots;
    this.base = base;
  }

  /** Index of the instruction being executed (or last executed); -1 before the first. */
  get lasti(): number {
    return this.ip - 1;
  }

  /** Current line: that of the last executed instruction, or the first line before any. */
  get lineno(): number {
    const i = this.ip - 1;
    if (i < 0) return this.code.co_firstlineno;
    // Artificial instructions have no line: walk back to the closest real one.
    for (let j = i; j >= 0; j--) {
      const line = this.code.lineOf(j);
      if (line >= 0) return line;
    }
    return this.code.co_firstlineno;
  }

  /** Value of localsplus slot i (undefined when unbound). */
  local(i: number): PyValue | undefined {
    return this.slots[this.base + i];
  }
}
