// Frame objects on demand, and the ownership hand-over when an activation ends.
// See docs/frame-ownership.md.
//
// - getFrameObject(frame): the frame object of a live interpreter frame, made on first request
//   (sys._getframe, tracebacks, gi_frame). The only place PyFrameObjects are created.
// - takeOwnership(frame): the thread is popping `frame` but its frame object exists (and, lacking
//   reference counts, may still be referenced): the frame object gets its own record holding a
//   copy of the locals (the evaluation stack is empty/irrelevant at that point) and the specials,
//   and f_back is materialized from the previous frame at this moment, as CPython does.
// - addTraceback: one traceback entry for a frame an exception passes through.

import "../objects/dict.ts";
import { CodeFlag, LocalKind } from "../objects/code.ts";
import { PyDict } from "../objects/dict.ts";
import { None, type PyObject, type PyValue, typeOf } from "../objects/object.ts";
import { PyCell } from "../objects/cell.ts";
import { frameStats, frameType, PyFrameObject } from "../objects/frame.ts";
import { PyTraceback, tracebackType } from "../objects/traceback.ts";
import { defineGetter, defineMethod } from "../objects/builtin_function.ts";
import { FrameOwner, InterpreterFrame } from "./interpreter_frame.ts";
import type { ThreadState } from "./thread_state.ts";
import {
  PyBaseException,
  pyError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.ts";

export { frameStats };

export function getFrameObject(frame: InterpreterFrame): PyFrameObject {
  let fo = frame.frameObject;
  if (fo === null) {
    fo = new PyFrameObject(frame);
    // frame.generator is set while a generator's frame runs (generatorFrameObject otherwise).
    if (frame.generator !== null) fo.generator = new WeakRef(frame.generator);
    frame.frameObject = fo;
  }
  return fo;
}

/** Copies a thread frame that is being popped into its frame object. */
export function takeOwnership(frame: InterpreterFrame): void {
  const fo = frame.frameObject!;
  const n = frame.code.nlocalsplus;
  const slots: (PyValue | undefined)[] = new Array(frame.code.frameSize).fill(undefined);
  for (let i = 0; i < n; i++) slots[i] = frame.slots[frame.base + i];
  const owned = new InterpreterFrame(frame.code, frame.globals, frame.builtins, slots, 0);
  owned.func = frame.func;
  owned.locals = frame.locals;
  owned.ip = frame.ip;
  owned.sp = n;
  owned.owner = FrameOwner.FRAME_OBJECT;
  owned.frameObject = fo;
  fo.frame = owned;
  fo.back = frame.previous === null ? null : getFrameObject(frame.previous);
  frameStats.ownershipsTaken++;
}

/** A finished generator's frame: its frame object keeps the (no longer used) record. */
export function takeOwnershipFromGenerator(frame: InterpreterFrame): void {
  const fo = frame.frameObject;
  if (fo === null) return;
  frame.owner = FrameOwner.FRAME_OBJECT;
  frame.generator = null;
  fo.back = null;
  frameStats.ownershipsTaken++;
}

export function addTraceback(
  _ts: ThreadState,
  exc: PyValue,
  frame: InterpreterFrame,
  lasti: number,
): void {
  if (!(exc instanceof PyBaseException)) return;
  const line = lineAt(frame, lasti);
  exc.traceback = new PyTraceback(
    exc.traceback as PyTraceback | null,
    getFrameObject(frame),
    lasti,
    line,
  );
}

function lineAt(frame: InterpreterFrame, lasti: number): number {
  for (let j = lasti; j >= 0; j--) {
    const line = frame.code.lineOf(j);
    if (line >= 0) return line;
  }
  return frame.code.co_firstlineno;
}

// ---- Frame object attributes -----------------------------------------------------------------

/** f_back: the previous frame while live; as materialized at takeOwnership once owned. */
export function frameBack(fo: PyFrameObject): PyFrameObject | null {
  const frame = fo.frame;
  if (frame.owner === FrameOwner.FRAME_OBJECT) return fo.back;
  return frame.previous === null ? null : getFrameObject(frame.previous);
}

/** f_locals: fast locals synced into a dict (function frames) or the locals mapping. */
export function frameLocals(fo: PyFrameObject): PyObject {
  const frame = fo.frame;
  const code = frame.code;
  if (!(code.co_flags & CodeFlag.OPTIMIZED) && frame.locals !== null) return frame.locals;
  let d = fo.localsDict as PyDict | null;
  if (d === null) {
    d = new PyDict();
    fo.localsDict = d;
  }
  const names = code.co_localsplusnames;
  const kinds = code.co_localspluskinds;
  for (let i = 0; i < names.length; i++) {
    let v = frame.slots[frame.base + i];
    const kind = kinds[i];
    if (kind & (LocalKind.CELL | LocalKind.FREE)) {
      // A cell slot holds its cell once MAKE_CELL/COPY_FREE_VARS ran.
      if (v instanceof PyCell) v = v.contents;
      else if (kind & LocalKind.FREE) v = undefined;
    }
    if (v === undefined) d.deleteStr(names[i]);
    else d.setStr(names[i], v);
  }
  return d;
}

defineGetter(frameType, "f_back", (f) => frameBack(f as PyFrameObject) ?? None);
defineGetter(frameType, "f_code", (f) => (f as PyFrameObject).frame.code);
defineGetter(frameType, "f_locals", (f) => frameLocals(f as PyFrameObject));
defineGetter(frameType, "f_globals", (f) => (f as PyFrameObject).frame.globals);
defineGetter(frameType, "f_builtins", (f) => (f as PyFrameObject).frame.builtins);
defineGetter(frameType, "f_lineno", (f) => (f as PyFrameObject).frame.lineno);
defineGetter(frameType, "f_lasti", (f) => 2 * (f as PyFrameObject).frame.lasti);
defineGetter(frameType, "f_trace", () => None, () => {});
defineGetter(frameType, "f_trace_lines", () => true, () => {});
/**
 * frame.clear() of a frame no generator embeds (generator_core.ts defines the method, since
 * clearing a suspended generator's frame closes the generator).
 */
export function clearFrameObject(fo: PyFrameObject): void {
  if (fo.frame.owner !== FrameOwner.FRAME_OBJECT) throw executingFrameError();
  const slots = fo.frame.slots;
  for (let i = 0; i < slots.length; i++) slots[i] = undefined;
  fo.localsDict = null;
}

defineMethod(frameType, "__repr__", (args) => {
  const fo = args[0] as PyFrameObject;
  const code = fo.frame.code;
  return `<frame at 0x${
    objectId(fo).toString(16)
  }, file '${code.co_filename}', line ${fo.frame.lineno}, code ${code.co_name}>`;
});

export function executingFrameError(): unknown {
  return pyError(PyExc_RuntimeError, "cannot clear an executing frame");
}

const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;
function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId;
    nextId += 0x50;
    ids.set(o, id);
  }
  return id;
}

defineGetter(tracebackType, "tb_next", (t) => (t as PyTraceback).tb_next ?? None, (t, v) => {
  if (v === undefined) throw pyError(PyExc_TypeError, "can't delete tb_next attribute");
  if (v !== None && !(v instanceof PyTraceback)) {
    throw pyError(PyExc_TypeError, `expected traceback object, got '${typeOf(v).name}'`);
  }
  const next: PyTraceback | null = v === None ? null : v as PyTraceback;
  // tb_next_set: printing and unwinding walk the chain, so it must stay acyclic.
  for (let cursor = next; cursor !== null; cursor = cursor.tb_next) {
    if (cursor === t) throw pyError(PyExc_ValueError, "traceback loop detected");
  }
  (t as PyTraceback).tb_next = next;
});
defineGetter(tracebackType, "tb_frame", (t) => (t as PyTraceback).tb_frame);
defineGetter(tracebackType, "tb_lasti", (t) => 2 * (t as PyTraceback).lasti);
defineGetter(tracebackType, "tb_lineno", (t) => (t as PyTraceback).tb_lineno);
