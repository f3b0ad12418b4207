// Finalization of generators, coroutines and async generators: what Coil does where CPython
// relies on reference counting. See docs/finalization.md.
//
// CPython closes a suspended generator the moment its last reference goes away, so its
// `finally` blocks and `with` exits run right there. JavaScript has no such moment. Coil closes
// a suspended generator that has cleanup code
//   1. when it is exhausted or closed explicitly (as CPython),
//   2. after V8 has collected it, at the next turn of the event loop (FinalizationRegistry),
//   3. at interpreter exit if it is still suspended then (`finalizeAtExit`, called by the CLI).
// Only generators whose code has an exception table (try, with, except: something that could
// run on close) are tracked, plus every coroutine, so that one never awaited is reported as
// CPython reports it (`RuntimeWarning: coroutine 'f' was never awaited`).
//
// The registry holds each tracked generator's *frame*, not the generator: a suspended frame
// does not point back at its generator (frame.generator is set only while it runs), so the
// generator object itself stays collectable. To close a collected generator, a new generator
// object is made around the surviving frame and closed.

import { CodeFlag } from "../objects/code.ts";
import {
  asyncGeneratorType,
  coroutineType,
  generatorType,
  GenKind,
  GenState,
  PyGenerator,
} from "../objects/generator.ts";
import * as abs from "../objects/abstract.ts";
import { flushStdStreams } from "./sys_module.ts";
import { importModuleByName } from "./import.ts";
import type { InterpreterFrame } from "./interpreter_frame.ts";
import { activate, type InterpreterState } from "./interpreter_state.ts";
import { currentThread } from "./thread_state.ts";
import { writeUnraisable } from "./unraisable.ts";
import * as ops from "./ops.ts";
import { closeGenerator } from "./generator_core.ts";
import { PyExc_RuntimeWarning } from "../objects/exceptions.ts";
import { None } from "../objects/object.ts";

/** What survives a tracked generator: enough to close it or to report it. */
export interface FinalizerRecord {
  readonly frame: InterpreterFrame;
  readonly kind: GenKind;
  readonly name: string;
  readonly qualname: string;
  /** The frame's ip at creation: still equal means the generator never started. */
  readonly createdIp: number;
  /** Where a coroutine was created (for the never-awaited warning). */
  readonly createdAt: { filename: string; lineno: number } | null;
  /** The generator finished: its frame is cleared and nothing is left to do. */
  finished: boolean;
  /** The list of the interpreter that made the generator. */
  readonly list: FinalizerList;
  /** Links of the list of unfinished records (an intrusive list: O(1) without hashing). */
  older: FinalizerRecord | null;
  newer: FinalizerRecord | null;
}

/** An interpreter's tracked generators not yet finished, newest last (for exit). */
export class FinalizerList {
  newest: FinalizerRecord | null = null;
  /** The interpreter a collected generator of this list is closed in. */
  owner: InterpreterState | null = null;
}

/** The running interpreter's list (rebound by interpreter_state.ts's `activate`). */
let live: FinalizerList = new FinalizerList();

export function setFinalizerList(list: FinalizerList): void {
  live = list;
}

function addLive(record: FinalizerRecord): void {
  const list = record.list;
  record.older = list.newest;
  if (list.newest !== null) list.newest.newer = record;
  list.newest = record;
}

function removeLive(record: FinalizerRecord): void {
  if (record.newer !== null) record.newer.older = record.older;
  else record.list.newest = record.older;
  if (record.older !== null) record.older.newer = record.newer;
  record.older = record.newer = null;
}
/** Records of collected generators waiting for a moment when no Python code runs. */
const pending: FinalizerRecord[] = [];

const registry = new FinalizationRegistry<FinalizerRecord>((record) => {
  if (record.finished) return;
  record.finished = true;
  removeLive(record);
  pending.push(record);
  if (currentThread.frame === null) runPendingFinalizers();
});

/** Counters for tests and docs. */
export const finalizationStats = { tracked: 0, closedAfterCollection: 0, closedAtExit: 0 };

/** Whether a new generator of this code needs tracking (called once per generator). */
export function needsFinalizer(code: { co_flags: number; co_exceptiontable: readonly unknown[] }) {
  return (code.co_flags & CodeFlag.COROUTINE) !== 0 || code.co_exceptiontable.length > 0;
}

/** Starts tracking a just-created generator (see the file comment). */
export function trackGenerator(gen: PyGenerator): void {
  const frame = gen.frame;
  const record: FinalizerRecord = {
    frame,
    kind: gen.kind,
    name: gen.name,
    qualname: gen.qualname,
    createdIp: frame.ip,
    createdAt: gen.kind === GenKind.COROUTINE ? creationSite() : null,
    finished: false,
    list: live,
    older: null,
    newer: null,
  };
  gen.finalizer = record;
  addLive(record);
  registry.register(gen, record);
  finalizationStats.tracked++;
}

/** The generator finished (returned, raised or was closed): nothing is left to finalize. */
export function untrackGenerator(gen: PyGenerator): void {
  const record = gen.finalizer;
  if (record === null) return;
  gen.finalizer = null;
  // Cheaper than registry.unregister: the record stays registered and is skipped if it fires.
  record.finished = true;
  removeLive(record);
}

/** Runs the finalizers of collected generators; only between Python runs. */
export function runPendingFinalizers(): void {
  for (let i = 0; i < pending.length; i++) {
    const record = pending[i];
    finalizationStats.closedAfterCollection++;
    const owner = record.list.owner;
    if (owner !== null && owner.closed) continue;
    const previous = owner === null ? null : activate(owner);
    try {
      finalize(record);
    } finally {
      if (owner !== null && previous !== null) activate(previous);
    }
  }
  pending.length = 0;
}

/**
 * Interpreter exit: lets the event loop deliver the finalizers of generators V8 already
 * collected, then closes every tracked generator not finished yet, oldest first.
 */
export async function finalizeAtExit(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  runPendingFinalizers();
  finalizeLive();
}

/** Closes every tracked generator of the running interpreter not finished yet, oldest first. */
export function finalizeLive(): void {
  const newestFirst: FinalizerRecord[] = [];
  for (let r = live.newest; r !== null; r = r.older) newestFirst.push(r);
  for (let i = newestFirst.length - 1; i >= 0; i--) {
    const record = newestFirst[i];
    if (record.finished) continue;
    record.finished = true;
    removeLive(record);
    finalizationStats.closedAtExit++;
    finalize(record);
  }
}

function finalize(record: FinalizerRecord): void {
  const neverStarted = record.frame.ip === record.createdIp;
  if (neverStarted) {
    if (record.kind === GenKind.COROUTINE) warnNeverAwaited(record);
    return; // closing a generator that never ran runs no code (as CPython)
  }
  // The frame is the generator's state; a new generator object around it closes it whether
  // or not the original object is still alive (nothing else runs at these moments).
  const target = revive(record);
  try {
    closeGenerator(target); // gen_close itself: async generators have no close() method
  } catch (e) {
    flushStdStreams();
    writeUnraisable(ops.toPyException(e), target);
  }
  flushStdStreams();
}

/** A new generator object around a collected generator's frame, so that it can be closed. */
function revive(record: FinalizerRecord): PyGenerator {
  const type = record.kind === GenKind.COROUTINE
    ? coroutineType
    : record.kind === GenKind.ASYNC_GENERATOR
    ? asyncGeneratorType
    : generatorType;
  const gen = new PyGenerator(type, record.kind, record.frame, record.name, record.qualname);
  gen.state = GenState.SUSPENDED;
  return gen;
}

function warnNeverAwaited(record: FinalizerRecord): void {
  const site = record.createdAt;
  flushStdStreams();
  // Through the warnings machinery (_warnings.warn_explicit), so filters apply, as in CPython.
  try {
    const warnings = importModuleByName("_warnings");
    abs.call(abs.getAttr(warnings, "warn_explicit"), [
      `coroutine '${record.qualname}' was never awaited`,
      PyExc_RuntimeWarning,
      site === null ? "sys" : site.filename,
      site === null ? 1 : site.lineno,
    ], null);
  } catch (e) {
    // An "error" filter raised it: nothing can catch it here, so it is reported.
    writeUnraisable(ops.toPyException(e), None);
  }
}

/** File and line of the code that is creating a coroutine (the caller of the coroutine function). */
function creationSite(): { filename: string; lineno: number } | null {
  const frame = currentThread.frame;
  // The coroutine's own frame is still the newest at RETURN_GENERATOR: its caller made it.
  const caller = frame?.previous ?? null;
  if (caller === null) return null;
  const lineno = caller.code.lineOf(Math.max(caller.ip - 1, 0));
  return { filename: caller.code.co_filename, lineno };
}
