// The Python-visible methods and attributes of generators, coroutines and async generators:
// send/throw/close/__next__, gi_*/cr_*/ag_* attributes, coroutine.__await__'s wrapper, and the
// asend/athrow awaitables of async generators (basic form; issue 5 takes them further).
import { None, objectType, PyObject, PyType, type PyValue, typeType } from "../objects/object.ts";
import { defineGetter, defineMethods, defineNew } from "../objects/builtin_function.ts";
import {
  asyncGeneratorType,
  coroutineType,
  generatorType,
  GenKind,
  GenState,
  PyAsyncGenWrappedValue,
  PyGenerator,
} from "../objects/generator.ts";
import { exitState, inlineResumers } from "./eval.ts";
import {
  closeGenerator,
  generatorFrameObject,
  generatorSendMethod,
  generatorThrowMethod,
  genThrow,
  genThrowArgs,
  resumeGenerator,
  yieldingFrom,
} from "./generator_core.ts";
import * as ops from "./ops.ts";
import { pyError, PyExc_GeneratorExit, PyExc_StopAsyncIteration } from "../objects/exceptions.ts";

function idRepr(kind: string, g: PyGenerator): string {
  return `<${kind} object ${g.qualname} at 0x${(0x7f1200000000 + hashOf(g)).toString(16)}>`;
}
const ids = new WeakMap<object, number>();
let nextId = 0x10;
function hashOf(o: object): number {
  let v = ids.get(o);
  if (v === undefined) {
    v = nextId;
    nextId += 0x40;
    ids.set(o, v);
  }
  return v;
}

// ---- generator -----------------------------------------------------------------------------

generatorType.tp_iternext = (g) => {
  const v = resumeGenerator(g as PyGenerator, None);
  return exitState.yielded ? v : undefined;
};

function commonMethods(type: PyType, kind: string) {
  defineMethods(type, {
    send(args) {
      return generatorSendMethod(args[0] as PyGenerator, args.length > 1 ? args[1] : None);
    },
    throw(args) {
      return generatorThrowMethod(args[0] as PyGenerator, args.slice(1));
    },
    close(args) {
      return closeGenerator(args[0] as PyGenerator);
    },
    __repr__(args) {
      return idRepr(kind, args[0] as PyGenerator);
    },
    __del__() {
      return None;
    },
  });
  nameAttributes(type);
}

function nameAttributes(type: PyType) {
  defineGetter(type, "__name__", (g) => (g as PyGenerator).name, (g, v) => {
    if (typeof v !== "string") throw ops.typeError("__name__ must be set to a string object");
    (g as PyGenerator).name = v;
  });
  defineGetter(type, "__qualname__", (g) => (g as PyGenerator).qualname, (g, v) => {
    if (typeof v !== "string") throw ops.typeError("__qualname__ must be set to a string object");
    (g as PyGenerator).qualname = v;
  });
}

commonMethods(generatorType, "generator");
for (const t of [generatorType, coroutineType, asyncGeneratorType]) {
  defineNew(t, () => {
    throw ops.typeError(`cannot create '${t.name}' instances`);
  });
}
defineMethods(generatorType, {
  __iter__(args) {
    return args[0];
  },
  __next__(args) {
    return generatorSendMethod(args[0] as PyGenerator, None);
  },
});
defineGetter(generatorType, "gi_frame", (g) => generatorFrameObject(g as PyGenerator));
defineGetter(generatorType, "gi_running", (g) => (g as PyGenerator).state === GenState.RUNNING);
defineGetter(generatorType, "gi_suspended", (g) => (g as PyGenerator).state === GenState.SUSPENDED);
defineGetter(generatorType, "gi_code", (g) => (g as PyGenerator).code);
defineGetter(generatorType, "gi_yieldfrom", (g) => yieldingFrom(g as PyGenerator) ?? None);

// ---- coroutine -----------------------------------------------------------------------------

commonMethods(coroutineType, "coroutine");
defineGetter(coroutineType, "cr_frame", (g) => generatorFrameObject(g as PyGenerator));
defineGetter(coroutineType, "cr_running", (g) => (g as PyGenerator).state === GenState.RUNNING);
defineGetter(coroutineType, "cr_suspended", (g) => (g as PyGenerator).state === GenState.SUSPENDED);
defineGetter(coroutineType, "cr_code", (g) => (g as PyGenerator).code);
defineGetter(coroutineType, "cr_await", (g) => yieldingFrom(g as PyGenerator) ?? None);
defineGetter(coroutineType, "cr_origin", () => None);

/** coroutine.__await__() returns this iterator over the coroutine (CPython's coroutine_wrapper). */
export const coroutineWrapperType: PyType = new PyType(typeType, "coroutine_wrapper", [objectType]);
export class PyCoroutineWrapper extends PyObject {
  constructor(readonly coro: PyGenerator) {
    super(coroutineWrapperType);
  }
}
coroutineWrapperType.tp_iternext = (w) => {
  const v = resumeGenerator((w as PyCoroutineWrapper).coro, None);
  return exitState.yielded ? v : undefined;
};
defineMethods(coroutineWrapperType, {
  __iter__(args) {
    return args[0];
  },
  __next__(args) {
    return generatorSendMethod((args[0] as PyCoroutineWrapper).coro, None);
  },
  send(args) {
    return generatorSendMethod((args[0] as PyCoroutineWrapper).coro, args[1] ?? None);
  },
  throw(args) {
    return generatorThrowMethod((args[0] as PyCoroutineWrapper).coro, args.slice(1));
  },
  close(args) {
    return closeGenerator((args[0] as PyCoroutineWrapper).coro);
  },
});
defineMethods(coroutineType, {
  __await__(args) {
    return new PyCoroutineWrapper(args[0] as PyGenerator);
  },
});

// ---- async generator -----------------------------------------------------------------------

// Async generators have no send/throw/close of their own (only asend/athrow/aclose).
defineMethods(asyncGeneratorType, {
  __repr__(args) {
    return idRepr("async_generator", args[0] as PyGenerator);
  },
  __del__() {
    return None;
  },
});
nameAttributes(asyncGeneratorType);
defineGetter(asyncGeneratorType, "ag_frame", (g) => generatorFrameObject(g as PyGenerator));
defineGetter(asyncGeneratorType, "ag_running", (g) => (g as PyGenerator).runningAsync);
defineGetter(asyncGeneratorType, "ag_code", (g) => (g as PyGenerator).code);
defineGetter(asyncGeneratorType, "ag_await", (g) => yieldingFrom(g as PyGenerator) ?? None);

const enum AwaitState {
  INIT = 0,
  ITER = 1,
  CLOSED = 2,
}

/** async_generator_asend / async_generator_athrow: the awaitables of one asend/athrow/aclose. */
export const asyncGenASendType: PyType = new PyType(typeType, "async_generator_asend", [
  objectType,
]);
export const asyncGenAThrowType: PyType = new PyType(typeType, "async_generator_athrow", [
  objectType,
]);

class PyAsyncGenASend extends PyObject {
  state = AwaitState.INIT;
  constructor(readonly gen: PyGenerator, readonly sendval: PyValue) {
    super(asyncGenASendType);
  }
}

class PyAsyncGenAThrow extends PyObject {
  state = AwaitState.INIT;
  /** athrow(): throw()'s arguments, unchecked until used; aclose(): null. */
  constructor(readonly gen: PyGenerator, readonly args: PyValue[] | null) {
    super(asyncGenAThrowType);
  }
}

const ASEND_REUSED = "cannot reuse already awaited __anext__()/asend()";
const ATHROW_REUSED = "cannot reuse already awaited aclose()/athrow()";

/**
 * async_gen_unwrap_value: one step of the generator (`run`) seen through an awaitable. An
 * async-level `yield v` is StopIteration(v); returning is StopAsyncIteration; a value yielded
 * by an `await` inside passes through.
 */
function unwrapStep(gen: PyGenerator, run: () => PyValue): PyValue {
  let r: PyValue;
  try {
    r = run();
  } catch (e) {
    if (ops.isStopAsyncIteration(e) || ops.isGeneratorExit(e)) gen.agClosed = true;
    gen.runningAsync = false;
    throw e;
  }
  if (!exitState.yielded) {
    gen.agClosed = true;
    gen.runningAsync = false;
    throw pyError(PyExc_StopAsyncIteration);
  }
  if (r instanceof PyAsyncGenWrappedValue) {
    gen.runningAsync = false;
    throw ops.stopIteration(r.value);
  }
  return r;
}

/** async_gen_asend_send. */
function asendSend(o: PyAsyncGenASend, value: PyValue): PyValue {
  if (o.state === AwaitState.CLOSED) throw ops.runtimeError(ASEND_REUSED);
  if (o.state === AwaitState.INIT) {
    if (o.gen.runningAsync) {
      throw ops.runtimeError("anext(): asynchronous generator is already running");
    }
    if (value === None) value = o.sendval;
    o.state = AwaitState.ITER;
  }
  o.gen.runningAsync = true;
  try {
    return unwrapStep(o.gen, () => resumeGenerator(o.gen, value));
  } catch (e) {
    o.state = AwaitState.CLOSED;
    throw e;
  }
}

/** async_gen_asend_throw: a throw() before the first send leaves the awaitable unused. */
function asendThrow(o: PyAsyncGenASend, args: PyValue[]): PyValue {
  if (o.state === AwaitState.CLOSED) throw ops.runtimeError(ASEND_REUSED);
  try {
    return unwrapStep(o.gen, () => genThrowArgs(o.gen, args, true));
  } catch (e) {
    o.state = AwaitState.CLOSED;
    throw e;
  }
}

/** async_gen_athrow_send. */
function athrowSend(o: PyAsyncGenAThrow, value: PyValue): PyValue {
  if (o.state === AwaitState.CLOSED) throw ops.runtimeError(ATHROW_REUSED);
  const gen = o.gen;
  if (gen.state === GenState.COMPLETED) {
    // Finished: the await completes (athrow()'s arguments are never looked at).
    o.state = AwaitState.CLOSED;
    throw ops.stopIteration(None);
  }
  const isClose = o.args === null;
  let retval: PyValue;
  if (o.state === AwaitState.INIT) {
    if (gen.runningAsync) {
      o.state = AwaitState.CLOSED;
      throw ops.runtimeError(
        `${isClose ? "aclose" : "athrow"}(): asynchronous generator is already running`,
      );
    }
    if (gen.agClosed) {
      o.state = AwaitState.CLOSED;
      throw pyError(PyExc_StopAsyncIteration);
    }
    if (value !== None) {
      throw ops.runtimeError("can't send non-None value to a just-started coroutine");
    }
    o.state = AwaitState.ITER;
    gen.runningAsync = true;
    const n = isClose ? 1 : o.args!.length;
    if (n < 1 || n > 3) {
      // PyArg_UnpackTuple fails with the step begun: 3.11 leaves the generator "running".
      const expected = n < 1 ? "least 1 argument" : "most 3 arguments";
      throw ops.typeError(`athrow expected at ${expected}, got ${n}`);
    }
    try {
      if (isClose) {
        gen.agClosed = true;
        retval = genThrow(gen, PyExc_GeneratorExit, undefined, undefined, false);
        if (!exitState.yielded) throw pyError(PyExc_StopAsyncIteration);
        if (retval instanceof PyAsyncGenWrappedValue) return athrowIgnoredExit(o);
        return retval;
      }
      return unwrapStep(gen, () => genThrowArgs(gen, o.args!, false));
    } catch (e) {
      throw athrowCheckError(o, e);
    }
  }
  try {
    if (!isClose) return unwrapStep(gen, () => resumeGenerator(gen, value));
    retval = resumeGenerator(gen, value);
    if (!exitState.yielded) throw pyError(PyExc_StopAsyncIteration);
  } catch (e) {
    throw athrowCheckError(o, e);
  }
  if (retval instanceof PyAsyncGenWrappedValue) return athrowIgnoredExit(o);
  return retval;
}

/** yield_close: the generator yielded a value in answer to aclose()'s GeneratorExit. */
function athrowIgnoredExit(o: PyAsyncGenAThrow): never {
  o.gen.runningAsync = false;
  o.state = AwaitState.CLOSED;
  throw ops.runtimeError("async generator ignored GeneratorExit");
}

/** check_error: the step ended by raising; for aclose() the generator's end is completion. */
function athrowCheckError(o: PyAsyncGenAThrow, e: unknown): unknown {
  o.gen.runningAsync = false;
  o.state = AwaitState.CLOSED;
  if (o.args === null && (ops.isStopAsyncIteration(e) || ops.isGeneratorExit(e))) {
    return ops.stopIteration(None);
  }
  return e;
}

/** async_gen_athrow_throw. */
function athrowThrow(o: PyAsyncGenAThrow, args: PyValue[]): PyValue {
  if (o.state === AwaitState.CLOSED) throw ops.runtimeError(ATHROW_REUSED);
  const gen = o.gen;
  if (o.args !== null) return unwrapStep(gen, () => genThrowArgs(gen, args, true));
  // aclose() mode
  let retval: PyValue;
  try {
    retval = genThrowArgs(gen, args, true);
  } catch (e) {
    if (ops.isStopAsyncIteration(e) || ops.isGeneratorExit(e)) throw ops.stopIteration(None);
    throw e;
  }
  if (!exitState.yielded) throw ops.stopIteration(None);
  if (retval instanceof PyAsyncGenWrappedValue) return athrowIgnoredExit(o);
  return retval;
}

/** The iterator protocol of both awaitables: StopIteration(None) is the plain end. */
function iterNextOf(send: (o: PyObject) => PyValue) {
  return (o: PyObject): PyValue | undefined => {
    try {
      return send(o);
    } catch (e) {
      if (ops.isStopIteration(e) && ops.stopIterationValue(e as PyValue) === None) return undefined;
      throw e;
    }
  };
}

asyncGenASendType.tp_iternext = iterNextOf((o) => asendSend(o as PyAsyncGenASend, None));
defineMethods(asyncGenASendType, {
  send(args) {
    return asendSend(args[0] as PyAsyncGenASend, args[1] ?? None);
  },
  throw(args) {
    return asendThrow(args[0] as PyAsyncGenASend, args.slice(1));
  },
  close(args) {
    (args[0] as PyAsyncGenASend).state = AwaitState.CLOSED;
    return None;
  },
  __iter__(args) {
    return args[0];
  },
  __next__(args) {
    return asendSend(args[0] as PyAsyncGenASend, None);
  },
  __await__(args) {
    return args[0];
  },
});

asyncGenAThrowType.tp_iternext = iterNextOf((o) => athrowSend(o as PyAsyncGenAThrow, None));
defineMethods(asyncGenAThrowType, {
  send(args) {
    return athrowSend(args[0] as PyAsyncGenAThrow, args[1] ?? None);
  },
  throw(args) {
    return athrowThrow(args[0] as PyAsyncGenAThrow, args.slice(1));
  },
  close(args) {
    (args[0] as PyAsyncGenAThrow).state = AwaitState.CLOSED;
    return None;
  },
  __iter__(args) {
    return args[0];
  },
  __next__(args) {
    return athrowSend(args[0] as PyAsyncGenAThrow, None);
  },
  __await__(args) {
    return args[0];
  },
});

defineMethods(asyncGeneratorType, {
  __aiter__(args) {
    return args[0];
  },
  __anext__(args) {
    return new PyAsyncGenASend(args[0] as PyGenerator, None);
  },
  asend(args) {
    return new PyAsyncGenASend(args[0] as PyGenerator, args[1] ?? None);
  },
  athrow(args) {
    // The arguments are unpacked only at the first send (3.11).
    return new PyAsyncGenAThrow(args[0] as PyGenerator, args.slice(1));
  },
  aclose(args) {
    return new PyAsyncGenAThrow(args[0] as PyGenerator, null);
  },
});

inlineResumers.generatorSend = generatorType.dict.getStr("send");
inlineResumers.coroutineSend = coroutineType.dict.getStr("send");
inlineResumers.generatorThrow = generatorType.dict.getStr("throw");
inlineResumers.coroutineThrow = coroutineType.dict.getStr("throw");

export { GenKind };
