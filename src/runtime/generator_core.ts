// The core of generators, coroutines and async generators: making one from a frame
// (RETURN_GENERATOR), resuming it (linking its embedded frame into the thread's chain as the
// newest frame, its `previous` being the resumer), suspending it (YIELD_VALUE unlinks it), and
// send/throw/close with PEP 380 delegation (`yield from` / `await` through SEND).
// See docs/generator-linking.md.
//
// Resuming runs a nested evalFrame (as CPython 3.11 does for generators); Python function calls
// never do. The yield/return outcome of the last run is `exitState.yielded` (no result object
// per resume).

import { PyCoroutineWrapper } from "./generator_methods.ts";
import { CodeFlag } from "../objects/code.ts";
import { None, PyObject, PyType, type PyValue, typeOf } from "../objects/object.ts";
import {
  isExceptionType,
  PyBaseException,
  pyError,
  PyExc_GeneratorExit,
  PyExc_StopAsyncIteration,
} from "../objects/exceptions.ts";
import { call, isInstance, repr } from "../objects/abstract.ts";
import { PyTuple } from "../objects/tuple.ts";
import { tracebackType } from "../objects/traceback.ts";
import { frameType, type PyFrameObject } from "../objects/frame.ts";
import { defineMethod } from "../objects/builtin_function.ts";
import {
  asyncGeneratorType,
  coroutineType,
  generatorType,
  GenKind,
  GenState,
  PyAsyncGenWrappedValue,
  PyGenerator,
} from "../objects/generator.ts";
import { FrameOwner, InterpreterFrame } from "./interpreter_frame.ts";
import { currentThread, type ThreadState } from "./thread_state.ts";
import { evalFrame, exitState, markPropagating } from "./eval.ts";
import {
  clearFrameObject,
  executingFrameError,
  getFrameObject,
  takeOwnershipFromGenerator,
} from "./frame_object.ts";
import * as ops from "./ops.ts";
import { writeUnraisable } from "./unraisable.ts";

import { needsFinalizer, trackGenerator, untrackGenerator } from "./finalization.ts";

/** Generators created so far (stat for tests). */
export const generatorStats = { created: 0 };

// ---- Creation ------------------------------------------------------------------------------

/**
 * RETURN_GENERATOR: the generator object takes the frame. Its own record and slots array are
 * allocated here, once; the locals (and the empty stack) move into them. The caller then pops
 * the thread frame.
 */
export function makeGeneratorForFrame(_ts: ThreadState, frame: InterpreterFrame): PyGenerator {
  const code = frame.code;
  const slots: (PyValue | undefined)[] = new Array(code.frameSize);
  const used = frame.sp - frame.base;
  for (let i = 0; i < used; i++) slots[i] = frame.slots[frame.base + i];
  for (let i = used; i < code.frameSize; i++) slots[i] = undefined;
  const genFrame = new InterpreterFrame(code, frame.globals, frame.builtins, slots, 0);
  genFrame.func = frame.func;
  genFrame.locals = frame.locals;
  genFrame.ip = frame.ip;
  genFrame.sp = used;
  genFrame.owner = FrameOwner.GENERATOR;
  if (frame.frameObject !== null) {
    genFrame.frameObject = frame.frameObject;
    frame.frameObject.frame = genFrame;
    frame.frameObject = null;
  }
  const flags = code.co_flags;
  let gen: PyGenerator;
  const name = frame.func !== null ? frame.func.name : code.co_name;
  const qualname = frame.func !== null ? frame.func.qualname : code.co_qualname;
  if (flags & CodeFlag.COROUTINE) {
    gen = new PyGenerator(coroutineType, GenKind.COROUTINE, genFrame, name, qualname);
  } else if (flags & CodeFlag.ASYNC_GENERATOR) {
    gen = new PyGenerator(asyncGeneratorType, GenKind.ASYNC_GENERATOR, genFrame, name, qualname);
  } else {
    gen = new PyGenerator(generatorType, GenKind.GENERATOR, genFrame, name, qualname);
  }
  // frame.generator is set only while the frame runs (see linkGeneratorFrame), so that a
  // suspended generator's frame does not keep the generator alive (finalization.ts).
  generatorStats.created++;
  if (needsFinalizer(code)) trackGenerator(gen);
  return gen;
}

function kindName(gen: PyGenerator): string {
  return gen.kind === GenKind.COROUTINE
    ? "coroutine"
    : gen.kind === GenKind.ASYNC_GENERATOR
    ? "async generator"
    : "generator";
}

// ---- Resumption ----------------------------------------------------------------------------

/**
 * Links the generator's frame in as the newest frame and runs it until it yields, returns or
 * raises. Returns the yielded or returned value; `exitState.yielded` tells which. `throwExc`
 * raises that exception at the suspension point instead of sending `value`.
 */
export function resumeGenerator(
  gen: PyGenerator,
  value: PyValue,
  throwExc: PyValue | undefined = undefined,
): PyValue {
  const ts = currentThread;
  const state = gen.state;
  if (state !== GenState.SUSPENDED) {
    if (state === GenState.RUNNING) throw ops.valueError(`${kindName(gen)} already executing`);
    if (state === GenState.COMPLETED) {
      // send and throw alike (gen_send_ex2); close() never gets here.
      if (gen.kind === GenKind.COROUTINE) {
        throw ops.runtimeError("cannot reuse already awaited coroutine");
      }
      if (throwExc !== undefined) {
        // Re-raised as given (PyErr_Restore): no chaining to what the caller handles.
        markPropagating(throwExc);
        throw throwExc;
      }
      exitState.yielded = false;
      return None;
    }
    // CREATED
    if (value !== None && throwExc === undefined) {
      throw ops.typeError(`can't send non-None value to a just-started ${kindName(gen)}`);
    }
  }
  if (ts.depth >= ts.recursionLimit) throw ops.recursionError("");
  const frame = gen.frame;
  frame.slots[frame.sp++] = value;
  frame.generator = gen;
  linkGeneratorFrame(ts, frame);
  gen.excState.previous = ts.excInfo;
  ts.excInfo = gen.excState;
  gen.state = GenState.RUNNING;
  let result: PyValue;
  try {
    result = evalFrame(ts, frame, throwExc);
  } catch (e) {
    ts.excInfo = gen.excState.previous!;
    gen.excState.previous = null;
    finishGenerator(gen);
    throw convertEscapingStop(gen, e);
  }
  ts.excInfo = gen.excState.previous!;
  gen.excState.previous = null;
  if (exitState.yielded) {
    gen.state = GenState.SUSPENDED;
    frame.generator = null;
  } else {
    finishGenerator(gen);
    exitState.yielded = false;
  }
  return result;
}

/** Makes the generator's embedded frame the thread's newest frame (its previous: the resumer). */
export function linkGeneratorFrame(ts: ThreadState, frame: InterpreterFrame): void {
  frame.previous = ts.frame;
  ts.frame = frame;
  ts.depth++;
  frame.isEntry = true;
}

/**
 * FOR_ITER/SEND resuming a generator inside the running eval loop: push the sent value, link
 * the generator's frame after `resumer`, switch the handled-exception level. Returns the frame
 * to continue with.
 */
export function linkGeneratorInline(
  ts: ThreadState,
  gen: PyGenerator,
  resumer: InterpreterFrame,
  value: PyValue,
): InterpreterFrame {
  const frame = gen.frame;
  frame.slots[frame.sp++] = value;
  frame.generator = gen;
  frame.previous = resumer;
  frame.isEntry = false;
  ts.frame = frame;
  ts.depth++;
  gen.excState.previous = ts.excInfo;
  ts.excInfo = gen.excState;
  gen.state = GenState.RUNNING;
  return frame;
}

/** The inverse, at a yield (state SUSPENDED) or when it finished (COMPLETED); returns the resumer. */
export function unlinkGeneratorInline(
  ts: ThreadState,
  frame: InterpreterFrame,
  state: GenState,
): InterpreterFrame {
  const gen = frame.generator as PyGenerator;
  const resumer = frame.previous!;
  ts.excInfo = gen.excState.previous!;
  gen.excState.previous = null;
  ts.frame = resumer;
  ts.depth--;
  frame.previous = null;
  if (state === GenState.COMPLETED) finishGenerator(gen);
  else gen.state = state;
  frame.generator = null;
  return resumer;
}

function finishGenerator(gen: PyGenerator): void {
  gen.state = GenState.COMPLETED;
  if (gen.finalizer !== null) untrackGenerator(gen);
  const frame = gen.frame;
  if (frame.frameObject !== null) {
    takeOwnershipFromGenerator(frame);
  } else {
    // A loop: Array.prototype.fill costs more than this on the small arrays of generators.
    const slots = frame.slots;
    for (let i = 0; i < slots.length; i++) slots[i] = undefined;
    frame.sp = frame.code.nlocalsplus;
  }
}

/** PEP 479: StopIteration (and StopAsyncIteration in async generators) escaping becomes RuntimeError. */
export function convertEscapingStop(gen: PyGenerator, e: unknown): unknown {
  if (ops.isStopIteration(e)) {
    const err = ops.runtimeError(`${kindName(gen)} raised StopIteration`);
    ops.setCauseAndContext(err, e as PyValue);
    markPropagating(err);
    return err;
  }
  if (gen.kind === GenKind.ASYNC_GENERATOR && ops.isStopAsyncIteration(e)) {
    const err = ops.runtimeError("async generator raised StopAsyncIteration");
    ops.setCauseAndContext(err, e as PyValue);
    markPropagating(err);
    return err;
  }
  return e;
}

/** The iterator a suspended generator delegates to (`yield from` / `await`), or undefined. */
export function yieldingFrom(gen: PyGenerator): PyValue | undefined {
  if (gen.state !== GenState.SUSPENDED && gen.state !== GenState.RUNNING) return undefined;
  const frame = gen.frame;
  // A frame that is executing (linked by a resume) is not at a suspension point, whatever its
  // saved ip still says (CPython's prev_instr has moved on).
  if (frame.generator !== null) return undefined;
  const words = frame.code.co_code;
  const i = frame.ip;
  if (i <= 0 || words[i << 1] !== 71 /* RESUME */ || words[(i << 1) + 1] < 2) return undefined;
  return frame.slots[frame.sp - 1];
}

// ---- send / throw / close ------------------------------------------------------------------

/** gen.send(value): the yielded value, or StopIteration(return value). */
export function generatorSendMethod(gen: PyGenerator, value: PyValue): PyValue {
  const r = resumeGenerator(gen, value);
  if (exitState.yielded) return r;
  throw ops.stopIteration(r);
}

/** gen.throw(exc) with an exception instance (the host API). */
export function throwIntoGenerator(gen: PyGenerator, exc: PyValue): PyValue {
  return genThrow(gen, exc, undefined, undefined, true);
}

/**
 * _gen_throw: throw(typ[, val[, tb]]) into the generator. The arguments go unnormalized to a
 * `yield from`/`await` delegate (PEP 380); only where the exception is raised are they checked
 * and the class instantiated. `closeOnGenExit` is false for athrow()/aclose(), whose
 * GeneratorExit goes into the awaited object instead of closing it.
 */
export function genThrow(
  gen: PyGenerator,
  typ: PyValue,
  val: PyValue | undefined,
  tb: PyValue | undefined,
  closeOnGenExit: boolean,
): PyValue {
  const yf = yieldingFrom(gen);
  if (yf === undefined || gen.state !== GenState.SUSPENDED) {
    return resumeGenerator(gen, None, exceptionToThrow(typ, val, tb));
  }
  if (closeOnGenExit && givenMatchesGeneratorExit(typ)) {
    gen.state = GenState.RUNNING;
    let err: unknown = undefined;
    try {
      closeIterator(yf);
    } catch (e) {
      err = e;
    }
    gen.state = GenState.SUSPENDED;
    if (err !== undefined) return resumeGenerator(gen, None, err as PyValue);
    return resumeGenerator(gen, None, exceptionToThrow(typ, val, tb));
  }
  let ret: PyValue;
  const isGen = yf instanceof PyGenerator && yf.kind !== GenKind.ASYNC_GENERATOR;
  // A failing lookup of `throw` propagates with the generator left suspended (as CPython).
  const meth = isGen ? undefined : ops.getAttrOrUndefined(yf, "throw");
  if (!isGen && meth === undefined) {
    return resumeGenerator(gen, None, exceptionToThrow(typ, val, tb));
  }
  const ts = currentThread;
  const frame = gen.frame;
  const prev = ts.frame;
  gen.state = GenState.RUNNING;
  try {
    if (isGen) {
      // Link this frame while the delegate runs, so its f_back chain shows us (as next() does).
      frame.previous = prev;
      ts.frame = frame;
      try {
        ret = genThrow(yf as PyGenerator, typ, val, tb, closeOnGenExit);
      } finally {
        ts.frame = prev;
        frame.previous = null;
      }
    } else {
      // PyObject_CallFunctionObjArgs(meth, typ, val, tb): the arguments up to the first absent.
      const args = val === undefined ? [typ] : tb === undefined ? [typ, val] : [typ, val, tb];
      ret = ops.call(meth!, args, null);
      exitState.yielded = true;
    }
  } catch (e) {
    gen.state = GenState.SUSPENDED;
    // The delegate finished by raising: leave the `yield from` loop (pop the receiver, go to
    // SEND's exit) and continue with its StopIteration value, or raise the error in here.
    leaveYieldFrom(gen);
    if (ops.isStopIteration(e)) return resumeGenerator(gen, ops.stopIterationValue(e as PyValue));
    return resumeGenerator(gen, None, e as PyValue);
  }
  gen.state = GenState.SUSPENDED;
  if (exitState.yielded) return ret;
  // A delegate generator returned: same as its StopIteration.
  leaveYieldFrom(gen);
  return resumeGenerator(gen, ret);
}

/** PyErr_GivenExceptionMatches(typ, GeneratorExit) for throw()'s first argument. */
function givenMatchesGeneratorExit(typ: PyValue): boolean {
  if (typ instanceof PyType) return typ.mro.includes(PyExc_GeneratorExit);
  return ops.isGeneratorExit(typ);
}

/**
 * throw_here: the exception throw(typ, val, tb) raises in the generator. Arguments that cannot
 * be raised are a TypeError at the call; a class whose instantiation fails throws that error
 * into the generator instead (PyErr_NormalizeException replaces the pending exception).
 */
export function exceptionToThrow(
  typ: PyValue,
  val: PyValue | undefined,
  tb: PyValue | undefined,
): PyValue {
  if (tb === None) tb = undefined;
  if (tb !== undefined && !(tb instanceof PyObject && tb.cls === tracebackType)) {
    throw ops.typeError("throw() third argument must be a traceback object");
  }
  let exc: PyBaseException;
  if (typ instanceof PyType && isExceptionType(typ)) {
    try {
      exc = instantiateForThrow(typ, val ?? None);
    } catch (e) {
      return ops.toPyException(e);
    }
  } else if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== None) {
      throw ops.typeError("instance exception may not have a separate value");
    }
    exc = typ;
  } else {
    throw ops.typeError(
      `exceptions must be classes or instances deriving from BaseException, not ${
        typeOf(typ).name
      }`,
    );
  }
  if (tb !== undefined) exc.traceback = tb as PyObject;
  return exc;
}

/** Pops the `yield from` receiver and jumps past the SEND loop (to SEND's target). */
function leaveYieldFrom(gen: PyGenerator): void {
  const frame = gen.frame;
  frame.slots[--frame.sp] = undefined;
  const words = frame.code.co_code;
  // frame.ip is at RESUME; ip-1 is YIELD_VALUE, ip-2 is SEND.
  frame.ip = words[((frame.ip - 2) << 1) + 1];
}

/** The method form: throw(typ[, val[, tb]]); `closeOnGenExit` as for genThrow. */
export function generatorThrowMethod(
  gen: PyGenerator,
  args: PyValue[],
  closeOnGenExit = true,
): PyValue {
  const r = genThrowArgs(gen, args, closeOnGenExit);
  if (exitState.yielded) return r;
  throw ops.stopIteration(r);
}

/** PyErr_NormalizeException for throw(cls, val): val itself if an instance, else cls(val...). */
function instantiateForThrow(typ: PyType, val: PyValue): PyBaseException {
  if (val instanceof PyBaseException && isInstance(val, typ)) return val;
  const args = val === None ? [] : val instanceof PyTuple ? val.items.slice() : [val];
  const exc = call(typ, args, null);
  if (!(exc instanceof PyBaseException)) {
    throw ops.typeError(
      `calling ${repr(typ)} should have returned an instance of BaseException, not ${
        typeOf(exc).name
      }`,
    );
  }
  return exc;
}

/** genThrow with throw()'s positional arguments (1 to 3). */
export function genThrowArgs(gen: PyGenerator, args: PyValue[], closeOnGenExit: boolean): PyValue {
  if (args.length < 1 || args.length > 3) {
    throw ops.typeError(
      `throw expected at ${
        args.length < 1 ? "least 1 argument" : "most 3 arguments"
      }, got ${args.length}`,
    );
  }
  return genThrow(gen, args[0], args[1], args[2], closeOnGenExit);
}

/** gen.close(): GeneratorExit in; a yield in response is a RuntimeError. */
export function closeGenerator(gen: PyGenerator): PyValue {
  if (gen.state === GenState.CREATED) {
    gen.state = GenState.COMPLETED;
    finishGenerator(gen);
    return None;
  }
  if (gen.state === GenState.COMPLETED) return None;
  const yf = yieldingFrom(gen);
  let err: PyValue | undefined = undefined;
  if (yf !== undefined && gen.state === GenState.SUSPENDED) {
    gen.state = GenState.RUNNING;
    try {
      closeIterator(yf);
    } catch (e) {
      err = e as PyValue;
    }
    gen.state = GenState.SUSPENDED;
  }
  if (err === undefined) {
    // PyErr_SetNone(GeneratorExit) in gen_close: chained to what the caller is handling.
    err = ops.generatorExit();
    ops.chainContext(err, currentThread.handledException());
  }
  try {
    resumeGenerator(gen, None, err);
  } catch (e) {
    if (ops.isStopIteration(e) || ops.isGeneratorExit(e)) return None;
    throw e;
  }
  if (exitState.yielded) throw ops.runtimeError(`${kindName(gen)} ignored GeneratorExit`);
  // gen_send_ex: an async generator's return is StopAsyncIteration, which close() lets out.
  if (gen.kind === GenKind.ASYNC_GENERATOR) throw pyError(PyExc_StopAsyncIteration);
  return None;
}

// frame_clear: clearing a suspended generator's frame finalizes the generator (_PyGen_Finalize:
// close(), its error reported as unraisable); an executing frame is refused.
defineMethod(frameType, "clear", (args) => {
  const fo = args[0] as PyFrameObject;
  if (fo.frame.owner !== FrameOwner.GENERATOR) {
    clearFrameObject(fo);
    return None;
  }
  const gen = fo.generator?.deref() as PyGenerator | undefined;
  if (gen?.state === GenState.RUNNING) throw executingFrameError();
  if (gen !== undefined && gen.state !== GenState.COMPLETED) {
    try {
      closeGenerator(gen);
    } catch (e) {
      writeUnraisable(ops.toPyException(e), gen);
    }
  }
  return None;
});

function closeIterator(yf: PyValue): void {
  if (yf instanceof PyGenerator && yf.kind !== GenKind.ASYNC_GENERATOR) {
    closeGenerator(yf);
    return;
  }
  let close: PyValue | undefined;
  try {
    close = ops.getAttrOrUndefined(yf, "close");
  } catch (e) {
    // CPython's gen_close_iter: a failing lookup is reported, not raised.
    writeUnraisable(ops.toPyException(e), yf);
    return;
  }
  if (close !== undefined) ops.call(close, [], null);
}

// ---- SEND, yield from, await ---------------------------------------------------------------

export interface SubIterResult {
  done: boolean;
  value: PyValue;
}
const subResult: SubIterResult = { done: false, value: None };

/**
 * SEND: sends `value` into the delegate. done=false: it yielded `value`; done=true: it finished
 * with return value `value`. The result object is reused (read it before the next SEND).
 */
export function resumeSubIterator(receiver: PyValue, value: PyValue): SubIterResult {
  // A coroutine.__await__() wrapper delegates straight to its coroutine.
  if (receiver instanceof PyCoroutineWrapper) receiver = receiver.coro;
  if (receiver instanceof PyGenerator && receiver.kind !== GenKind.ASYNC_GENERATOR) {
    const r = resumeGenerator(receiver, value);
    subResult.done = !exitState.yielded;
    subResult.value = r;
    return subResult;
  }
  try {
    let r: PyValue;
    if (value === None) {
      const t = typeOf(receiver);
      if (t.tp_iternext !== null && !t.isHeapType) {
        const v = t.tp_iternext(receiver as PyObject);
        if (v === undefined) {
          subResult.done = true;
          subResult.value = None;
          return subResult;
        }
        r = v;
      } else {
        r = ops.callMethod(receiver, "__next__", []);
      }
    } else {
      r = ops.callMethod(receiver, "send", [value]);
    }
    subResult.done = false;
    subResult.value = r;
    return subResult;
  } catch (e) {
    if (ops.isStopIteration(e)) {
      subResult.done = true;
      subResult.value = ops.stopIterationValue(e as PyValue);
      return subResult;
    }
    throw e;
  }
}

/** GET_YIELD_FROM_ITER. */
export function yieldFromIter(v: PyValue, code: { co_flags: number }): PyValue {
  if (v instanceof PyGenerator) {
    if (v.kind === GenKind.COROUTINE) {
      if (!(code.co_flags & (CodeFlag.COROUTINE | CodeFlag.ITERABLE_COROUTINE))) {
        throw ops.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
      }
      return v;
    }
    if (v.kind === GenKind.GENERATOR) return v;
  }
  return ops.getIter(v);
}

function isAwaitableGenerator(v: PyValue): v is PyGenerator {
  return v instanceof PyGenerator &&
    (v.kind === GenKind.COROUTINE ||
      (v.kind === GenKind.GENERATOR && (v.code.co_flags & CodeFlag.ITERABLE_COROUTINE) !== 0));
}

/** GET_AWAITABLE: the iterator `await v` drives. */
export function awaitableOf(v: PyValue, where: number): PyValue {
  if (isAwaitableGenerator(v)) {
    if (v.kind === GenKind.COROUTINE && yieldingFrom(v) !== undefined) {
      throw ops.runtimeError("coroutine is being awaited already");
    }
    return v;
  }
  const t = typeOf(v);
  const awaitMethod = ops.lookupSpecial(t, "__await__");
  if (awaitMethod === undefined) {
    if (where === 1) {
      throw ops.typeError(
        `'async with' received an object from __aenter__ that does not implement __await__: ${t.name}`,
      );
    }
    if (where === 2) {
      throw ops.typeError(
        `'async with' received an object from __aexit__ that does not implement __await__: ${t.name}`,
      );
    }
    throw ops.typeError(`object ${t.name} can't be used in 'await' expression`);
  }
  const it = ops.call(awaitMethod, [v], null);
  if (isAwaitableGenerator(it) && (it as PyGenerator).kind === GenKind.COROUTINE) {
    throw ops.typeError("__await__() returned a coroutine");
  }
  if (!ops.isIterator(it)) {
    throw ops.typeError(`__await__() returned non-iterator of type '${typeOf(it).name}'`);
  }
  return it;
}

export function wrapAsyncGenValue(v: PyValue): PyValue {
  return new PyAsyncGenWrappedValue(v);
}

// ---- Host API helpers ----------------------------------------------------------------------

/** The frame object of a generator's frame while it is not finished (gi_frame). */
export function generatorFrameObject(gen: PyGenerator): PyValue {
  if (gen.state === GenState.COMPLETED) return None;
  const fo = getFrameObject(gen.frame);
  fo.generator ??= new WeakRef(gen);
  return fo;
}
