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
  resumeGenerator,
  throwIntoGenerator,
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

commonMethods(asyncGeneratorType, "async_generator");
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

class PyAsyncGenOp extends PyObject {
  state = AwaitState.INIT;
  constructor(
    cls: PyType,
    readonly gen: PyGenerator,
    /** asend: the value to send first; athrow: the exception; aclose: undefined. */
    readonly arg: PyValue | undefined,
    readonly isThrow: boolean,
  ) {
    super(cls);
  }
}

/** Turns one step of the async generator into the awaitable protocol. */
function unwrapStep(op: PyAsyncGenOp, run: () => PyValue): PyValue {
  const gen = op.gen;
  let r: PyValue;
  try {
    r = run();
  } catch (e) {
    op.state = AwaitState.CLOSED;
    gen.runningAsync = false;
    if (op.isThrow && op.arg === undefined) {
      // aclose(): StopAsyncIteration / GeneratorExit mean "closed fine".
      if (ops.isStopAsyncIteration(e) || ops.isGeneratorExit(e)) throw ops.stopIteration(None);
    }
    throw e;
  }
  if (!exitState.yielded) {
    op.state = AwaitState.CLOSED;
    gen.runningAsync = false;
    throw pyError(PyExc_StopAsyncIteration);
  }
  if (r instanceof PyAsyncGenWrappedValue) {
    op.state = AwaitState.CLOSED;
    gen.runningAsync = false;
    if (op.isThrow && op.arg === undefined) {
      throw ops.runtimeError("async generator ignored GeneratorExit");
    }
    throw ops.stopIteration(r.value);
  }
  return r;
}

function asyncOpSend(op: PyAsyncGenOp, value: PyValue): PyValue {
  if (op.state === AwaitState.CLOSED) {
    throw ops.runtimeError(
      op.isThrow
        ? "cannot reuse already awaited aclose()/athrow()"
        : "cannot reuse already awaited __anext__()/asend()",
    );
  }
  const gen = op.gen;
  if (op.state === AwaitState.INIT) {
    if (gen.runningAsync) {
      op.state = AwaitState.CLOSED;
      throw ops.runtimeError(
        op.isThrow
          ? "athrow(): asynchronous generator is already running"
          : "anext(): asynchronous generator is already running",
      );
    }
    if (gen.state === GenState.COMPLETED) {
      op.state = AwaitState.CLOSED;
      // aclose()/athrow() on a finished async generator just complete (3.11).
      if (op.isThrow) throw ops.stopIteration(None);
      throw pyError(PyExc_StopAsyncIteration);
    }
    op.state = AwaitState.ITER;
    gen.runningAsync = true;
    if (op.isThrow) {
      const exc = op.arg ?? pyError(PyExc_GeneratorExit);
      if (gen.state === GenState.CREATED && op.arg === undefined) {
        gen.state = GenState.COMPLETED;
        op.state = AwaitState.CLOSED;
        gen.runningAsync = false;
        throw ops.stopIteration(None);
      }
      return unwrapStep(op, () => throwIntoGenerator(gen, exc));
    }
    const v = value === None && op.arg !== undefined ? op.arg : value;
    return unwrapStep(op, () => resumeGenerator(gen, v));
  }
  return unwrapStep(op, () => resumeGenerator(gen, value));
}

for (const t of [asyncGenASendType, asyncGenAThrowType]) {
  t.tp_iternext = (o) => {
    try {
      return asyncOpSend(o as PyAsyncGenOp, None);
    } catch (e) {
      if (ops.isStopIteration(e) && ops.stopIterationValue(e as PyValue) === None) return undefined;
      throw e;
    }
  };
  defineMethods(t, {
    send(args) {
      return asyncOpSend(args[0] as PyAsyncGenOp, args[1] ?? None);
    },
    throw(args) {
      const op = args[0] as PyAsyncGenOp;
      if (op.state === AwaitState.CLOSED) {
        throw ops.runtimeError("cannot reuse already awaited __anext__()/asend()");
      }
      const exc = ops.normalizeThrowArgs(args.slice(1));
      op.gen.runningAsync = true;
      op.state = AwaitState.ITER;
      return unwrapStep(op, () => throwIntoGenerator(op.gen, exc));
    },
    close(args) {
      (args[0] as PyAsyncGenOp).state = AwaitState.CLOSED;
      return None;
    },
    __iter__(args) {
      return args[0];
    },
    __next__(args) {
      return asyncOpSend(args[0] as PyAsyncGenOp, None);
    },
    __await__(args) {
      return args[0];
    },
  });
}

defineMethods(asyncGeneratorType, {
  __aiter__(args) {
    return args[0];
  },
  __anext__(args) {
    return new PyAsyncGenOp(asyncGenASendType, args[0] as PyGenerator, undefined, false);
  },
  asend(args) {
    return new PyAsyncGenOp(asyncGenASendType, args[0] as PyGenerator, args[1] ?? None, false);
  },
  athrow(args) {
    return new PyAsyncGenOp(
      asyncGenAThrowType,
      args[0] as PyGenerator,
      ops.normalizeThrowArgs(args.slice(1)),
      true,
    );
  },
  aclose(args) {
    return new PyAsyncGenOp(asyncGenAThrowType, args[0] as PyGenerator, undefined, true);
  },
});

inlineResumers.generatorSend = generatorType.dict.getStr("send");
inlineResumers.coroutineSend = coroutineType.dict.getStr("send");
inlineResumers.generatorThrow = generatorType.dict.getStr("throw");
inlineResumers.coroutineThrow = coroutineType.dict.getStr("throw");

export { GenKind };
