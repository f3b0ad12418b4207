// The eval loop: runs interpreter frames (CPython 3.11's _PyEval_EvalFrameDefault).
//
// Read it top to bottom: `evalFrame(ts, entry)` runs `entry` (already pushed/linked and marked
// isEntry) until it returns or yields, and returns that value to its JS caller. One `switch`
// over opcodes; the hot state lives in JS locals:
//   words  the code's (opcode, oparg) words        s     the slots array of the frame
//   base   index of localsplus[0] in s             sp    index of the first free stack slot
//   ip     index of the next instruction
// A Python-to-Python CALL pushes the callee's frame and switches these locals to it, without
// leaving the loop (no JS recursion); RETURN_VALUE pops it and switches back. Only calls that
// come from JS (a builtin calling back into Python: functionType.tp_call, generator resumption)
// start a nested evalFrame.
//
// Case labels are the opcode numbers written out, `case 6 /* LOAD_FAST */:`: Deno compiles
// `const enum` members to property loads, which turned the switch into a chain of compares;
// literals let V8 build a jump table. tests/runtime/opcode_numbers_test.ts checks every label
// against src/compiler/opcodes.ts.
//
// Exceptions are JS throws of the exception object. The catch at the bottom of the loop does
// the zero-cost unwinding: traceback entry for the frame, binary search of the exception table,
// jump to the handler, or pop the frame and continue unwinding in the caller.

import { CodeFlag, type ExceptionTableEntry, LocalKind, type PyCode } from "../objects/code.ts";
import {
  dictType,
  None,
  objectType,
  PyDict,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
  typeVersion,
} from "../objects/object.ts";
import { allocatorOf } from "../objects/type.ts";
import { PyBaseException, PyExc_BaseException } from "../objects/exceptions.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyList } from "../objects/list.ts";
import { PyCell } from "../objects/cell.ts";
import { PyFunction } from "../objects/function.ts";
import { PyMethod } from "../objects/method.ts";
import { PyMethodDescriptor } from "../objects/builtin_function.ts";
import { FrameOwner, type InterpreterFrame } from "./interpreter_frame.ts";
import type { ThreadState } from "./thread_state.ts";
import { pushFunctionFrame } from "./call.ts";
import * as ops from "./ops.ts";
import { addTraceback } from "./frame_object.ts";
import { GenKind, GenState, PyGenerator } from "../objects/generator.ts";
import {
  awaitableOf,
  convertEscapingStop,
  exceptionToThrow,
  linkGeneratorInline,
  makeGeneratorForFrame,
  resumeSubIterator,
  type SubIterResult,
  unlinkGeneratorInline,
  wrapAsyncGenValue,
  yieldFromIter,
  yieldingFrom,
} from "./generator_core.ts";
import { importFrom, importName, importStar } from "./import.ts";
import { PyModule } from "./module_object.ts";
import { cacheFor, type InlineCache } from "./inline_cache.ts";
import { checkSignals, tripped as signalTripped } from "./signals.ts";
import { RunAborted } from "./limits.ts";

/** Set when a frame's exception escapes through its entry: the next catcher must not chain. */
let escaping: unknown = undefined;
/**
 * The exception gen.throw()/close() raises at a generator's suspension point: it gets a
 * traceback entry, and a new __context__ only from the generator's own handled exception.
 */
let thrownIn: unknown = undefined;

/** Marks an exception the runtime raises on behalf of an already-unwound frame (no chaining). */
export function markPropagating(exc: unknown): void {
  escaping = exc;
}

/** How a generator/coroutine frame left evalFrame the last time: true = yielded. */
export const exitState = { yielded: false };

const MAX_SAFE = 9007199254740991;

/** The exception-table entry covering instruction i, or undefined. */
export function findHandler(
  table: readonly ExceptionTableEntry[],
  i: number,
): ExceptionTableEntry | undefined {
  let lo = 0, hi = table.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = table[mid];
    if (i < e.start) hi = mid - 1;
    else if (i >= e.end) lo = mid + 1;
    else return e;
  }
  return undefined;
}

/** Unlinks a frame that finished (returned, yielded or raised) from the thread's chain. */
function leaveFrame(ts: ThreadState, frame: InterpreterFrame): void {
  if (frame.owner === FrameOwner.THREAD) {
    ts.popFrame(frame);
  } else {
    // A generator's frame: it keeps its storage; only the link goes.
    ts.frame = frame.previous;
    ts.depth--;
    frame.previous = null;
    frame.isEntry = false;
  }
}

/** What runSlice returns when its instruction budget ran out (the frames are all saved). */
const SLICE_EXPIRED: unique symbol = Symbol("slice expired");
/** Back-edges and function entries a slice may run before returning to evalFrame. */
const SLICE_BUDGET = 1 << 15;

/**
 * Runs `entry` until it returns or yields. The work happens in slices (runSlice): each returns
 * after SLICE_BUDGET loop back-edges/function entries with all state saved in the frame
 * records, and the next slice resumes from the thread's newest frame. Re-entering the function
 * lets V8 swap in re-optimized code after a deoptimization; one endless invocation would stay
 * in the bytecode interpreter (docs/data-stack.md has the measurement).
 */
export function evalFrame(
  ts: ThreadState,
  entry: InterpreterFrame,
  throwIn: PyValue | undefined = undefined,
): PyValue {
  try {
    // Calls driven by builtins (a generator consumed by join, a key function) may never fill a
    // slice: every 1024th entry checks the limits too.
    if (ts.limits !== null && ts.limits.tick()) throwIn = limitsCheck(ts) ?? throwIn;
    let r = runSlice(ts, entry, throwIn);
    while (r === SLICE_EXPIRED) {
      // Between slices: a host's limits (limits.ts); LimitExceeded is raised in the newest
      // frame, RunAborted unwinds everything.
      const raised = ts.limits === null ? undefined : limitsCheck(ts);
      // Raised at the instruction the slice stopped before (a loop header, a function's first),
      // so the handlers around it see it: the unwinder looks at ip - 1.
      if (raised !== undefined) ts.frame!.ip++;
      r = runSlice(ts, ts.frame!, raised);
    }
    return r;
  } catch (e) {
    if (e instanceof RunAborted) {
      if (isLinked(ts, entry)) abandonFramesThrough(ts, entry);
      throw e;
    }
    // Normally runSlice has unlinked `entry` before an exception leaves it. A JS stack overflow
    // can strike before its handler runs (in the prologue, or inside the handler): then the
    // frames from the newest down to `entry` are still linked and must go.
    if (isLinked(ts, entry)) {
      abandonFramesThrough(ts, entry);
      const exc = ops.toPyException(e);
      escaping = exc;
      throw exc;
    }
    throw e;
  }
}

/** The LimitExceeded of ts.limits.check(), if it raises one (RunAborted goes through). */
function limitsCheck(ts: ThreadState): PyValue | undefined {
  try {
    ts.limits!.check();
    return undefined;
  } catch (e) {
    if (e instanceof RunAborted) throw e;
    return e as PyValue;
  }
}

function isLinked(ts: ThreadState, frame: InterpreterFrame): boolean {
  for (let f = ts.frame; f !== null; f = f.previous) if (f === frame) return true;
  return false;
}

/** Pops/unlinks the frames above `frame` (left linked by a JS stack overflow). */
function abandonFramesAbove(ts: ThreadState, frame: InterpreterFrame): void {
  if (!isLinked(ts, frame)) return;
  while (ts.frame !== frame) {
    const f = ts.frame!;
    if (f.owner === FrameOwner.GENERATOR && !f.isEntry) {
      unlinkGeneratorInline(ts, f, GenState.COMPLETED);
    } else {
      if (f.generator !== null) {
        (f.generator as PyGenerator).state = GenState.COMPLETED;
      }
      leaveFrame(ts, f);
    }
  }
}

/** Pops/unlinks every frame from the newest through `entry` (after a JS stack overflow). */
function abandonFramesThrough(ts: ThreadState, entry: InterpreterFrame): void {
  for (;;) {
    const f = ts.frame!;
    if (f.owner === FrameOwner.GENERATOR && !f.isEntry) {
      unlinkGeneratorInline(ts, f, GenState.COMPLETED);
    } else {
      if (f.generator !== null) exitState.yielded = false;
      leaveFrame(ts, f);
    }
    if (f === entry) return;
  }
}

function runSlice(
  ts: ThreadState,
  entry: InterpreterFrame,
  throwIn: PyValue | undefined,
): PyValue | typeof SLICE_EXPIRED {
  let frame = entry;
  let code: PyCode = frame.code;
  let words: Int32Array = code.co_code;
  let consts: PyValue[] = code.co_consts;
  let names: string[] = code.co_names;
  let s = frame.slots;
  let base = frame.base;
  let sp = frame.sp;
  let ip = frame.ip;
  let kwnames: readonly string[] | null = null;
  /** Raise without a traceback entry for this frame (RERAISE, bare `raise`). */
  let reraise = false;
  /** Set by RERAISE with a saved lasti: the frame's f_lasti if the exception leaves it. */
  let restoredLasti = -1;
  let pendingThrow: unknown = throwIn;
  let budget = SLICE_BUDGET;
  const sigs = signalTripped;

  for (;;) {
    try {
      if (pendingThrow !== undefined) {
        const e = pendingThrow;
        pendingThrow = undefined;
        thrownIn = e;
        throw e;
      }
      for (;;) {
        const op = words[ip << 1];
        const arg = words[(ip << 1) + 1];
        ip++;
        switch (op) {
          case 0 /* NOP */:
            break;
          case 71 /* RESUME */: // ( -- ): frame entry / resume point; the slice may end here
            if ((--budget & 1023) === 0) { // as at JUMP's back-edges
              frame.ip = ip;
              frame.sp = sp;
              if (sigs[0] !== 0) checkSignals();
              if (budget === 0) return SLICE_EXPIRED;
            }
            break;
          case 1 /* POP_TOP */: // (value -- )
            sp--;
            break;
          case 2 /* PUSH_NULL */: // ( -- NULL)
            s[sp++] = undefined;
            break;
          case 3 /* COPY */: // (a_n ... a_1 -- a_n ... a_1 a_n)
            s[sp] = s[sp - arg];
            sp++;
            break;
          case 4 /* SWAP */: { // swap top with the n-th item
            const t = s[sp - 1];
            s[sp - 1] = s[sp - arg];
            s[sp - arg] = t;
            break;
          }

          // ---- Loads and stores -----------------------------------------------------------
          case 5 /* LOAD_CONST */: // ( -- co_consts[arg])
            s[sp++] = consts[arg];
            break;
          case 6 /* LOAD_FAST */: { // ( -- localsplus[arg])
            const v = s[base + arg];
            if (v === undefined) throw unboundLocal(code, arg);
            s[sp++] = v;
            break;
          }
          case 7 /* STORE_FAST */: // (value -- )
            s[base + arg] = s[--sp];
            break;
          case 9 /* LOAD_NAME */: { // ( -- value); at module level, LOAD_GLOBAL's cache
            const c = code.inlineCache?.[ip - 1] as InlineCache | undefined;
            s[sp++] = frame.locals !== frame.globals || frame.globals.cls !== dictType
              ? loadName(frame, names[arg])
              : c !== undefined && c.version === frame.globals.keysVersion &&
                  c.version2 === frame.builtins.keysVersion
              ? c.entry!.value
              : loadGlobalMiss(frame, ip - 1, names[arg]);
            break;
          }
          case 10 /* STORE_NAME */: // (value -- )
            ops.mappingStore(frame.locals ?? noLocals(names[arg], "storing"), names[arg], s[--sp]!);
            break;
          case 12 /* LOAD_GLOBAL */: { // ( -- [NULL] value); inline cache (inline_cache.ts)
            const c = code.inlineCache?.[ip - 1] as InlineCache | undefined;
            const v = c !== undefined && c.version === frame.globals.keysVersion &&
                c.version2 === frame.builtins.keysVersion
              ? c.entry!.value
              : loadGlobalMiss(frame, ip - 1, names[arg >> 1]);
            if (arg & 1) s[sp++] = undefined;
            s[sp++] = v;
            break;
          }
          case 15 /* LOAD_DEREF */: { // ( -- cell contents)
            const v = (s[base + arg] as PyCell).contents;
            if (v === undefined) throw unboundDeref(code, arg);
            s[sp++] = v;
            break;
          }
          case 16 /* STORE_DEREF */: // (value -- )
            (s[base + arg] as PyCell).contents = s[--sp];
            break;
          case 18 /* LOAD_CLOSURE */: // ( -- cell)
            s[sp++] = s[base + arg];
            break;
          case 20 /* MAKE_CELL */: // ( -- )
            s[base + arg] = new PyCell(s[base + arg]);
            break;
          case 21 /* COPY_FREE_VARS */: { // ( -- )
            const closure = frame.func!.closure!;
            const offset = base + code.nlocalsplus - arg;
            for (let i = 0; i < arg; i++) s[offset + i] = closure[i];
            break;
          }

          // ---- Attributes and items ----------------------------------------------------------
          case 22 /* LOAD_ATTR */: { // (owner -- owner.attr); inline cache (inline_cache.ts)
            const owner = s[sp - 1]!;
            if (owner instanceof PyObject) {
              const v = owner instanceof PyModule
                ? owner.dict.getStr(names[arg])
                : loadAttrCached(owner, code, ip - 1, names[arg]);
              if (v !== undefined) {
                s[sp - 1] = v;
                break;
              }
            }
            frame.ip = ip;
            s[sp - 1] = ops.getAttr(owner, names[arg]);
            break;
          }
          case 23 /* STORE_ATTR */: // (value owner -- ); inline cache (inline_cache.ts)
            if (!storeAttrCached(s[sp - 1]!, code, ip - 1, names[arg], s[sp - 2]!)) {
              frame.ip = ip;
              ops.setAttr(s[sp - 1]!, names[arg], s[sp - 2]!);
            }
            sp -= 2;
            break;
          case 25 /* LOAD_METHOD */: { // (owner -- meth self | NULL attr); inline cache
            const owner = s[sp - 1]!;
            const meth = methodCached(owner, code, ip - 1, names[arg]);
            if (meth !== undefined) {
              s[sp - 1] = meth;
              s[sp++] = owner;
              break;
            }
            if (owner instanceof PyModule) {
              const v = owner.dict.getStr(names[arg]);
              if (v !== undefined) {
                s[sp - 1] = undefined;
                s[sp++] = v;
                break;
              }
            }
            frame.ip = ip;
            s[sp - 1] = undefined;
            s[sp++] = ops.getAttr(owner, names[arg]);
            break;
          }
          case 26 /* BINARY_SUBSCR */: { // (container key -- container[key])
            const key = s[--sp]!;
            const container = s[sp - 1]!;
            if (
              container instanceof PyList && typeof key === "number" &&
              container.cls === ops.listType
            ) {
              const items = container.items;
              const i = key < 0 ? key + items.length : key;
              if (i >= 0 && i < items.length) {
                s[sp - 1] = items[i];
                break;
              }
            } else if (
              container instanceof PyTuple && typeof key === "number" &&
              container.cls === ops.tupleType
            ) {
              const items = container.items;
              const i = key < 0 ? key + items.length : key;
              if (i >= 0 && i < items.length) {
                s[sp - 1] = items[i];
                break;
              }
            }
            s[sp - 1] = ops.getItem(container, key);
            break;
          }
          case 27 /* STORE_SUBSCR */: // (value container key -- )
            ops.setItem(s[sp - 2]!, s[sp - 1]!, s[sp - 3]!);
            sp -= 3;
            break;
          case 29 /* BINARY_OP */: { // (lhs rhs -- result)
            const b = s[--sp]!;
            const a = s[sp - 1]!;
            if (typeof a === "number" && typeof b === "number") {
              const r = intBinaryOp(a, b, arg);
              if (r !== undefined) {
                s[sp - 1] = r;
                break;
              }
            }
            s[sp - 1] = ops.binaryOp(a, b, arg);
            break;
          }
          case 30 /* UNARY_NEGATIVE */: { // (value -- -value)
            const v = s[sp - 1]!;
            s[sp - 1] = typeof v === "number" && v !== 0 ? -v : ops.negative(v);
            break;
          }
          case 32 /* UNARY_NOT */: { // (value -- not value)
            const v = s[sp - 1]!;
            s[sp - 1] = typeof v === "boolean" ? !v : !ops.isTrue(v);
            break;
          }
          case 34 /* COMPARE_OP */: { // (lhs rhs -- result)
            const b = s[--sp]!;
            const a = s[sp - 1]!;
            if (typeof a === "number" && typeof b === "number") {
              s[sp - 1] = compareNumbers(a, b, arg);
            } else {
              s[sp - 1] = ops.compare(a, b, arg);
            }
            break;
          }
          case 35 /* IS_OP */: { // (lhs rhs -- bool)
            const b = s[--sp]!;
            const a = s[sp - 1]!;
            s[sp - 1] = ops.is(a, b) !== (arg === 1);
            break;
          }
          case 36 /* CONTAINS_OP */: { // (lhs rhs -- bool)
            const container = s[--sp]!;
            s[sp - 1] = ops.contains(container, s[sp - 1]!) !== (arg === 1);
            break;
          }

          // ---- Building values -------------------------------------------------------------
          case 37 /* BUILD_TUPLE */: { // (items[arg] -- tuple)
            sp -= arg;
            s[sp] = ops.makeTuple(s.slice(sp, sp + arg) as PyValue[]);
            sp++;
            break;
          }
          case 38 /* BUILD_LIST */: { // (items[arg] -- list)
            sp -= arg;
            s[sp] = new PyList(s.slice(sp, sp + arg) as PyValue[]);
            sp++;
            break;
          }
          case 44 /* LIST_APPEND */: { // (list x... v -- list x...)
            const v = s[--sp]!;
            (s[sp - arg] as PyList).items.push(v);
            break;
          }
          case 53 /* UNPACK_SEQUENCE */: { // (seq -- item_{arg-1} ... item_0)
            const seq = s[--sp]!;
            const items = ops.unpackSequence(seq, arg);
            for (let i = arg - 1; i >= 0; i--) s[sp++] = items[i];
            break;
          }
          case 55 /* JUMP */:
            // Every 1024th loop back-edge: CPython's eval-breaker point for a tripped signal
            // (signals.ts), and where the slice may end.
            if (arg < ip && (--budget & 1023) === 0) {
              if (sigs[0] !== 0) {
                frame.ip = ip;
                frame.sp = sp;
                checkSignals();
              }
              if (budget === 0) {
                frame.ip = arg;
                frame.sp = sp;
                return SLICE_EXPIRED;
              }
            }
            ip = arg;
            break;
          case 56 /* POP_JUMP_IF_FALSE */: { // (cond -- )
            const v = s[--sp]!;
            if (v === false || (v !== true && !ops.isTrue(v))) ip = arg;
            break;
          }
          case 57 /* POP_JUMP_IF_TRUE */: { // (cond -- )
            const v = s[--sp]!;
            if (v === true || (v !== false && ops.isTrue(v))) ip = arg;
            break;
          }
          case 58 /* POP_JUMP_IF_NONE */: // (value -- )
            if (s[--sp] === None) ip = arg;
            break;
          case 59 /* POP_JUMP_IF_NOT_NONE */:
            if (s[--sp] !== None) ip = arg;
            break;
          case 60 /* JUMP_IF_FALSE_OR_POP */: {
            const v = s[sp - 1]!;
            if (v === false || (v !== true && !ops.isTrue(v))) ip = arg;
            else sp--;
            break;
          }
          case 61 /* JUMP_IF_TRUE_OR_POP */: {
            const v = s[sp - 1]!;
            if (v === true || (v !== false && ops.isTrue(v))) ip = arg;
            else sp--;
            break;
          }
          case 62 /* GET_ITER */: { // (iterable -- iterator)
            const v = s[sp - 1]!;
            // A generator is its own iterator (the generator type is final).
            if (!(v instanceof PyGenerator && v.kind === GenKind.GENERATOR)) {
              s[sp - 1] = ops.getIter(v);
            }
            break;
          }
          case 63 /* FOR_ITER */: { // (iter -- iter next) or (iter -- ) and jump
            const it = s[sp - 1] as PyObject;
            if (
              it instanceof PyGenerator && it.kind === GenKind.GENERATOR &&
              it.state < GenState.RUNNING
            ) {
              // Resume the generator's frame inside this loop (see YIELD_VALUE/RETURN_VALUE).
              if (ts.depth >= ts.recursionLimit) throw ops.recursionError("");
              frame.ip = ip;
              frame.sp = sp;
              frame = linkGeneratorInline(ts, it, frame, None);
              code = frame.code;
              words = code.co_code;
              consts = code.co_consts;
              names = code.co_names;
              s = frame.slots;
              base = frame.base;
              sp = frame.sp;
              ip = frame.ip;
              break;
            }
            const next = it.cls.tp_iternext;
            const v = next !== null ? next(it) : ops.iterNext(it);
            if (v !== undefined) {
              s[sp++] = v;
            } else {
              sp--;
              ip = arg;
            }
            break;
          }

          // ---- Calls and functions ---------------------------------------------------------
          case 64 /* KW_NAMES */: // ( -- )
            kwnames = (consts[arg] as PyTuple).items as string[];
            break;
          case 65 /* CALL */: { // (NULL callable args -- result) | (method self args -- result)
            const kw = kwnames;
            kwnames = null;
            const calleeIdx = sp - arg - 2;
            let callable = s[calleeIdx];
            let nargs = arg;
            if (callable === undefined) {
              callable = s[calleeIdx + 1]!;
              if (callable instanceof PyMethod) {
                // Unpack the bound method in place: (func self args), as CPython does.
                s[calleeIdx] = callable.func;
                s[calleeIdx + 1] = callable.self;
                callable = callable.func;
                nargs++;
              }
            } else {
              nargs++;
            }
            if (callable instanceof PyFunction) {
              // Python-to-Python: push the callee and continue this loop.
              if (ts.depth >= ts.recursionLimit) throw ops.recursionError("");
              frame.ip = ip;
              frame.sp = calleeIdx;
              frame = pushFunctionFrame(ts, callable, s, sp - nargs, nargs, kw);
              code = frame.code;
              words = code.co_code;
              consts = code.co_consts;
              names = code.co_names;
              s = frame.slots;
              base = frame.base;
              sp = frame.sp;
              ip = 0;
              break;
            }
            if (callable instanceof PyType && s[calleeIdx] === undefined) {
              // Class(args): allocate, then __init__(new instance, args) inline; its
              // RETURN_VALUE pushes the instance (initSelf). Only for classes where that is all
              // type.__call__ would do (cached per instruction, see classCallCache).
              const c = classCallCache(callable, code, ip - 1);
              if (c !== undefined) {
                const init = c.value as PyFunction | undefined;
                if (c.newFn !== undefined) {
                  // An exception class: BaseException.__new__(cls, *args) does all the work.
                  if (kw === null) {
                    frame.ip = ip;
                    const exc = ops.call(c.newFn, s.slice(calleeIdx + 1, sp) as PyValue[], null);
                    for (let i = sp - 1; i > calleeIdx; i--) s[i] = undefined;
                    sp = calleeIdx;
                    s[sp++] = exc;
                    break;
                  }
                } else if (init === undefined) {
                  // object's __init__ too: nothing to run (with arguments, the general path
                  // raises "takes no arguments").
                  if (nargs === 0 && kw === null) {
                    s[calleeIdx] = c.allocate!(callable);
                    s[calleeIdx + 1] = undefined;
                    sp = calleeIdx + 1;
                    break;
                  }
                } else {
                  if (ts.depth >= ts.recursionLimit) throw ops.recursionError("");
                  const obj = c.allocate!(callable);
                  s[calleeIdx + 1] = obj;
                  frame.ip = ip;
                  frame.sp = calleeIdx;
                  frame = pushFunctionFrame(ts, init, s, calleeIdx + 1, nargs + 1, kw);
                  frame.initSelf = obj;
                  code = frame.code;
                  words = code.co_code;
                  consts = code.co_consts;
                  names = code.co_names;
                  s = frame.slots;
                  base = frame.base;
                  sp = frame.sp;
                  ip = 0;
                  break;
                }
              }
            }
            if (kw === null && nargs <= 2) {
              // gen.send(v), coro.send(v), next(gen): resume the frame inside this loop; its
              // yield becomes the call's result, its return a StopIteration raised here.
              const gen = generatorResumedByCall(callable, s, sp, nargs);
              if (gen !== null) {
                if (ts.depth >= ts.recursionLimit) throw ops.recursionError("");
                frame.ip = ip;
                frame.sp = calleeIdx;
                frame = linkGeneratorInline(ts, gen, frame, nargs === 2 ? s[sp - 1]! : None);
                code = frame.code;
                words = code.co_code;
                consts = code.co_consts;
                names = code.co_names;
                s = frame.slots;
                base = frame.base;
                sp = frame.sp;
                ip = frame.ip;
                break;
              }
              const thrownInto = nargs === 2 ? generatorThrownIntoByCall(callable, s, sp) : null;
              if (thrownInto !== null) {
                // gen.throw(exc): raise exc at the generator's yield, inside this loop (as
                // resumeGenerator's nested run would): a yield in response is the call's
                // result, an exception leaving the generator unwinds into this frame.
                const exc = exceptionToThrow(s[sp - 1]!, undefined, undefined);
                if (ts.depth >= ts.recursionLimit) throw ops.recursionError("");
                frame.ip = ip;
                frame.sp = calleeIdx;
                frame = linkGeneratorInline(ts, thrownInto, frame, None);
                code = frame.code;
                words = code.co_code;
                consts = code.co_consts;
                names = code.co_names;
                s = frame.slots;
                base = frame.base;
                sp = frame.sp;
                ip = frame.ip;
                thrownIn = exc;
                throw exc;
              }
            }
            const args = s.slice(sp - nargs, sp) as PyValue[];
            frame.ip = ip; // visible to sys._getframe() and f_lineno from the callee
            // A builtin method called on an instance of exactly its class needs no checks.
            const result = callable instanceof PyMethodDescriptor && nargs > 0 &&
                typeOf(args[0]) === callable.objclass
              ? callable.fn(args, kw)
              : ops.call(callable, args, kw);
            for (let i = sp - 1; i > calleeIdx; i--) s[i] = undefined;
            sp = calleeIdx;
            s[sp++] = result;
            break;
          }
          case 66 /* CALL_FUNCTION_EX */: { // (NULL callable args [kwargs] -- result)
            const kwargs = arg & 1 ? s[--sp]! : undefined;
            const argsObj = s[--sp]!;
            const callable = s[--sp]!;
            sp--; // the NULL
            const [args, kw] = ops.callArgsFromEx(callable, argsObj, kwargs);
            if (callable instanceof PyFunction) {
              if (ts.depth >= ts.recursionLimit) throw ops.recursionError("");
              frame.ip = ip;
              frame.sp = sp;
              frame = pushFunctionFrame(ts, callable, args, 0, args.length, kw);
              code = frame.code;
              words = code.co_code;
              consts = code.co_consts;
              names = code.co_names;
              s = frame.slots;
              base = frame.base;
              sp = frame.sp;
              ip = 0;
              break;
            }
            s[sp] = ops.call(callable, args, kw);
            s[sp + 1] = undefined;
            s[sp + 2] = undefined;
            sp++;
            break;
          }
          case 68 /* RETURN_VALUE */: { // (value -- )
            const value = s[--sp]!;
            if (frame.generator !== null) exitState.yielded = false;
            if (frame.isEntry) {
              frame.ip = ip;
              frame.sp = sp;
              leaveFrame(ts, frame);
              return value;
            }
            const done = frame;
            done.ip = ip;
            if (done.owner === FrameOwner.GENERATOR) {
              // An inline-resumed generator returned: FOR_ITER ends its loop, SEND its delegation.
              frame = unlinkGeneratorInline(ts, done, GenState.COMPLETED);
              code = frame.code;
              words = code.co_code;
              consts = code.co_consts;
              names = code.co_names;
              s = frame.slots;
              base = frame.base;
              sp = frame.sp;
              ip = frame.ip;
              const resumedBy = words[(ip - 1) << 1];
              if (resumedBy === 65 /* CALL */) throw ops.stopIteration(value); // send()/next()
              if (resumedBy === 63 /* FOR_ITER */) s[--sp] = undefined;
              else s[sp - 1] = value; // SEND
              ip = words[((ip - 1) << 1) + 1];
              break;
            }
            const initSelf = done.initSelf;
            frame = done.previous!;
            ts.popFrame(done);
            code = frame.code;
            words = code.co_code;
            consts = code.co_consts;
            names = code.co_names;
            s = frame.slots;
            base = frame.base;
            sp = frame.sp;
            ip = frame.ip;
            s[sp++] = initSelf === null ? value : initResult(initSelf, value);
            break;
          }
          case 69 /* RETURN_GENERATOR */: { // ( -- ): the generator takes this frame
            frame.ip = ip;
            frame.sp = sp;
            const gen = makeGeneratorForFrame(ts, frame);
            // The thread frame is gone (its locals moved into the generator's own frame).
            const done = frame;
            if (done.isEntry) {
              ts.popFrame(done);
              return gen;
            }
            frame = done.previous!;
            ts.popFrame(done);
            code = frame.code;
            words = code.co_code;
            consts = code.co_consts;
            names = code.co_names;
            s = frame.slots;
            base = frame.base;
            sp = frame.sp;
            ip = frame.ip;
            s[sp++] = gen;
            break;
          }
          case 70 /* YIELD_VALUE */: { // (value -- sent): suspend this generator frame
            const value = s[--sp]!;
            frame.ip = ip;
            frame.sp = sp;
            if (frame.isEntry) {
              exitState.yielded = true;
              leaveFrame(ts, frame);
              return value;
            }
            // Resumed inline by FOR_ITER/SEND: hand the value to the resumer's stack.
            frame = unlinkGeneratorInline(ts, frame, GenState.SUSPENDED);
            code = frame.code;
            words = code.co_code;
            consts = code.co_consts;
            names = code.co_names;
            s = frame.slots;
            base = frame.base;
            sp = frame.sp;
            ip = frame.ip;
            s[sp++] = value;
            break;
          }
          case 72 /* SEND */: { // (receiver value -- receiver result) or (receiver value -- value), jump
            const value = s[--sp]!;
            const receiver = s[sp - 1]!;
            if (
              receiver instanceof PyGenerator && receiver.kind !== GenKind.ASYNC_GENERATOR &&
              (receiver.state === GenState.SUSPENDED ||
                (receiver.state === GenState.CREATED && value === None))
            ) {
              if (ts.depth >= ts.recursionLimit) throw ops.recursionError("");
              frame.ip = ip;
              frame.sp = sp;
              frame = linkGeneratorInline(ts, receiver, frame, value);
              code = frame.code;
              words = code.co_code;
              consts = code.co_consts;
              names = code.co_names;
              s = frame.slots;
              base = frame.base;
              sp = frame.sp;
              ip = frame.ip;
              break;
            }
            const r: SubIterResult = resumeSubIterator(receiver, value);
            if (r.done) {
              s[sp - 1] = r.value;
              ip = arg;
            } else {
              s[sp++] = r.value;
            }
            break;
          }
          case 77 /* END_ASYNC_FOR */: { // (aiterator exc -- )
            const exc = s[--sp]!;
            if (ops.isStopAsyncIteration(exc)) {
              sp--;
              break;
            }
            reraise = true;
            throw exc;
          }
          case 79 /* RAISE_VARARGS */: { // (args[arg] -- )
            if (arg === 0) {
              const active = ts.handledException();
              if (active === undefined) throw ops.runtimeError("No active exception to reraise");
              reraise = true;
              throw active;
            }
            const cause = arg === 2 ? s[--sp] : undefined;
            const exc = ops.exceptionFromRaise(s[--sp]!);
            if (cause !== undefined) ops.setCause(exc, cause);
            escaping = undefined;
            throw exc;
          }
          case 80 /* RERAISE */: { // (exc -- )
            const exc = s[--sp]!;
            if (arg) {
              // The frame's f_lasti becomes the saved one if the exception leaves the frame;
              // the handler search still starts here (CPython's "RERAISE may have set it").
              const lasti = s[sp - arg];
              if (typeof lasti === "number") restoredLasti = lasti;
            }
            reraise = true;
            throw exc;
          }
          case 81 /* PUSH_EXC_INFO */: { // (exc -- prev_exc exc)
            const exc = s[sp - 1]!;
            const item = ts.excInfo;
            s[sp - 1] = item.value ?? None;
            s[sp++] = exc;
            item.value = exc;
            break;
          }
          case 82 /* POP_EXCEPT */: // (prev_exc -- )
            ts.excInfo.value = s[--sp];
            break;
          case 83 /* CHECK_EXC_MATCH */: { // (exc type -- exc bool)
            const type = s[sp - 1]!;
            s[sp - 1] = ops.exceptionMatches(s[sp - 2]!, type);
            break;
          }
          default:
            // The less frequent instructions live in execRareOp (keeps this function small
            // enough for V8 to optimize and re-optimize quickly).
            frame.ip = ip;
            sp = execRareOp(ts, frame, s, sp, op, arg);
            break;
        }
      }
    } catch (thrown) {
      // A run stopped by its host runs no handler: evalFrame unlinks the frames.
      if (thrown instanceof RunAborted) throw thrown;
      // Zero-cost exceptions: find the handler (here or in a caller) and continue there.
      frame = unwindToHandler(ts, frame, thrown, ip, sp, reraise, restoredLasti);
      reraise = false;
      restoredLasti = -1;
      kwnames = null;
      code = frame.code;
      words = code.co_code;
      consts = code.co_consts;
      names = code.co_names;
      s = frame.slots;
      base = frame.base;
      sp = frame.sp;
      ip = frame.ip;
    }
  }
}

/**
 * The unwinding of `thrown`, raised at instruction `ip - 1` of `frame` with stack pointer `sp`:
 * traceback entry for the frame (unless a re-raise), binary search of its exception table; on a
 * handler, pop the value stack to the entry's depth, push lasti if asked and the exception, and
 * return the frame with ip/sp at the handler. Without one, pop the frame and go on in its caller
 * (a generator frame resumed inline unlinks; StopIteration escaping it becomes RuntimeError).
 * Leaving the entry frame rethrows to the JS caller.
 */
function unwindToHandler(
  ts: ThreadState,
  frame: InterpreterFrame,
  thrown: unknown,
  ip: number,
  sp: number,
  reraise: boolean,
  restoredLasti: number,
): InterpreterFrame {
  // A JS stack overflow in a nested run may have left frames above ours linked.
  if (ts.frame !== frame) abandonFramesAbove(ts, frame);
  let exc: PyValue;
  if (thrown === thrownIn) {
    // _PyErr_ChainStackItem: only what the generator itself is handling becomes the context
    // (checked first: what is thrown in may have just escaped a delegate's nested run).
    thrownIn = undefined;
    if (thrown === escaping) escaping = undefined;
    exc = ops.toPyException(thrown);
    const own = ts.excInfo.value;
    if (own !== undefined && own !== None && exc instanceof PyBaseException) {
      // Re-set as by _PyErr_SetObject: the traceback restarts from the stored __traceback__.
      ops.chainContext(exc, own);
      exc.traceback = exc.storedTraceback;
    }
  } else if (thrown === escaping) {
    // Propagating out of a nested run: already chained and tracebacked there.
    exc = thrown as PyValue;
    escaping = undefined;
  } else {
    exc = ops.toPyException(thrown);
    if (!reraise) ops.chainContext(exc, ts.handledException());
  }
  for (;;) {
    if (!reraise) addTraceback(ts, exc, frame, ip - 1);
    reraise = false;
    const handler = findHandler(frame.code.co_exceptiontable, ip - 1);
    if (handler !== undefined) {
      const s = frame.slots;
      const newSp = frame.base + frame.code.nlocalsplus + handler.depth;
      for (let i = sp - 1; i >= newSp; i--) s[i] = undefined;
      sp = newSp;
      if (handler.lasti) s[sp++] = ip - 1;
      s[sp++] = exc;
      if (exc instanceof PyBaseException) exc.storedTraceback = exc.traceback;
      frame.ip = handler.target;
      frame.sp = sp;
      return frame;
    }
    // No handler here: this frame is done; continue in its caller.
    if (restoredLasti >= 0) ip = restoredLasti + 1;
    restoredLasti = -1;
    frame.ip = ip;
    frame.sp = sp;
    if (frame.isEntry) {
      if (frame.generator !== null) exitState.yielded = false;
      leaveFrame(ts, frame);
      escaping = exc;
      throw exc;
    }
    const done = frame;
    if (done.owner === FrameOwner.GENERATOR) {
      const gen = done.generator as PyGenerator;
      frame = unlinkGeneratorInline(ts, done, GenState.COMPLETED);
      exc = convertEscapingStop(gen, exc) as PyValue;
    } else {
      frame = done.previous!;
      ts.popFrame(done);
    }
    sp = frame.sp;
    ip = frame.ip;
  }
}

/**
 * The less frequent instructions (building sets/dicts/strings, imports, with/async setup,
 * pattern matching...): same stack effects as in runSlice, with `sp` passed in and returned.
 */
function execRareOp(
  _ts: ThreadState,
  frame: InterpreterFrame,
  s: (PyValue | undefined)[],
  sp: number,
  op: number,
  arg: number,
): number {
  const code = frame.code;
  const names = code.co_names;
  const base = frame.base;
  switch (op) {
    case 8 /* DELETE_FAST */:
      if (s[base + arg] === undefined) throw unboundLocal(code, arg);
      s[base + arg] = undefined;
      break;
    case 11 /* DELETE_NAME */: {
      const name = names[arg];
      if (!ops.mappingDelete(frame.locals ?? noLocals(name, "deleting"), name)) {
        throw ops.nameError(name);
      }
      break;
    }
    case 13 /* STORE_GLOBAL */: // (value -- )
      frame.globals.setStr(names[arg], s[--sp]!);
      break;
    case 14 /* DELETE_GLOBAL */:
      if (!frame.globals.deleteStr(names[arg])) throw ops.nameError(names[arg]);
      break;
    case 17 /* DELETE_DEREF */: {
      const cell = s[base + arg] as PyCell;
      if (cell.contents === undefined) throw unboundDeref(code, arg);
      cell.contents = undefined;
      break;
    }
    case 19 /* LOAD_CLASSDEREF */: { // ( -- value)
      const name = code.co_localsplusnames[arg];
      let v = ops.mappingLoad(frame.locals!, name);
      if (v === undefined) {
        v = (s[base + arg] as PyCell).contents;
        if (v === undefined) throw unboundDeref(code, arg);
      }
      s[sp++] = v;
      break;
    }
    case 24 /* DELETE_ATTR */: // (owner -- )
      ops.delAttr(s[--sp]!, names[arg]);
      break;
    case 28 /* DELETE_SUBSCR */: // (container key -- )
      ops.delItem(s[sp - 2]!, s[sp - 1]!);
      sp -= 2;
      break;

    // ---- Operators -------------------------------------------------------------------
    case 31 /* UNARY_POSITIVE */:
      s[sp - 1] = ops.positive(s[sp - 1]!);
      break;
    case 33 /* UNARY_INVERT */:
      s[sp - 1] = ops.invert(s[sp - 1]!);
      break;
    case 39 /* BUILD_SET */: { // (items[arg] -- set)
      sp -= arg;
      s[sp] = ops.makeSet(s.slice(sp, sp + arg) as PyValue[]);
      sp++;
      break;
    }
    case 40 /* BUILD_MAP */: { // (k1 v1 ... -- dict)
      const d = ops.newDict();
      sp -= 2 * arg;
      for (let i = 0; i < arg; i++) ops.dictSet(d, s[sp + 2 * i]!, s[sp + 2 * i + 1]!);
      s[sp++] = d;
      break;
    }
    case 41 /* BUILD_CONST_KEY_MAP */: { // (values[arg] keys_tuple -- dict)
      const keys = (s[--sp] as PyTuple).items;
      const d = ops.newDict();
      sp -= arg;
      for (let i = 0; i < arg; i++) ops.dictSet(d, keys[i], s[sp + i]!);
      s[sp++] = d;
      break;
    }
    case 42 /* BUILD_STRING */: { // (strs[arg] -- str)
      let str = "";
      sp -= arg;
      for (let i = 0; i < arg; i++) str += s[sp + i] as string;
      s[sp++] = str;
      break;
    }
    case 43 /* BUILD_SLICE */: { // (start stop [step] -- slice)
      if (arg === 3) {
        sp -= 2;
        s[sp - 1] = ops.makeSlice(s[sp - 1]!, s[sp]!, s[sp + 1]!);
      } else {
        sp -= 1;
        s[sp - 1] = ops.makeSlice(s[sp - 1]!, s[sp]!, None);
      }
      break;
    }
    case 45 /* SET_ADD */: {
      const v = s[--sp]!;
      ops.setAdd(s[sp - arg]!, v);
      break;
    }
    case 46 /* MAP_ADD */: { // (dict ... key value -- dict ...)
      const v = s[--sp]!;
      const k = s[--sp]!;
      ops.dictSet(s[sp - arg] as PyDict, k, v);
      break;
    }
    case 47 /* LIST_EXTEND */: { // (list ... iterable -- list ...)
      const it = s[--sp]!;
      ops.listExtend(s[sp - arg] as PyList, it);
      break;
    }
    case 48 /* SET_UPDATE */: {
      const it = s[--sp]!;
      ops.setUpdate(s[sp - arg]!, it);
      break;
    }
    case 49 /* DICT_UPDATE */: { // (dict ... mapping -- dict ...)
      const m = s[--sp]!;
      ops.dictUpdate(s[sp - arg] as PyDict, m);
      break;
    }
    case 50 /* DICT_MERGE */: { // (callable ... dict ... mapping -- ...)
      const m = s[--sp]!;
      ops.dictMerge(s[sp - arg] as PyDict, m, s[sp - 2 - arg]);
      break;
    }
    case 51 /* LIST_TO_TUPLE */: // (list -- tuple)
      s[sp - 1] = ops.makeTuple((s[sp - 1] as PyList).items);
      break;
    case 52 /* FORMAT_VALUE */: { // (value [spec] -- str)
      const spec = arg & 4 ? (s[--sp] as string) : "";
      let v = s[sp - 1]!;
      switch (arg & 3) {
        case 1:
          v = ops.str(v);
          break;
        case 2:
          v = ops.repr(v);
          break;
        case 3:
          v = ops.ascii(v);
          break;
      }
      s[sp - 1] = typeof v === "string" && spec === "" ? v : ops.format(v, spec);
      break;
    }

    // ---- Unpacking -------------------------------------------------------------------
    case 54 /* UNPACK_EX */: { // (seq -- after... list before...)
      const before = arg & 0xff, after = arg >> 8;
      const items = ops.unpackEx(s[--sp]!, before, after);
      // items = [before..., list, after...]; push so items[0] ends on top.
      for (let i = items.length - 1; i >= 0; i--) s[sp++] = items[i];
      break;
    }

    // ---- Control flow ----------------------------------------------------------------
    case 67 /* MAKE_FUNCTION */: { // ([defaults] [kwdefaults] [annotations] [closure] code -- function)
      const fcode = s[--sp] as PyCode;
      const func = new PyFunction(
        fcode,
        frame.globals,
        frame.builtins,
        fcode.co_name,
        fcode.co_qualname,
        fcode.co_consts.length > 0 && typeof fcode.co_consts[0] === "string"
          ? fcode.co_consts[0]
          : None,
        frame.globals.getStr("__name__") ?? None,
      );
      if (arg & 0x08) func.closure = (s[--sp] as PyTuple).items as PyCell[];
      if (arg & 0x04) func.annotations = ops.annotationsDict(s[--sp]!);
      if (arg & 0x02) func.kwdefaults = s[--sp] as PyDict;
      if (arg & 0x01) func.defaults = (s[--sp] as PyTuple).items;
      s[sp++] = func;
      break;
    }
    case 73 /* GET_YIELD_FROM_ITER */: // (iterable -- iterator)
      s[sp - 1] = yieldFromIter(s[sp - 1]!, code);
      break;
    case 74 /* GET_AWAITABLE */: // (iterable -- awaitable iterator)
      s[sp - 1] = awaitableOf(s[sp - 1]!, arg);
      break;
    case 75 /* GET_AITER */: // (aiterable -- aiterator)
      s[sp - 1] = ops.getAIter(s[sp - 1]!);
      break;
    case 76 /* GET_ANEXT */: { // (aiterator -- aiterator awaitable)
      s[sp] = ops.getANext(s[sp - 1]!);
      sp++;
      break;
    }
    case 78 /* ASYNC_GEN_WRAP */: // (value -- wrapped)
      s[sp - 1] = wrapAsyncGenValue(s[sp - 1]!);
      break;

    // ---- Exceptions ------------------------------------------------------------------
    case 84 /* CHECK_EG_MATCH */: { // (exc_group type -- rest match)
      const [rest, match] = ops.exceptionGroupMatch(s[sp - 2]!, s[sp - 1]!);
      s[sp - 2] = rest;
      s[sp - 1] = match;
      break;
    }
    case 85 /* PREP_RERAISE_STAR */: { // (orig list -- exc)
      const list = s[--sp] as PyList;
      s[sp - 1] = ops.prepReraiseStar(s[sp - 1]!, list);
      break;
    }
    case 86 /* WITH_EXCEPT_START */: { // (exit lasti prev_exc exc -- ... result)
      const exc = s[sp - 1]!;
      const exit = s[sp - 4]!;
      s[sp] = ops.call(exit, [typeOf(exc), exc, ops.getTraceback(exc)], null);
      sp++;
      break;
    }
    case 87 /* BEFORE_WITH */: { // (mgr -- exit enter_result)
      const mgr = s[sp - 1]!;
      const [enter, exit] = ops.contextManagerMethods(mgr, false);
      s[sp - 1] = exit;
      s[sp++] = ops.call(enter, [], null);
      break;
    }
    case 88 /* BEFORE_ASYNC_WITH */: { // (mgr -- aexit awaitable)
      const mgr = s[sp - 1]!;
      const [enter, exit] = ops.contextManagerMethods(mgr, true);
      s[sp - 1] = exit;
      s[sp++] = awaitableOf(ops.call(enter, [], null), 1);
      break;
    }
    case 89 /* LOAD_ASSERTION_ERROR */: // ( -- AssertionError)
      s[sp++] = ops.assertionErrorType();
      break;

    // ---- Modules, classes, misc ------------------------------------------------------
    case 90 /* IMPORT_NAME */: { // (level fromlist -- module)
      const fromlist = s[--sp]!;
      const level = s[sp - 1] as number;
      s[sp - 1] = importName(names[arg], frame.globals, frame.locals, fromlist, level);
      break;
    }
    case 91 /* IMPORT_FROM */: // (module -- module attr)
      s[sp] = importFrom(s[sp - 1]!, names[arg]);
      sp++;
      break;
    case 92 /* IMPORT_STAR */: // (module -- )
      importStar(s[--sp]!, frame.locals ?? frame.globals);
      break;
    case 93 /* LOAD_BUILD_CLASS */: { // ( -- __build_class__)
      const bc = frame.builtins.getStr("__build_class__");
      if (bc === undefined) throw ops.nameError("__build_class__ not found", true);
      s[sp++] = bc;
      break;
    }
    case 94 /* SETUP_ANNOTATIONS */: {
      const locals = frame.locals!;
      if (ops.mappingLoad(locals, "__annotations__") === undefined) {
        ops.mappingStore(locals, "__annotations__", ops.newDict());
      }
      break;
    }
    case 95 /* PRINT_EXPR */: // (value -- )
      ops.printExpr(s[--sp]!);
      break;
    case 96 /* MATCH_CLASS */: { // (subject type names -- attrs_or_None)
      const kwNames = s[--sp] as PyTuple;
      const type = s[--sp]!;
      s[sp - 1] = ops.matchClass(s[sp - 1]!, type, arg, kwNames);
      break;
    }
    case 97 /* MATCH_MAPPING */: // (subject -- subject bool)
      s[sp] = ops.matchMapping(s[sp - 1]!);
      sp++;
      break;
    case 98 /* MATCH_SEQUENCE */:
      s[sp] = ops.matchSequence(s[sp - 1]!);
      sp++;
      break;
    case 99 /* MATCH_KEYS */: // (subject keys -- subject keys values_or_None)
      s[sp] = ops.matchKeys(s[sp - 2]!, s[sp - 1] as PyTuple);
      sp++;
      break;
    case 100 /* GET_LEN */: // (obj -- obj len)
      s[sp] = ops.len(s[sp - 1]!);
      sp++;
      break;
    default:
      throw ops.systemError(`unknown opcode ${op}`);
  }
  return sp;
}

// ---- Fast paths ----------------------------------------------------------------------------

/** int op int on safe integers; undefined when the slow path must decide (overflow, errors). */
function intBinaryOp(a: number, b: number, op: number): number | undefined {
  switch (op) {
    case 0 /* ADD */:
    case 13 /* INPLACE_ADD */: {
      const r = a + b;
      return r <= MAX_SAFE && r >= -MAX_SAFE ? r : undefined;
    }
    case 10 /* SUBTRACT */:
    case 23 /* INPLACE_SUBTRACT */: {
      const r = a - b;
      return r <= MAX_SAFE && r >= -MAX_SAFE ? r : undefined;
    }
    case 5 /* MULTIPLY */:
    case 18 /* INPLACE_MULTIPLY */: {
      const r = a * b;
      if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r;
      return undefined;
    }
    case 6 /* REMAINDER */:
    case 19 /* INPLACE_REMAINDER */: {
      if (b === 0) return undefined;
      let r = a % b;
      if (r !== 0 && (r < 0) !== (b < 0)) r += b;
      return r === 0 ? 0 : r;
    }
    case 2 /* FLOOR_DIVIDE */:
    case 15 /* INPLACE_FLOOR_DIVIDE */: {
      if (b === 0) return undefined;
      const r = a % b;
      let q = (a - r) / b;
      if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
      return q === 0 ? 0 : q;
    }
    case 1 /* AND */:
    case 14 /* INPLACE_AND */:
      if (a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) return a & b;
      return undefined;
    case 7 /* OR */:
    case 20 /* INPLACE_OR */:
      if (a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) return a | b;
      return undefined;
    case 12 /* XOR */:
    case 25 /* INPLACE_XOR */:
      if (a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) return a ^ b;
      return undefined;
  }
  return undefined;
}

function compareNumbers(a: number, b: number, op: number): boolean {
  switch (op) {
    case 0 /* LT */:
      return a < b;
    case 1 /* LE */:
      return a <= b;
    case 2 /* EQ */:
      return a === b;
    case 3 /* NE */:
      return a !== b;
    case 4 /* GT */:
      return a > b;
    default:
      return a >= b;
  }
}

// ---- Inline caches (src/runtime/inline_cache.ts) -------------------------------------------

/** LOAD_GLOBAL miss: look the name up and remember its entry and both dicts' key versions. */
function loadGlobalMiss(frame: InterpreterFrame, i: number, name: string): PyValue {
  const globals = frame.globals, builtins = frame.builtins;
  let entry = globals.map.get(name);
  if (entry === undefined) {
    entry = builtins.map.get(name);
    if (entry === undefined) throw ops.nameError(name);
  }
  const c = cacheFor(frame.code, i);
  c.version = globals.keysVersion;
  c.version2 = builtins.keysVersion;
  c.entry = entry;
  return entry.value;
}

const NOT_INLINED_INIT = CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR;

/**
 * CALL on a class: the cache entry saying how to instantiate it inline, or undefined (general
 * path). A class qualifies when calling it amounts to "allocate, run __init__": metaclass
 * exactly `type`, object's __new__, and as __init__ either object's (entry value undefined:
 * nothing to run) or a plain Python function that is not a generator/coroutine (the value).
 * Exception classes keeping BaseException's __new__ and __init__ qualify too (`newFn`: the
 * __new__ to call; type.__call__ skips that __init__ when there are no keywords). The entry
 * keeps the class, `typeVersion` and the allocator (both null/undefined: does not qualify,
 * so other classes cost one check per call).
 */
function classCallCache(type: PyType, code: PyCode, i: number): InlineCache | undefined {
  const c = code.inlineCache?.[i] as InlineCache | undefined;
  if (c !== undefined && c.type === type && c.version === typeVersion.value) {
    return (c.allocate !== null || c.newFn !== undefined) && type.cls === typeType ? c : undefined;
  }
  let qualifies = false;
  let init: PyValue | undefined = undefined;
  let newFn: PyValue | undefined = undefined;
  const baseExc = PyExc_BaseException.dict;
  if (type.cls !== typeType) {
    // a metaclass may change everything
  } else if (
    ops.lookupSpecial(type, "__new__") === baseExc.getStr("__new__") &&
    ops.lookupSpecial(type, "__init__") === baseExc.getStr("__init__")
  ) {
    newFn = baseExc.getStr("__new__");
  } else if (ops.lookupSpecial(type, "__new__") === objectSlot("__new__")) {
    init = ops.lookupSpecial(type, "__init__");
    if (init === objectSlot("__init__")) {
      init = undefined;
      qualifies = true;
    } else {
      qualifies = init instanceof PyFunction && (init.code.co_flags & NOT_INLINED_INIT) === 0;
    }
  }
  const fill = cacheFor(code, i);
  fill.type = type;
  fill.version = typeVersion.value;
  fill.value = qualifies ? init : undefined;
  fill.allocate = qualifies ? allocatorOf(type) : null;
  fill.newFn = newFn;
  return qualifies || newFn !== undefined ? fill : undefined;
}

/** object.__new__ / object.__init__. */
function objectSlot(name: "__new__" | "__init__"): PyValue | undefined {
  return objectType.dict.getStr(name);
}

/** The value of `Class(...)` once its inlined __init__ returned `r` (type.__call__'s check). */
function initResult(obj: PyObject, r: PyValue): PyValue {
  if (r !== None) {
    throw ops.typeError(`__init__() should return None, not '${typeOf(r).name}'`);
  }
  return obj;
}

/** Whether the instance dict alone decides `name` on instances of `t` (LOAD_ATTR/STORE_ATTR). */
function dictDecides(t: PyType, name: string): boolean {
  return ops.isPlainClass(t) && ops.noDataDescriptor(t, name);
}

/**
 * LOAD_ATTR on an instance whose class leaves `name` to the instance dict (cached per type):
 * the value there, or undefined (then the general path decides).
 */
function loadAttrCached(owner: PyObject, code: PyCode, i: number, name: string) {
  const d = owner.dict;
  if (d === null) return undefined; // frames, code objects, ...: nothing to look at here
  const c = code.inlineCache?.[i] as InlineCache | undefined;
  const t = owner.cls;
  if (c === undefined || c.type !== t || c.version !== typeVersion.value) {
    if (!dictDecides(t, name)) return undefined;
    const fill = cacheFor(code, i);
    fill.type = t;
    fill.version = typeVersion.value;
  }
  return d.map.get(name)?.value;
}

/** STORE_ATTR into the instance dict (cached per type); false means take the general path. */
function storeAttrCached(
  owner: PyValue,
  code: PyCode,
  i: number,
  name: string,
  value: PyValue,
): boolean {
  if (!(owner instanceof PyObject)) return false;
  const c = code.inlineCache?.[i] as InlineCache | undefined;
  const t = owner.cls;
  if (c === undefined || c.type !== t || c.version !== typeVersion.value) {
    if (!t.instancesHaveDict || !dictDecides(t, name)) return false;
    const fill = cacheFor(code, i);
    fill.type = t;
    fill.version = typeVersion.value;
  }
  (owner.dict ?? (owner.dict = new PyDict())).setStr(name, value);
  return true;
}

/**
 * LOAD_METHOD: the method descriptor `owner.name` would bind (cached per type), or undefined
 * (a module's attribute, an instance attribute, anything else: the general path).
 */
function methodCached(owner: PyValue, code: PyCode, i: number, name: string) {
  const c = code.inlineCache?.[i] as InlineCache | undefined;
  const t = typeOf(owner);
  if (c === undefined || c.type !== t || c.version !== typeVersion.value) {
    if (owner instanceof PyModule) return undefined;
    const meth = ops.methodToCall(owner, name);
    if (meth === undefined) return undefined;
    const fill = cacheFor(code, i);
    fill.type = t;
    fill.version = typeVersion.value;
    fill.value = meth;
    fill.checkDict = t.instancesHaveDict;
    return meth;
  }
  if (c.checkDict) {
    const d = (owner as PyObject).dict;
    if (d !== null && d.map.has(name)) return undefined;
  }
  return c.value;
}

/** The callables whose calls on a generator resume it inline (set by generator_methods.ts). */
export const inlineResumers = {
  generatorSend: undefined as PyValue | undefined,
  coroutineSend: undefined as PyValue | undefined,
  next: undefined as PyValue | undefined,
  generatorThrow: undefined as PyValue | undefined,
  coroutineThrow: undefined as PyValue | undefined,
};

/**
 * CALL fast path for `gen.throw(exc)` / `coro.throw(exc)` (method form: descriptor, gen, exc)
 * on a suspended generator of the descriptor's kind that is not delegating (`yield from` /
 * `await` go through throwIntoGenerator): the generator, else null.
 */
function generatorThrownIntoByCall(
  callable: PyValue,
  s: (PyValue | undefined)[],
  sp: number,
): PyGenerator | null {
  let kind: GenKind;
  if (callable === inlineResumers.generatorThrow) kind = GenKind.GENERATOR;
  else if (callable === inlineResumers.coroutineThrow) kind = GenKind.COROUTINE;
  else return null;
  const gen = s[sp - 2];
  if (!(gen instanceof PyGenerator) || gen.kind !== kind || gen.state !== GenState.SUSPENDED) {
    return null;
  }
  return yieldingFrom(gen) === undefined ? gen : null;
}

/**
 * CALL fast path for `gen.send(v)` (method form: descriptor, gen, v), `coro.send(v)` and
 * `next(gen)`: the generator to resume, or null when the general call path must run (wrong
 * callable, generator running or finished, non-None value into a just-started one).
 */
function generatorResumedByCall(
  callable: PyValue,
  s: (PyValue | undefined)[],
  sp: number,
  nargs: number,
): PyGenerator | null {
  let gen: PyValue | undefined;
  if (nargs === 2) {
    if (callable !== inlineResumers.generatorSend && callable !== inlineResumers.coroutineSend) {
      return null;
    }
    gen = s[sp - 2];
    if (!(gen instanceof PyGenerator)) return null;
    if (gen.state === GenState.SUSPENDED) return gen;
    return gen.state === GenState.CREATED && s[sp - 1] === None ? gen : null;
  }
  if (nargs !== 1 || callable !== inlineResumers.next) return null;
  gen = s[sp - 1];
  if (!(gen instanceof PyGenerator) || gen.kind !== GenKind.GENERATOR) return null;
  return gen.state < GenState.RUNNING ? gen : null;
}

// ---- Names and unbound variables -----------------------------------------------------------

function loadName(frame: InterpreterFrame, name: string): PyValue {
  if (frame.locals !== null) {
    const v = ops.mappingLoad(frame.locals, name);
    if (v !== undefined) return v;
  }
  let v = frame.globals.getStr(name);
  if (v !== undefined) return v;
  v = frame.builtins.getStr(name);
  if (v !== undefined) return v;
  throw ops.nameError(name);
}

function noLocals(name: string, what: string): never {
  throw ops.systemError(`no locals found when ${what} '${name}'`);
}

function unboundLocal(code: PyCode, i: number): PyValue {
  return ops.unboundLocalError(
    `cannot access local variable '${
      code.co_localsplusnames[i]
    }' where it is not associated with a value`,
  );
}

function unboundDeref(code: PyCode, i: number): PyValue {
  const name = code.co_localsplusnames[i];
  if (code.co_localspluskinds[i] & LocalKind.FREE) {
    return ops.nameError(
      `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
      true,
    );
  }
  return unboundLocal(code, i);
}
