// _contextvars: context variables (CPython's Python/context.c, PEP 567). The current Context
// is the thread state's (`currentThread.context`, made on first use); _thread's threads start
// with none. A Context's mapping is a JS Map shared copy-on-write between copies (CPython uses
// a HAMT; iteration here is in insertion order).
import {
  None,
  NotImplemented,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  typeType,
} from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import {
  bindArgs,
  checkArgs,
  defineClassMethod,
  defineGetter,
  defineMethods,
  defineNew,
  type NativeFn,
  PyBuiltinFunction,
} from "../objects/builtin_function.ts";
import {
  keyError,
  newException,
  pyError,
  PyExc_LookupError,
  PyExc_RuntimeError,
  PyExc_ValueError,
} from "../objects/exceptions.ts";
import { makeGenericAlias } from "../objects/genericalias.ts";
import { PyList } from "../objects/list.ts";
import { makeTuple } from "../objects/tuple.ts";
import { PyModule } from "../runtime/module_object.ts";
import { currentThread } from "../runtime/thread_state.ts";
import * as ops from "../runtime/ops.ts";

function staticType(name: string): PyType {
  const t = new PyType(typeType, `_contextvars.${name}`, [objectType]);
  t.qualname = name;
  t.isFinal = true;
  t.dict.setStr("__module__", "_contextvars");
  return t;
}

function hexId(v: PyValue): string {
  return `0x${abs.id(v).toString(16)}`;
}

// ---- Context ------------------------------------------------------------------------------------

export class PyContext extends PyObject {
  vars: Map<PyContextVar, PyValue>;
  /** `vars` is also another Context's: copy before writing. */
  shared = false;
  entered = false;
  prev: PyValue | null = null;
  constructor(vars: Map<PyContextVar, PyValue> = new Map()) {
    super(contextType);
    this.vars = vars;
  }
  copy(): PyContext {
    this.shared = true;
    const c = new PyContext(this.vars);
    c.shared = true;
    return c;
  }
  writable(): Map<PyContextVar, PyValue> {
    if (this.shared) {
      this.vars = new Map(this.vars);
      this.shared = false;
    }
    return this.vars;
  }
}

export const contextType: PyType = staticType("Context");
export const contextVarType: PyType = staticType("ContextVar");
export const tokenType: PyType = staticType("Token");

function currentContext(): PyContext {
  let ctx = currentThread.context;
  if (!(ctx instanceof PyContext)) {
    ctx = new PyContext();
    currentThread.context = ctx;
  }
  return ctx as PyContext;
}

function asContext(v: PyValue): PyContext {
  return v as PyContext;
}

function asVarKey(key: PyValue): PyContextVar {
  if (!(key instanceof PyContextVar)) {
    throw ops.typeError(`a ContextVar key was expected, got ${abs.repr(key)}`);
  }
  return key;
}

defineNew(contextType, (_cls, args, kwnames) => {
  if (args.length > 0 || (kwnames !== null && kwnames.length > 0)) {
    throw ops.typeError("Context() does not accept any arguments");
  }
  return new PyContext();
});

function contextRun(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const ctx = asContext(args[0]);
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw < 2) throw ops.typeError("run() missing 1 required positional argument");
  if (ctx.entered) {
    throw pyError(
      PyExc_RuntimeError,
      `cannot enter context: ${abs.repr(ctx)} is already entered`,
    );
  }
  ctx.prev = currentThread.context;
  ctx.entered = true;
  currentThread.context = ctx;
  try {
    return abs.call(args[1], args.slice(2), nkw === 0 ? null : kwnames);
  } finally {
    currentThread.context = ctx.prev;
    ctx.prev = null;
    ctx.entered = false;
  }
}

defineMethods(contextType, {
  run: contextRun,
  copy: (args, kw) => {
    checkArgs("copy", args, kw, 0, 0, 1);
    return asContext(args[0]).copy();
  },
  get(args, kw) {
    checkArgs("get", args, kw, 1, 2, 1);
    const v = asContext(args[0]).vars.get(asVarKey(args[1]));
    return v ?? (args.length > 2 ? args[2] : None);
  },
  keys: (args) => new PyList([...asContext(args[0]).vars.keys()]),
  values: (args) => new PyList([...asContext(args[0]).vars.values()]),
  items: (args) => new PyList([...asContext(args[0]).vars].map(([k, v]) => makeTuple([k, v]))),
  __getitem__(args) {
    const key = asVarKey(args[1]);
    const v = asContext(args[0]).vars.get(key);
    if (v === undefined) throw keyError(key);
    return v;
  },
  __contains__: (args) => asContext(args[0]).vars.has(asVarKey(args[1])),
  __len__: (args) => asContext(args[0]).vars.size,
  __iter__: (args) => abs.getIter(new PyList([...asContext(args[0]).vars.keys()])),
  __eq__(args) {
    const a = asContext(args[0]), b = args[1];
    if (!(b instanceof PyContext)) return NotImplemented;
    if (a.vars === b.vars) return true;
    if (a.vars.size !== b.vars.size) return false;
    for (const [k, v] of a.vars) {
      const w = b.vars.get(k);
      if (w === undefined || !abs.equals(v, w)) return false;
    }
    return true;
  },
});
contextType.dict.setStr("__hash__", None);

// ---- ContextVar ----------------------------------------------------------------------------------

export class PyContextVar extends PyObject {
  constructor(readonly name: string, readonly defaultValue: PyValue | undefined) {
    super(contextVarType);
  }
}

defineNew(contextVarType, (_cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw > 1) {
    throw ops.typeError(
      `ContextVar() takes at most 1 positional argument (${args.length - nkw} given)`,
    );
  }
  const [name, dflt] = bindArgs("ContextVar", args, kwnames, ["name", "$default"], 1);
  if (typeof name !== "string") throw ops.typeError("context variable name must be a str");
  return new PyContextVar(name, dflt);
});

function asVar(v: PyValue): PyContextVar {
  return v as PyContextVar;
}

defineMethods(contextVarType, {
  get(args, kw) {
    checkArgs("get", args, kw, 0, 1, 1);
    const v = asVar(args[0]);
    const value = currentContext().vars.get(v);
    if (value !== undefined) return value;
    if (args.length > 1) return args[1];
    if (v.defaultValue !== undefined) return v.defaultValue;
    throw newException(PyExc_LookupError, [v]);
  },
  set(args, kw) {
    checkArgs("ContextVar.set", args, kw, 1, 1, 1);
    const v = asVar(args[0]);
    const ctx = currentContext();
    const old = ctx.vars.get(v);
    ctx.writable().set(v, args[1]);
    return new PyToken(ctx, v, old);
  },
  reset(args, kw) {
    checkArgs("ContextVar.reset", args, kw, 1, 1, 1);
    const v = asVar(args[0]);
    const token = args[1];
    if (!(token instanceof PyToken)) {
      throw ops.typeError(`expected an instance of Token, got ${abs.repr(token)}`);
    }
    if (token.used) {
      throw pyError(PyExc_RuntimeError, `${abs.repr(token)} has already been used once`);
    }
    if (token.variable !== v) {
      throw pyError(PyExc_ValueError, `${abs.repr(token)} was created by a different ContextVar`);
    }
    const ctx = currentContext();
    if (token.context !== ctx) {
      throw pyError(PyExc_ValueError, `${abs.repr(token)} was created in a different Context`);
    }
    token.used = true;
    if (token.oldValue === undefined) ctx.writable().delete(v);
    else ctx.writable().set(v, token.oldValue);
    return None;
  },
  __repr__(args) {
    const v = asVar(args[0]);
    const dflt = v.defaultValue === undefined ? "" : ` default=${abs.repr(v.defaultValue)}`;
    return `<ContextVar name=${abs.repr(v.name)}${dflt} at ${hexId(v)}>`;
  },
});
defineGetter(contextVarType, "name", (v) => asVar(v).name);
defineClassMethod(
  contextVarType,
  "__class_getitem__",
  (args) => makeGenericAlias(args[0], args[1]),
);

// ---- Token ---------------------------------------------------------------------------------------

export class PyToken extends PyObject {
  used = false;
  constructor(
    readonly context: PyContext,
    readonly variable: PyContextVar,
    /** The value before set(), undefined for none (Token.MISSING). */
    readonly oldValue: PyValue | undefined,
  ) {
    super(tokenType);
  }
}

const missingType = new PyType(typeType, "Token.MISSING", [objectType]);
missingType.isFinal = true;
const MISSING = new PyObject(missingType);
defineMethods(missingType, { __repr__: () => "<Token.MISSING>" });

defineNew(tokenType, () => {
  throw pyError(PyExc_RuntimeError, "Tokens can only be created by ContextVars");
});
defineGetter(tokenType, "var", (t) => (t as PyToken).variable);
defineGetter(tokenType, "old_value", (t) => (t as PyToken).oldValue ?? MISSING);
tokenType.dict.setStr("MISSING", MISSING);
defineMethods(tokenType, {
  __repr__(args) {
    const t = args[0] as PyToken;
    return `<Token${t.used ? " used" : ""} var=${abs.repr(t.variable)} at ${hexId(t)}>`;
  },
});
defineClassMethod(tokenType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));

// ---- The module -----------------------------------------------------------------------------------

function fn(name: string, f: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, f, undefined, name, "_contextvars");
}

export function createModule(): PyModule {
  const m = new PyModule("_contextvars");
  const d = m.dict;
  d.setStr("__doc__", "Context Variables");
  d.setStr("Context", contextType);
  d.setStr("ContextVar", contextVarType);
  d.setStr("Token", tokenType);
  d.setStr(
    "copy_context",
    fn("copy_context", (args, kw) => {
      checkArgs("copy_context", args, kw, 0, 0);
      return currentContext().copy();
    }),
  );
  return m;
}
