// Generator, coroutine and async-generator objects (CPython's genobject.c shapes). Each embeds
// its own InterpreterFrame record (owner GENERATOR) with its own slots array of
// code.frameSize: nothing of a suspended generator lives on the thread's data stack. The
// behaviour (send/throw/close, linking the frame into the thread's chain) is in
// src/runtime/generator_core.ts; see docs/generator-linking.md.
import { objectType, PyObject, PyType, type PyValue, typeType } from "./object.ts";
import type { PyCode } from "./code.ts";
import type { InterpreterFrame } from "../runtime/interpreter_frame.ts";
import { ExcStackItem } from "../runtime/thread_state.ts";
import type { FinalizerRecord } from "../runtime/finalization.ts";

export const generatorType: PyType = new PyType(typeType, "generator", [objectType]);
export const coroutineType: PyType = new PyType(typeType, "coroutine", [objectType]);
export const asyncGeneratorType: PyType = new PyType(typeType, "async_generator", [objectType]);
generatorType.isFinal = true;
coroutineType.isFinal = true;
asyncGeneratorType.isFinal = true;

export const enum GenState {
  /** Made, never resumed (the frame waits at its first instruction after RETURN_GENERATOR). */
  CREATED = 0,
  /** Stopped at a yield. */
  SUSPENDED = 1,
  /** Its frame is linked into the thread's chain and executing. */
  RUNNING = 2,
  /** Returned or raised; the frame is cleared (or owned by its frame object). */
  COMPLETED = 3,
}

export const enum GenKind {
  GENERATOR = 0,
  COROUTINE = 1,
  ASYNC_GENERATOR = 2,
}

export class PyGenerator extends PyObject {
  /** The embedded frame (owner GENERATOR while the generator is alive). */
  readonly frame: InterpreterFrame;
  readonly code: PyCode;
  state: GenState;
  readonly kind: GenKind;
  /** This generator's level of the handled-exception chain (linked in while it runs). */
  readonly excState: ExcStackItem;
  name: string;
  qualname: string;
  /** Async generators: an asend/athrow is in progress (CPython's ag_running_async). */
  runningAsync: boolean;
  /** Async generators: aclose() began, or a step ended it (CPython's ag_closed). */
  agClosed: boolean;
  /** Async generators: the first iteration hooks ran. */
  hooksInited: boolean;
  /** Set while the generator is tracked for finalization (src/runtime/finalization.ts). */
  finalizer: FinalizerRecord | null;

  constructor(
    cls: PyType,
    kind: GenKind,
    frame: InterpreterFrame,
    name: string,
    qualname: string,
  ) {
    super(cls);
    this.frame = frame;
    this.code = frame.code;
    this.state = GenState.CREATED;
    this.kind = kind;
    this.excState = new ExcStackItem();
    this.name = name;
    this.qualname = qualname;
    this.runningAsync = false;
    this.agClosed = false;
    this.hooksInited = false;
    this.finalizer = null;
  }
}

/** A value yielded by an async generator's own `yield` (ASYNC_GEN_WRAP), not by an await. */
export const asyncGenWrappedValueType: PyType = new PyType(
  typeType,
  "async_generator_wrapped_value",
  [objectType],
);
export class PyAsyncGenWrappedValue extends PyObject {
  constructor(readonly value: PyValue) {
    super(asyncGenWrappedValueType);
  }
}
