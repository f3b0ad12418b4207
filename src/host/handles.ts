// Handles: how TypeScript holds Python objects. Every Python operation a handle performs goes
// through the abstract object protocol (getattr, call, send, throw, ...), so a handle behaves
// exactly as the same operation written in Python would; Python exceptions come out as
// PythonError.
import { None, type PyValue, typeOf } from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import { PyList } from "../objects/list.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyDict } from "../objects/object.ts";
import {
  type PyBaseException,
  pyError,
  PyExc_LimitExceeded,
  PyExc_RuntimeError,
} from "../objects/exceptions.ts";
import { RunAborted, RunLimits } from "../runtime/limits.ts";
import { ExcStackItem } from "../runtime/thread_state.ts";
import { PyGenerator } from "../objects/generator.ts";
import { CoilUsageError, isPythonException, PythonError, toHostError } from "./errors.ts";
import { conversions, jsErrorToPython, PyJSPromise } from "./js_values.ts";
import { handleTarget } from "./convert.ts";
import { flushOutput } from "./output.ts";
import {
  activate,
  currentInterpreter,
  type InterpreterState,
} from "../runtime/interpreter_state.ts";

/** The LimitExceeded the host gets for a run past its `reason` limit. */
function limitError(reason: string, stopped: boolean): PyBaseException {
  return pyError(
    PyExc_LimitExceeded,
    `the run went past its ${reason} limit${stopped ? " and was stopped" : ""}`,
  );
}

const toPython = (v: unknown): PyValue => conversions.toPython(v);
const toJS = (v: PyValue): unknown => conversions.toJS(v);

/**
 * Runs a Python operation for the host inside interpreter `owner` (the current one when null):
 * Python exceptions become PythonError.
 */
export function guard<T>(operation: () => T, owner: InterpreterState | null = null): T {
  const previous = owner === null ? null : activate(owner);
  // The outermost call into a limited interpreter starts a run with its limits (limits.ts).
  const ts = owner?.thread;
  const run = owner !== null && owner.limits !== null && ts!.limits === null
    ? (ts!.limits = new RunLimits(owner.limits))
    : null;
  try {
    const result = operation();
    // Python caught LimitExceeded and finished: the host is still told.
    if (run?.exceeded != null) throw limitError(run.exceeded, false);
    return result;
  } catch (e) {
    if (e instanceof RunAborted) {
      if (run === null) throw e; // a nested call: the outermost one reports it
      // Handlers were skipped: what they would have popped goes now.
      ts!.excInfo = new ExcStackItem();
      throw toHostError(limitError(e.reason, true));
    }
    throw toHostError(e);
  } finally {
    if (run !== null) {
      run.end();
      ts!.limits = null;
    }
    flushOutput();
    // The interpreter that was current before is current again, even none: the free
    // functions then use the default interpreter, never the last one a handle entered.
    if (owner !== null && previous !== owner) activate(previous);
  }
}

/** The interpreter each handle's object lives in: every operation on it runs there. */
const handleOwner = new WeakMap<PyRef, InterpreterState | null>();
const ownerOf = (ref: PyRef): InterpreterState | null => handleOwner.get(ref) ?? null;
const targetOf = (ref: PyRef): PyValue => handleTarget.get(ref)!;

/** A Python object held by TypeScript. */
export class PyRef {
  /** @internal use the handle's methods; the object is reachable for the conversion layer. */
  constructor(object: PyValue) {
    handleTarget.set(this, object);
    handleOwner.set(this, currentInterpreter);
  }

  /** The Python type's name, e.g. "list" or "Point". */
  get typeName(): string {
    return typeOf(targetOf(this)).name;
  }

  /** `obj.name`, converted to JavaScript. */
  get(name: string): unknown {
    checkName("get", name);
    return guard(() => toJS(abs.getAttr(targetOf(this), name)), ownerOf(this));
  }

  /** `obj.name = value`. */
  set(name: string, value: unknown): void {
    checkName("set", name);
    guard(() => abs.setAttr(targetOf(this), name, toPython(value)), ownerOf(this));
  }

  /** `obj[key]`, converted to JavaScript. */
  getItem(key: unknown): unknown {
    return guard(() => toJS(abs.getItem(targetOf(this), toPython(key))), ownerOf(this));
  }

  /** `obj(*args)`; pass `kwargs({...})` as the last argument for keyword arguments. */
  call(...args: unknown[]): unknown {
    return guard(() => toJS(callWithHostArgs(targetOf(this), args)), ownerOf(this));
  }

  /** `obj.name(*args)`. */
  callMethod(name: string, ...args: unknown[]): unknown {
    checkName("callMethod", name);
    return guard(
      () => toJS(callWithHostArgs(abs.getAttr(targetOf(this), name), args)),
      ownerOf(this),
    );
  }

  /** `repr(obj)`. */
  repr(): string {
    return guard(() => abs.repr(targetOf(this)), ownerOf(this));
  }

  /** `str(obj)`. */
  toString(): string {
    return guard(() => abs.str(targetOf(this)), ownerOf(this));
  }

  /**
   * A JavaScript copy: list and tuple -> Array, dict -> Map (or a plain object when every key
   * is a str), set/frozenset -> Set, nested containers copied too; other objects stay handles.
   */
  toJS(): unknown {
    return guard(() => deepCopyToJS(targetOf(this)), ownerOf(this));
  }
}

function checkName(method: string, name: unknown): void {
  if (typeof name !== "string") {
    throw new CoilUsageError(`PyRef.${method}(name) takes the attribute name as a string`);
  }
}

/** Keyword arguments for `call`/`callMethod`: `ref.call(1, kwargs({ sep: "-" }))`. */
export class Kwargs {
  /** The keyword arguments by name (made by `kwargs`). */
  constructor(readonly values: Readonly<Record<string, unknown>>) {}
}

/** Marks the last argument of `call`/`callMethod` as keyword arguments. */
export function kwargs(values: Readonly<Record<string, unknown>>): Kwargs {
  if (typeof values !== "object" || values === null || Array.isArray(values)) {
    throw new CoilUsageError("kwargs(values) takes a plain object of keyword arguments");
  }
  return new Kwargs(values);
}

function callWithHostArgs(callable: PyValue, args: unknown[]): PyValue {
  const last = args[args.length - 1];
  if (last instanceof Kwargs) {
    const names = Object.keys(last.values);
    const pyArgs = args.slice(0, -1).map(toPython);
    for (const n of names) pyArgs.push(toPython(last.values[n]));
    return abs.call(callable, pyArgs, names);
  }
  return abs.call(callable, args.map(toPython), null);
}

function deepCopyToJS(v: PyValue): unknown {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(deepCopyToJS);
  if (v instanceof PyDict) {
    const entries = [...v.map.values()];
    if (entries.every((e) => typeof e.key === "string")) {
      const out: Record<string, unknown> = {};
      for (const e of entries) out[e.key as string] = deepCopyToJS(e.value);
      return out;
    }
    return new Map(entries.map((e) => [deepCopyToJS(e.key), deepCopyToJS(e.value)]));
  }
  const t = typeOf(v).name;
  if (t === "set" || t === "frozenset") return new Set(abs.iterateToArray(v).map(deepCopyToJS));
  return toJS(v);
}

// ---- Generators ----------------------------------------------------------------------------

/** One step of a generator or coroutine, as a JavaScript IteratorResult. */
/** One step of a generator or coroutine driven by the host: a yielded or the returned value. */
export type GeneratorStep = IteratorResult<unknown, unknown>;

/** Sends into (or throws into) anything with Python's send/throw protocol. */
function stepPython(target: PyValue, value: PyValue, exc?: PyBaseException): PyValue {
  return exc === undefined
    ? abs.call(abs.getAttr(target, "send"), [value], null)
    : abs.call(abs.getAttr(target, "throw"), [exc], null);
}

function stepForHost(
  owner: InterpreterState | null,
  target: PyValue,
  value: PyValue,
  exc?: PyBaseException,
): GeneratorStep {
  const previous = owner === null ? null : activate(owner);
  try {
    return { done: false, value: toJS(stepPython(target, value, exc)) };
  } catch (e) {
    if (isPythonException(e, "StopIteration")) {
      return { done: true, value: toJS(abs.getAttr(e, "value")) };
    }
    throw toHostError(e);
  } finally {
    flushOutput();
    // The interpreter that was current before is current again, even none: the free
    // functions then use the default interpreter, never the last one a handle entered.
    if (owner !== null && previous !== owner) activate(previous);
  }
}

/** A Python generator as a JavaScript iterator: `for (const v of gen)`, `next(v)` sends v. */
export class GeneratorRef extends PyRef implements IterableIterator<unknown> {
  /** Resumes the generator with `value` (None when omitted): gen.send(value). */
  next(value?: unknown): GeneratorStep {
    return stepForHost(ownerOf(this), targetOf(this), toPython(value));
  }

  /** Same as next(value), named as Python names it. */
  send(value?: unknown): GeneratorStep {
    return this.next(value);
  }

  /** gen.throw(error): a PythonError's exception goes in as itself, anything else as JSError. */
  throw(error?: unknown): GeneratorStep {
    return stepForHost(ownerOf(this), targetOf(this), None, jsErrorToPython(error));
  }

  /** Called by `break` in a for-of loop: closes the generator (gen.close()). */
  return(value?: unknown): GeneratorStep {
    this.close();
    return { done: true, value };
  }

  /** gen.close(): raises GeneratorExit inside it, so its finally blocks run. */
  close(): void {
    guard(() => abs.call(abs.getAttr(targetOf(this), "close"), [], null), ownerOf(this));
  }

  /** The generator itself: `for (const v of gen)`. */
  [Symbol.iterator](): this {
    return this;
  }
}

// ---- Coroutines ----------------------------------------------------------------------------

/**
 * Drives an awaitable's send/throw protocol to completion: each `js_promise` it yields is
 * awaited and its result sent back in (a rejection is thrown in as JSError); a bare yield of
 * None gives the event loop one turn. Anything else yielded is thrown back in as
 * RuntimeError, as asyncio does ("Task got bad yield").
 */
export async function driveAwaitable(
  target: PyValue,
  owner: InterpreterState | null = currentInterpreter,
): Promise<PyValue> {
  let value: PyValue = None;
  let exc: PyBaseException | undefined = undefined;
  for (;;) {
    let yielded: PyValue;
    // Other interpreters may have run while this one awaited: each step enters its own.
    const previous = owner === null ? null : activate(owner);
    try {
      yielded = stepPython(target, value, exc);
    } catch (e) {
      if (isPythonException(e, "StopIteration")) return abs.getAttr(e, "value");
      throw e;
    } finally {
      flushOutput();
      // The interpreter that was current before is current again, even none: the free
      // functions then use the default interpreter, never the last one a handle entered.
      if (owner !== null && previous !== owner) activate(previous);
    }
    value = None;
    exc = undefined;
    if (yielded instanceof PyJSPromise) {
      try {
        value = toPython(await yielded.promise);
      } catch (rejection) {
        exc = jsErrorToPython(rejection);
      }
    } else if (yielded === None) {
      await new Promise((resolve) => setTimeout(resolve, 0));
    } else {
      exc = badYield(yielded);
    }
  }
}

function badYield(yielded: PyValue): PyBaseException {
  return pyError(PyExc_RuntimeError, `Task got bad yield: ${abs.repr(yielded)}`);
}

/**
 * A Python coroutine. GeneratorStep it yourself with send/throw/close (each is one resumption), or
 * `await` it (it is a thenable) / call asPromise() to let Coil drive it: then Python code may
 * `await` JavaScript promises.
 */
export class CoroutineRef extends PyRef implements PromiseLike<unknown> {
  #driven: Promise<unknown> | null = null;

  /** coro.send(value): runs the coroutine to its next suspension, driven by the host. */
  send(value?: unknown): GeneratorStep {
    this.#checkNotDriven("send");
    return stepForHost(ownerOf(this), targetOf(this), toPython(value));
  }

  /** coro.throw(error): a PythonError's exception goes in as itself, anything else as JSError. */
  throw(error?: unknown): GeneratorStep {
    this.#checkNotDriven("throw");
    return stepForHost(ownerOf(this), targetOf(this), None, jsErrorToPython(error));
  }

  /** coro.close(): raises GeneratorExit inside it. */
  close(): void {
    this.#checkNotDriven("close");
    guard(() => abs.call(abs.getAttr(targetOf(this), "close"), [], null), ownerOf(this));
  }

  /** Runs the coroutine to completion, awaiting the JavaScript promises it awaits. */
  asPromise(): Promise<unknown> {
    if (this.#driven === null) {
      this.#driven = driveAwaitable(targetOf(this), ownerOf(this)).then(toJS, (e) => {
        throw toHostError(e);
      });
    }
    return this.#driven;
  }

  /** `await coro` in JavaScript: the same as `await coro.asPromise()`. */
  then<R1 = unknown, R2 = never>(
    onFulfilled?: ((value: unknown) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.asPromise().then(onFulfilled, onRejected);
  }

  #checkNotDriven(what: string): void {
    if (this.#driven !== null) {
      throw new CoilUsageError(
        `cannot ${what}() a coroutine that is being awaited as a promise; ` +
          "step it with send()/throw() only if you never await it",
      );
    }
  }
}

// ---- Async generators ----------------------------------------------------------------------

/** A Python async generator as a JavaScript async iterator: `for await (const v of agen)`. */
export class AsyncGeneratorRef extends PyRef implements AsyncIterableIterator<unknown> {
  /** agen.asend(value), awaited. */
  async next(value?: unknown): Promise<GeneratorStep> {
    const awaitable = guard(
      () => abs.call(abs.getAttr(targetOf(this), "asend"), [toPython(value)], null),
      ownerOf(this),
    );
    return await this.#settle(awaitable);
  }

  /** agen.athrow(error), awaited. */
  async throw(error?: unknown): Promise<GeneratorStep> {
    const exc = jsErrorToPython(error);
    const awaitable = guard(
      () => abs.call(abs.getAttr(targetOf(this), "athrow"), [exc], null),
      ownerOf(this),
    );
    return await this.#settle(awaitable);
  }

  /** agen.aclose(), awaited (what `break` in a for-await loop calls). */
  async return(value?: unknown): Promise<GeneratorStep> {
    const awaitable = guard(
      () => abs.call(abs.getAttr(targetOf(this), "aclose"), [], null),
      ownerOf(this),
    );
    await this.#settle(awaitable);
    return { done: true, value };
  }

  async #settle(awaitable: PyValue): Promise<GeneratorStep> {
    try {
      return { done: false, value: toJS(await driveAwaitable(awaitable, ownerOf(this))) };
    } catch (e) {
      if (isPythonException(e, "StopAsyncIteration")) return { done: true, value: undefined };
      throw toHostError(e);
    }
  }

  /** The async generator itself: `for await (const v of agen)`. */
  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** The handle class for a Python object. */
export function wrapPyObject(v: PyValue): PyRef {
  if (v instanceof PyGenerator) {
    const t = typeOf(v).name;
    if (t === "coroutine") return new CoroutineRef(v);
    if (t === "async_generator") return new AsyncGeneratorRef(v);
    return new GeneratorRef(v);
  }
  return new PyRef(v);
}

export { PythonError };
