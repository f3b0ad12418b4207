// The exception hierarchy of Python 3.11 (CPython's Objects/exceptions.c).
//
// A Python exception is raised by throwing the exception object itself:
//   throw pyError(PyExc_TypeError, "message")
// JS classes mirror CPython's instance layouts (StopIteration has `value`, OSError `errno`...);
// every exception type's `allocate` makes the JS class of its layout, so heap subclasses of
// OSError get a PyOSError.
import {
  defineClassMethod,
  defineGetter,
  defineMethods,
  defineNew,
  nativeErrors,
  PyBuiltinFunction,
  requireArgs,
} from "./builtin_function.ts";
import {
  None,
  objectType,
  PyDict,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "./object.ts";
import { EMPTY_TUPLE, makeTuple, PyTuple } from "./tuple.ts";
import { PyList } from "./list.ts";
import { PyBytes } from "./bytes.ts";
import {
  call,
  callMethod,
  getAttrOrUndefined,
  isTrue,
  iterateToArray,
  repr,
  setAttr,
  str,
} from "./abstract.ts";
import { strValue } from "./str.ts";
import { lookupType } from "./type.ts";

export class PyBaseException extends PyObject {
  args: PyTuple = EMPTY_TUPLE_REF.value;
  /** `__traceback__`: a traceback object (runtime-owned type) or null. */
  traceback: PyObject | null = null;
  /**
   * `__traceback__` as CPython 3.11 stores it on the object: set when a handler catches the
   * exception (and on assignment); the frames it then unwinds through extend only `traceback`.
   * A generator in an except block that an exception is thrown into restarts from it
   * (_PyErr_ChainStackItem).
   */
  storedTraceback: PyObject | null = null;
  /** `__cause__` (raise ... from ...). */
  cause: PyBaseException | null = null;
  /** `__context__`: the exception being handled when this one was raised. */
  context: PyBaseException | null = null;
  suppressContext = false;
  // `__notes__` lives in the instance dict, as in CPython 3.11 (add_note sets it there).
}

// EMPTY_TUPLE is imported from tuple.ts, which may still be loading when this module's classes
// are defined; class field initializers run later, when exceptions are made.
const EMPTY_TUPLE_REF = {
  get value(): PyTuple {
    return EMPTY_TUPLE;
  },
};

export class PyStopIteration extends PyBaseException {
  value: PyValue = None;
}
export class PySystemExit extends PyBaseException {
  code: PyValue = None;
}
export class PyImportError extends PyBaseException {
  msg: PyValue = None;
  name: PyValue = None;
  path: PyValue = None;
}
export class PyAttributeError extends PyBaseException {
  name: PyValue = None;
  obj: PyValue = None;
}
export class PyNameError extends PyBaseException {
  name: PyValue = None;
}
export class PyOSError extends PyBaseException {
  errno: PyValue = None;
  strerror: PyValue = None;
  filename: PyValue = None;
  filename2: PyValue = None;
}
export class PySyntaxError extends PyBaseException {
  msg: PyValue = None;
  filename: PyValue = None;
  lineno: PyValue = None;
  offset: PyValue = None;
  text: PyValue = None;
  end_lineno: PyValue = None;
  end_offset: PyValue = None;
  print_file_and_line: PyValue = None;
}
export class PyBaseExceptionGroup extends PyBaseException {
  message: PyValue = "";
  exceptions: PyTuple = EMPTY_TUPLE_REF.value;
}
export class PyUnicodeError extends PyBaseException {
  encoding: PyValue = None;
  object: PyValue = None;
  start: PyValue = 0;
  end: PyValue = 0;
  reason: PyValue = None;
}

/** Native part of `__init__` for a layout: stores the layout's fields from args. */
type NativeInit = (
  self: PyBaseException,
  args: PyValue[],
  kwnames: readonly string[] | null,
) => void;
const nativeInits = new Map<PyType, NativeInit>();

function makeExcType(
  name: string,
  base: PyType | null,
  layout?: new (cls: PyType) => PyBaseException,
  init?: NativeInit,
): PyType {
  const t = new PyType(typeType, name, base === null ? [objectType] : [base]);
  t.instancesHaveDict = true;
  if (layout !== undefined) t.allocate = (cls) => new layout(cls);
  else if (base !== null) t.allocate = base.allocate;
  if (init !== undefined) nativeInits.set(t, init);
  return t;
}

function nativeInitOf(t: PyType): NativeInit | undefined {
  for (const c of t.mro) {
    const init = nativeInits.get(c);
    if (init !== undefined) return init;
  }
  return undefined;
}

const kwValue = (args: PyValue[], kwnames: readonly string[] | null, name: string): PyValue => {
  if (kwnames === null) return None;
  const i = kwnames.indexOf(name);
  return i < 0 ? None : args[args.length - kwnames.length + i];
};
const positional = (args: PyValue[], kwnames: readonly string[] | null): PyValue[] =>
  kwnames === null || kwnames.length === 0 ? args : args.slice(0, args.length - kwnames.length);

export const PyExc_BaseException: PyType = makeExcType(
  "BaseException",
  null,
  PyBaseException,
);
export const PyExc_BaseExceptionGroup: PyType = makeExcType(
  "BaseExceptionGroup",
  PyExc_BaseException,
  PyBaseExceptionGroup,
);
export const PyExc_GeneratorExit: PyType = makeExcType("GeneratorExit", PyExc_BaseException);
export const PyExc_KeyboardInterrupt: PyType = makeExcType(
  "KeyboardInterrupt",
  PyExc_BaseException,
);
/**
 * `coil.LimitExceeded(BaseException)`: a run went past a limit its host set (time, memory,
 * output; src/runtime/limits.ts). Like KeyboardInterrupt, `except Exception` does not catch it
 * and `finally` blocks run; Python code that catches it anyway is stopped soon after.
 */
export const PyExc_LimitExceeded: PyType = makeExcType("LimitExceeded", PyExc_BaseException);
PyExc_LimitExceeded.dict.setStr("__module__", "coil");
export const PyExc_SystemExit: PyType = makeExcType(
  "SystemExit",
  PyExc_BaseException,
  PySystemExit,
  (self, args) => {
    (self as PySystemExit).code = args.length === 0
      ? None
      : args.length === 1
      ? args[0]
      : makeTuple(args);
  },
);
export const PyExc_Exception: PyType = makeExcType("Exception", PyExc_BaseException);
export const PyExc_ArithmeticError: PyType = makeExcType("ArithmeticError", PyExc_Exception);
export const PyExc_FloatingPointError: PyType = makeExcType(
  "FloatingPointError",
  PyExc_ArithmeticError,
);
export const PyExc_OverflowError: PyType = makeExcType("OverflowError", PyExc_ArithmeticError);
export const PyExc_ZeroDivisionError: PyType = makeExcType(
  "ZeroDivisionError",
  PyExc_ArithmeticError,
);
export const PyExc_AssertionError: PyType = makeExcType("AssertionError", PyExc_Exception);
export const PyExc_AttributeError: PyType = makeExcType(
  "AttributeError",
  PyExc_Exception,
  PyAttributeError,
  (self, args, kw) => {
    (self as PyAttributeError).name = kwValue(args, kw, "name");
    (self as PyAttributeError).obj = kwValue(args, kw, "obj");
  },
);
export const PyExc_BufferError: PyType = makeExcType("BufferError", PyExc_Exception);
export const PyExc_EOFError: PyType = makeExcType("EOFError", PyExc_Exception);
export const PyExc_ExceptionGroup: PyType = makeExcType(
  "ExceptionGroup",
  PyExc_BaseExceptionGroup,
);
// ExceptionGroup(BaseExceptionGroup, Exception): the one builtin type with two bases.
PyExc_ExceptionGroup.bases = [PyExc_BaseExceptionGroup, PyExc_Exception];
PyExc_ExceptionGroup.mro = [
  PyExc_ExceptionGroup,
  PyExc_BaseExceptionGroup,
  PyExc_Exception,
  PyExc_BaseException,
  objectType,
];
const importInit: NativeInit = (self, args, kw) => {
  const e = self as PyImportError;
  const pos = positional(args, kw);
  e.msg = pos.length === 1 ? pos[0] : None;
  e.name = kwValue(args, kw, "name");
  e.path = kwValue(args, kw, "path");
};
export const PyExc_ImportError: PyType = makeExcType(
  "ImportError",
  PyExc_Exception,
  PyImportError,
  importInit,
);
export const PyExc_ModuleNotFoundError: PyType = makeExcType(
  "ModuleNotFoundError",
  PyExc_ImportError,
);
export const PyExc_LookupError: PyType = makeExcType("LookupError", PyExc_Exception);
export const PyExc_IndexError: PyType = makeExcType("IndexError", PyExc_LookupError);
export const PyExc_KeyError: PyType = makeExcType("KeyError", PyExc_LookupError);
export const PyExc_MemoryError: PyType = makeExcType("MemoryError", PyExc_Exception);
export const PyExc_NameError: PyType = makeExcType(
  "NameError",
  PyExc_Exception,
  PyNameError,
  (self, args, kw) => {
    (self as PyNameError).name = kwValue(args, kw, "name");
  },
);
export const PyExc_UnboundLocalError: PyType = makeExcType("UnboundLocalError", PyExc_NameError);

const osInit: NativeInit = (self, args) => {
  const e = self as PyOSError;
  if (args.length >= 2 && args.length <= 5) {
    e.errno = args[0];
    e.strerror = args[1];
    if (args.length >= 3) e.filename = args[2];
    if (args.length >= 5) e.filename2 = args[4];
    if (args.length >= 3) e.args = makeTuple([args[0], args[1]]);
  }
};
export const PyExc_OSError: PyType = makeExcType("OSError", PyExc_Exception, PyOSError, osInit);
export const PyExc_BlockingIOError: PyType = makeExcType("BlockingIOError", PyExc_OSError);
export const PyExc_ChildProcessError: PyType = makeExcType("ChildProcessError", PyExc_OSError);
export const PyExc_ConnectionError: PyType = makeExcType("ConnectionError", PyExc_OSError);
export const PyExc_BrokenPipeError: PyType = makeExcType("BrokenPipeError", PyExc_ConnectionError);
export const PyExc_ConnectionAbortedError: PyType = makeExcType(
  "ConnectionAbortedError",
  PyExc_ConnectionError,
);
export const PyExc_ConnectionRefusedError: PyType = makeExcType(
  "ConnectionRefusedError",
  PyExc_ConnectionError,
);
export const PyExc_ConnectionResetError: PyType = makeExcType(
  "ConnectionResetError",
  PyExc_ConnectionError,
);
export const PyExc_FileExistsError: PyType = makeExcType("FileExistsError", PyExc_OSError);
export const PyExc_FileNotFoundError: PyType = makeExcType("FileNotFoundError", PyExc_OSError);
export const PyExc_InterruptedError: PyType = makeExcType("InterruptedError", PyExc_OSError);
export const PyExc_IsADirectoryError: PyType = makeExcType("IsADirectoryError", PyExc_OSError);
export const PyExc_NotADirectoryError: PyType = makeExcType("NotADirectoryError", PyExc_OSError);
export const PyExc_PermissionError: PyType = makeExcType("PermissionError", PyExc_OSError);
export const PyExc_ProcessLookupError: PyType = makeExcType("ProcessLookupError", PyExc_OSError);
export const PyExc_TimeoutError: PyType = makeExcType("TimeoutError", PyExc_OSError);
export const PyExc_ReferenceError: PyType = makeExcType("ReferenceError", PyExc_Exception);
export const PyExc_RuntimeError: PyType = makeExcType("RuntimeError", PyExc_Exception);
export const PyExc_NotImplementedError: PyType = makeExcType(
  "NotImplementedError",
  PyExc_RuntimeError,
);
export const PyExc_RecursionError: PyType = makeExcType("RecursionError", PyExc_RuntimeError);
export const PyExc_StopAsyncIteration: PyType = makeExcType("StopAsyncIteration", PyExc_Exception);
export const PyExc_StopIteration: PyType = makeExcType(
  "StopIteration",
  PyExc_Exception,
  PyStopIteration,
  (self, args) => {
    (self as PyStopIteration).value = args.length > 0 ? args[0] : None;
  },
);
const syntaxInit: NativeInit = (self, args) => {
  const e = self as PySyntaxError;
  if (args.length >= 1) e.msg = args[0];
  if (args.length === 2) {
    const info = args[1];
    if (!(info instanceof PyTuple)) throw pyError(PyExc_TypeError, "tuple expected");
    const it = info.items;
    if (it.length < 4 || it.length > 6) {
      throw pyError(
        PyExc_IndexError,
        "tuple index out of range",
      );
    }
    [e.filename, e.lineno, e.offset, e.text] = it;
    if (it.length > 4) e.end_lineno = it[4];
    if (it.length > 5) e.end_offset = it[5];
  }
};
export const PyExc_SyntaxError: PyType = makeExcType(
  "SyntaxError",
  PyExc_Exception,
  PySyntaxError,
  syntaxInit,
);
export const PyExc_IndentationError: PyType = makeExcType("IndentationError", PyExc_SyntaxError);
export const PyExc_TabError: PyType = makeExcType("TabError", PyExc_IndentationError);
export const PyExc_SystemError: PyType = makeExcType("SystemError", PyExc_Exception);
export const PyExc_TypeError: PyType = makeExcType("TypeError", PyExc_Exception);
export const PyExc_ValueError: PyType = makeExcType("ValueError", PyExc_Exception);
export const PyExc_UnicodeError: PyType = makeExcType(
  "UnicodeError",
  PyExc_ValueError,
  PyUnicodeError,
);
const unicodeInit: NativeInit = (self, args) => {
  const e = self as PyUnicodeError;
  if (args.length === 5) [e.encoding, e.object, e.start, e.end, e.reason] = args;
  else if (args.length === 4) [e.object, e.start, e.end, e.reason] = args;
};
export const PyExc_UnicodeDecodeError: PyType = makeExcType(
  "UnicodeDecodeError",
  PyExc_UnicodeError,
  PyUnicodeError,
  unicodeInit,
);
export const PyExc_UnicodeEncodeError: PyType = makeExcType(
  "UnicodeEncodeError",
  PyExc_UnicodeError,
  PyUnicodeError,
  unicodeInit,
);
export const PyExc_UnicodeTranslateError: PyType = makeExcType(
  "UnicodeTranslateError",
  PyExc_UnicodeError,
  PyUnicodeError,
  unicodeInit,
);
export const PyExc_Warning: PyType = makeExcType("Warning", PyExc_Exception);
export const PyExc_BytesWarning: PyType = makeExcType("BytesWarning", PyExc_Warning);
export const PyExc_DeprecationWarning: PyType = makeExcType("DeprecationWarning", PyExc_Warning);
export const PyExc_EncodingWarning: PyType = makeExcType("EncodingWarning", PyExc_Warning);
export const PyExc_FutureWarning: PyType = makeExcType("FutureWarning", PyExc_Warning);
export const PyExc_ImportWarning: PyType = makeExcType("ImportWarning", PyExc_Warning);
export const PyExc_PendingDeprecationWarning: PyType = makeExcType(
  "PendingDeprecationWarning",
  PyExc_Warning,
);
export const PyExc_ResourceWarning: PyType = makeExcType("ResourceWarning", PyExc_Warning);
export const PyExc_RuntimeWarning: PyType = makeExcType("RuntimeWarning", PyExc_Warning);
export const PyExc_SyntaxWarning: PyType = makeExcType("SyntaxWarning", PyExc_Warning);
export const PyExc_UnicodeWarning: PyType = makeExcType("UnicodeWarning", PyExc_Warning);
export const PyExc_UserWarning: PyType = makeExcType("UserWarning", PyExc_Warning);

/** Every builtin exception type by name (for builtins_module.ts), plus the OSError aliases. */
export const builtinExceptionTypes: ReadonlyMap<string, PyType> = new Map([
  ...[
    PyExc_BaseException,
    PyExc_BaseExceptionGroup,
    PyExc_GeneratorExit,
    PyExc_KeyboardInterrupt,
    PyExc_SystemExit,
    PyExc_Exception,
    PyExc_ArithmeticError,
    PyExc_FloatingPointError,
    PyExc_OverflowError,
    PyExc_ZeroDivisionError,
    PyExc_AssertionError,
    PyExc_AttributeError,
    PyExc_BufferError,
    PyExc_EOFError,
    PyExc_ExceptionGroup,
    PyExc_ImportError,
    PyExc_ModuleNotFoundError,
    PyExc_LookupError,
    PyExc_IndexError,
    PyExc_KeyError,
    PyExc_MemoryError,
    PyExc_NameError,
    PyExc_UnboundLocalError,
    PyExc_OSError,
    PyExc_BlockingIOError,
    PyExc_ChildProcessError,
    PyExc_ConnectionError,
    PyExc_BrokenPipeError,
    PyExc_ConnectionAbortedError,
    PyExc_ConnectionRefusedError,
    PyExc_ConnectionResetError,
    PyExc_FileExistsError,
    PyExc_FileNotFoundError,
    PyExc_InterruptedError,
    PyExc_IsADirectoryError,
    PyExc_NotADirectoryError,
    PyExc_PermissionError,
    PyExc_ProcessLookupError,
    PyExc_TimeoutError,
    PyExc_ReferenceError,
    PyExc_RuntimeError,
    PyExc_NotImplementedError,
    PyExc_RecursionError,
    PyExc_StopAsyncIteration,
    PyExc_StopIteration,
    PyExc_SyntaxError,
    PyExc_IndentationError,
    PyExc_TabError,
    PyExc_SystemError,
    PyExc_TypeError,
    PyExc_ValueError,
    PyExc_UnicodeError,
    PyExc_UnicodeDecodeError,
    PyExc_UnicodeEncodeError,
    PyExc_UnicodeTranslateError,
    PyExc_Warning,
    PyExc_BytesWarning,
    PyExc_DeprecationWarning,
    PyExc_EncodingWarning,
    PyExc_FutureWarning,
    PyExc_ImportWarning,
    PyExc_PendingDeprecationWarning,
    PyExc_ResourceWarning,
    PyExc_RuntimeWarning,
    PyExc_SyntaxWarning,
    PyExc_UnicodeWarning,
    PyExc_UserWarning,
  ].map((t): [string, PyType] => [t.name, t]),
  ["EnvironmentError", PyExc_OSError],
  ["IOError", PyExc_OSError],
]);

// ---- Making and matching exceptions -------------------------------------------------------

export function isBaseException(v: unknown): v is PyBaseException {
  return v instanceof PyBaseException;
}

export function isExceptionType(v: PyValue): boolean {
  return v instanceof PyType && v.mro.includes(PyExc_BaseException);
}

/** errno -> OSError subclass, as OSError(errno, ...) picks (CPython's errnomap). */
const errnoSubclass = new Map<number, PyType>([
  [2, PyExc_FileNotFoundError],
  [13, PyExc_PermissionError],
  [1, PyExc_PermissionError],
  [17, PyExc_FileExistsError],
  [20, PyExc_NotADirectoryError],
  [21, PyExc_IsADirectoryError],
  [4, PyExc_InterruptedError],
  [3, PyExc_ProcessLookupError],
  [10, PyExc_ChildProcessError],
  [32, PyExc_BrokenPipeError],
  [103, PyExc_ConnectionAbortedError],
  [111, PyExc_ConnectionRefusedError],
  [104, PyExc_ConnectionResetError],
  [110, PyExc_TimeoutError],
  [11, PyExc_BlockingIOError],
]);

/**
 * BaseException.__new__ + the layout's native __init__ (what calling a builtin exception type
 * does). For heap subclasses prefer `newException`, which runs a Python `__init__` too.
 */
function constructNative(
  cls: PyType,
  args: PyValue[],
  kwnames: readonly string[] | null,
): PyBaseException {
  if (cls === PyExc_OSError && args.length >= 2 && typeof args[0] === "number") {
    cls = errnoSubclass.get(args[0]) ?? cls;
  }
  const self = cls.allocate!(cls) as PyBaseException;
  const pos = positional(args, kwnames);
  self.args = makeTuple(pos.slice());
  nativeInitOf(cls)?.(self, args, kwnames);
  return self;
}

/** A new exception of `type` from positional args; user subclasses run their __init__. */
export function newException(type: PyType, args: PyValue[]): PyBaseException {
  if (!type.isHeapType) {
    if (type === PyExc_BaseExceptionGroup || type === PyExc_ExceptionGroup) {
      return call(type, args, null) as PyBaseException;
    }
    return constructNative(type, args, null);
  }
  const exc = call(type, args, null);
  if (!(exc instanceof PyBaseException)) {
    throw pyError(
      PyExc_TypeError,
      `calling ${repr(type)} should have returned an instance of BaseException, not ${
        typeOf(exc).name
      }`,
    );
  }
  return exc;
}

/** The exception to throw for `type` with a message (no message: no args). */
export function pyError(type: PyType, message?: string): PyBaseException {
  return constructNative(type, message === undefined ? [] : [message], null);
}

/** AttributeError with name/obj set, as CPython's attribute lookups raise it. */
export function attributeError(message: string, obj?: PyValue, name?: string): PyBaseException {
  const e = constructNative(PyExc_AttributeError, [message], null) as PyAttributeError;
  if (obj !== undefined) e.obj = obj;
  if (name !== undefined) e.name = name;
  return e;
}

/** KeyError(key): its str() is repr(key). */
export function keyError(key: PyValue): PyBaseException {
  return constructNative(PyExc_KeyError, [key], null);
}

/** StopIteration(value). */
export function stopIteration(value: PyValue): PyStopIteration {
  const e = constructNative(PyExc_StopIteration, value === None ? [] : [value], null);
  (e as PyStopIteration).value = value;
  return e as PyStopIteration;
}

/** OSError subclass for errno with strerror and filename: "[Errno 2] ...: 'x'". */
export function osError(type: PyType, errno: number, strerror: string, filename?: string) {
  return constructNative(
    type,
    filename === undefined ? [errno, strerror] : [errno, strerror, filename],
    null,
  );
}

/**
 * `except T:` matching (PyErr_GivenExceptionMatches): T is an exception class or a tuple of
 * them; anything else raises TypeError as CPython's CHECK_EXC_MATCH does.
 */
export function exceptionMatches(exc: PyBaseException, typeOrTuple: PyValue): boolean {
  checkExceptTarget(typeOrTuple);
  return matchesChecked(exc.cls, typeOrTuple);
}

function matchesChecked(t: PyType, target: PyValue): boolean {
  if (target instanceof PyTuple) {
    for (const item of target.items) if (matchesChecked(t, item)) return true;
    return false;
  }
  return t.mro.includes(target as PyType);
}

/** Raises CPython's TypeError unless `target` is an exception class or a tuple of them. */
export function checkExceptTarget(target: PyValue): void {
  if (target instanceof PyTuple) {
    for (const item of target.items) {
      if (!isExceptionType(item)) {
        throw pyError(
          PyExc_TypeError,
          "catching classes that do not inherit from BaseException is not allowed",
        );
      }
    }
    return;
  }
  if (!isExceptionType(target)) {
    throw pyError(
      PyExc_TypeError,
      "catching classes that do not inherit from BaseException is not allowed",
    );
  }
}

nativeErrors.typeError = (message) => {
  throw pyError(PyExc_TypeError, message);
};
nativeErrors.attributeError = (message) => {
  throw pyError(PyExc_AttributeError, message);
};
nativeErrors.stopIteration = () => {
  throw stopIteration(None);
};

// ---- str() and repr() -----------------------------------------------------------------------

function argsStr(e: PyBaseException): string {
  const a = e.args.items;
  if (a.length === 0) return "";
  if (a.length === 1) return str(a[0]);
  return str(e.args);
}

/** str(exc) by layout (BaseException_str, KeyError_str, OSError_str, SyntaxError_str...). */
export function exceptionStr(e: PyBaseException): string {
  const t = e.cls;
  if (t.mro.includes(PyExc_KeyError) && e.args.items.length === 1) return repr(e.args.items[0]);
  if (e instanceof PyOSError) {
    if (e.filename !== None) {
      if (e.filename2 !== None) {
        return `[Errno ${str(e.errno)}] ${str(e.strerror)}: ${repr(e.filename)} -> ${
          repr(e.filename2)
        }`;
      }
      return `[Errno ${str(e.errno)}] ${str(e.strerror)}: ${repr(e.filename)}`;
    }
    if (e.errno !== None && e.strerror !== None) {
      return `[Errno ${str(e.errno)}] ${str(e.strerror)}`;
    }
  }
  if (e instanceof PySyntaxError) {
    const msg = e.msg === None ? argsStr(e) : str(e.msg);
    const file = typeof e.filename === "string" ? e.filename.replace(/^.*\//, "") : null;
    const line = typeof e.lineno === "number" ? e.lineno : null;
    if (file !== null && line !== null) return `${msg} (${file}, line ${line})`;
    if (file !== null) return `${msg} (${file})`;
    if (line !== null) return `${msg} (line ${line})`;
    return msg;
  }
  if (e instanceof PyImportError && e.msg !== None) return str(e.msg);
  if (e instanceof PyBaseExceptionGroup) {
    const n = e.exceptions.items.length;
    return `${str(e.message)} (${n} sub-exception${n === 1 ? "" : "s"})`;
  }
  if (e instanceof PyUnicodeError && e.reason !== None && e.args.items.length >= 4) {
    const start = Number(e.start), end = Number(e.end);
    if (e.cls.mro.includes(PyExc_UnicodeDecodeError)) {
      const bytes = e.object instanceof PyBytes ? e.object.bytes : new Uint8Array(0);
      const what = end - start === 1
        ? `byte 0x${(bytes[start] ?? 0).toString(16).padStart(2, "0")} in position ${start}`
        : `bytes in position ${start}-${end - 1}`;
      return `'${str(e.encoding)}' codec can't decode ${what}: ${str(e.reason)}`;
    }
    if (end - start === 1 && typeof e.object === "string") {
      const c = [...e.object][start]?.codePointAt(0) ?? 0;
      const esc = c < 0x100
        ? "\\x" + c.toString(16).padStart(2, "0")
        : c < 0x10000
        ? "\\u" + c.toString(16).padStart(4, "0")
        : "\\U" + c.toString(16).padStart(8, "0");
      return `'${str(e.encoding)}' codec can't encode character '${esc}' in position ${start}: ${
        str(e.reason)
      }`;
    }
    return `'${str(e.encoding)}' codec can't encode characters in position ${start}-${end - 1}: ${
      str(e.reason)
    }`;
  }
  return argsStr(e);
}

export function exceptionRepr(e: PyBaseException): string {
  const name = e.cls.name;
  const a = e.args.items;
  if (a.length === 1) return `${name}(${repr(a[0])})`;
  return name + repr(e.args);
}

// ---- Python-level methods and attributes ---------------------------------------------------

/** Builtin exception layouts whose constructors take keyword arguments. */
function acceptsKeywords(cls: PyType): boolean {
  return cls.mro.includes(PyExc_AttributeError) || cls.mro.includes(PyExc_NameError) ||
    cls.mro.includes(PyExc_ImportError);
}

function checkKeywords(cls: PyType, kwnames: readonly string[] | null): void {
  if (kwnames === null || kwnames.length === 0) return;
  if (!acceptsKeywords(cls)) {
    throw pyError(PyExc_TypeError, `${cls.name}() takes no keyword arguments`);
  }
  const allowed = cls.mro.includes(PyExc_AttributeError)
    ? ["name", "obj"]
    : cls.mro.includes(PyExc_NameError)
    ? ["name"]
    : ["name", "path"];
  for (const k of kwnames) {
    if (!allowed.includes(k)) {
      throw pyError(PyExc_TypeError, `${cls.name}() got an unexpected keyword argument '${k}'`);
    }
  }
}

defineNew(PyExc_BaseException, (cls, args, kwnames) => {
  if (!cls.isHeapType) checkKeywords(cls, kwnames);
  if (cls === PyExc_OSError && args.length >= 2 && typeof args[0] === "number") {
    cls = errnoSubclass.get(args[0]) ?? cls;
  }
  if (!isExceptionType(cls)) {
    throw pyError(
      PyExc_TypeError,
      `BaseException.__new__(${cls.name}): ${cls.name} is not a subtype of BaseException`,
    );
  }
  const layoutInit = nativeInitOf(cls);
  // Heap subclasses with their own __init__ get args set here (as CPython's BaseException_new)
  // and the layout fields from the native init only if they call super().__init__.
  const self = cls.allocate!(cls) as PyBaseException;
  self.args = makeTuple(positional(args, kwnames).slice());
  if (layoutInit !== undefined && !cls.isHeapType) layoutInit(self, args, kwnames);
  return self;
});

defineMethods(PyExc_BaseException, {
  __init__(args, kwnames) {
    const self = args[0] as PyBaseException;
    const rest = args.slice(1);
    checkKeywords(self.cls, kwnames);
    self.args = makeTuple(positional(rest, kwnames).slice());
    nativeInitOf(self.cls)?.(self, rest, kwnames);
    return None;
  },
  __str__(args) {
    return exceptionStr(args[0] as PyBaseException);
  },
  __repr__(args) {
    return exceptionRepr(args[0] as PyBaseException);
  },
  with_traceback(args) {
    const self = args[0] as PyBaseException;
    const tb = args[1];
    if (tb !== None && tb !== undefined && typeOf(tb).name !== "traceback") {
      throw pyError(PyExc_TypeError, "__traceback__ must be a traceback or None");
    }
    self.traceback = tb === None || tb === undefined ? null : tb as PyObject;
    self.storedTraceback = self.traceback;
    return self;
  },
  add_note(args) {
    const self = args[0] as PyBaseException;
    const note = args[1];
    if (strValue(note) === undefined) {
      throw pyError(PyExc_TypeError, `note must be a str, not '${typeOf(note).name}'`);
    }
    // BaseException_add_note goes through getattr/setattr, so a class may redefine __notes__.
    let notes = getAttrOrUndefined(self, "__notes__");
    if (notes === undefined) {
      notes = new PyList([]);
      setAttr(self, "__notes__", notes);
    }
    if (!(notes instanceof PyList)) {
      throw pyError(PyExc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    notes.items.push(note);
    return None;
  },
  // (type, args) plus the instance __dict__ once it exists (BaseException_reduce).
  __reduce__(args) {
    const self = args[0] as PyBaseException;
    if (self.dict !== null) return makeTuple([self.cls, self.args, self.dict]);
    return makeTuple([self.cls, self.args]);
  },
  __setstate__(args) {
    const state = args[1];
    if (state !== None) {
      if (!(state instanceof PyDict)) throw pyError(PyExc_TypeError, "state is not a dictionary");
      for (const e of [...state.entries()]) {
        if (typeof e.key !== "string") {
          throw pyError(
            PyExc_TypeError,
            `attribute name must be string, not '${typeOf(e.key).name}'`,
          );
        }
        setAttr(args[0], e.key, e.value);
      }
    }
    return None;
  },
});
requireArgs(PyExc_BaseException, { add_note: 1, __setstate__: 1 });

// OSError pickles its full constructor arguments (args holds only errno and strerror once a
// filename was given); ImportError adds name and path to the state.
defineMethods(PyExc_OSError, {
  __reduce__(args) {
    const self = args[0] as PyOSError;
    let a: PyTuple = self.args;
    if (a.items.length === 2 && self.filename !== None) {
      a = makeTuple(
        self.filename2 !== None
          ? [a.items[0], a.items[1], self.filename, None, self.filename2]
          : [a.items[0], a.items[1], self.filename],
      );
    }
    if (self.dict !== null) return makeTuple([self.cls, a, self.dict]);
    return makeTuple([self.cls, a]);
  },
});
defineMethods(PyExc_ImportError, {
  __reduce__(args) {
    const self = args[0] as PyImportError;
    let state: PyValue = self.dict ?? None;
    if (self.name !== None || self.path !== None) {
      const d = self.dict !== null ? self.dict.copyInto(new PyDict()) : new PyDict();
      if (self.name !== None) d.setStr("name", self.name);
      if (self.path !== None) d.setStr("path", self.path);
      state = d;
    }
    if (state === None) return makeTuple([self.cls, self.args]);
    return makeTuple([self.cls, self.args, state]);
  },
});

defineGetter(PyExc_BaseException, "args", (s) => (s as PyBaseException).args, (s, v) => {
  if (v === undefined) throw pyError(PyExc_TypeError, "args may not be deleted");
  (s as PyBaseException).args = v instanceof PyTuple ? v : makeTuple(iterateToArray(v));
});
defineGetter(
  PyExc_BaseException,
  "__traceback__",
  (s) => (s as PyBaseException).traceback ?? None,
  (s, v) => {
    if (v === undefined) throw pyError(PyExc_TypeError, "__traceback__ may not be deleted");
    if (v !== None && typeOf(v).name !== "traceback") {
      throw pyError(PyExc_TypeError, "__traceback__ must be a traceback or None");
    }
    (s as PyBaseException).traceback = v === None ? null : v as PyObject;
    (s as PyBaseException).storedTraceback = (s as PyBaseException).traceback;
  },
);
defineGetter(
  PyExc_BaseException,
  "__cause__",
  (s) => (s as PyBaseException).cause ?? None,
  (s, v) => {
    if (v === undefined) throw pyError(PyExc_TypeError, "__cause__ may not be deleted");
    if (v !== None && !(v instanceof PyBaseException)) {
      throw pyError(
        PyExc_TypeError,
        "exception cause must be None or derive from BaseException",
      );
    }
    const e = s as PyBaseException;
    e.cause = v === None ? null : v as PyBaseException;
    e.suppressContext = true;
  },
);
defineGetter(
  PyExc_BaseException,
  "__context__",
  (s) => (s as PyBaseException).context ?? None,
  (s, v) => {
    if (v === undefined) throw pyError(PyExc_TypeError, "__context__ may not be deleted");
    if (v !== None && !(v instanceof PyBaseException)) {
      throw pyError(
        PyExc_TypeError,
        "exception context must be None or derive from BaseException",
      );
    }
    (s as PyBaseException).context = v === None ? null : v as PyBaseException;
  },
);
defineGetter(
  PyExc_BaseException,
  "__suppress_context__",
  (s) => (s as PyBaseException).suppressContext,
  (s, v) => {
    (s as PyBaseException).suppressContext = v === undefined ? false : isTrue(v);
  },
);
/** Plain data attributes of a layout, read and written as JS fields. */
function fieldAttrs<T extends PyBaseException>(type: PyType, fields: (keyof T & string)[]) {
  for (const f of fields) {
    defineGetter(
      type,
      f,
      (s) => (s as unknown as Record<string, PyValue>)[f],
      (s, v) => {
        (s as unknown as Record<string, PyValue>)[f] = v === undefined ? None : v;
      },
    );
  }
}
fieldAttrs<PyStopIteration>(PyExc_StopIteration, ["value"]);
fieldAttrs<PySystemExit>(PyExc_SystemExit, ["code"]);
fieldAttrs<PyImportError>(PyExc_ImportError, ["msg", "name", "path"]);
fieldAttrs<PyAttributeError>(PyExc_AttributeError, ["name", "obj"]);
fieldAttrs<PyNameError>(PyExc_NameError, ["name"]);
fieldAttrs<PyOSError>(PyExc_OSError, ["errno", "strerror", "filename", "filename2"]);
fieldAttrs<PySyntaxError>(PyExc_SyntaxError, [
  "msg",
  "filename",
  "lineno",
  "offset",
  "text",
  "end_lineno",
  "end_offset",
  "print_file_and_line",
]);
fieldAttrs<PyUnicodeError>(PyExc_UnicodeError, ["encoding", "object", "start", "end", "reason"]);

// ---- Exception groups ----------------------------------------------------------------------

defineNew(PyExc_BaseExceptionGroup, (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError(PyExc_TypeError, `${cls.name}() takes no keyword arguments`);
  }
  if (args.length !== 2) {
    throw pyError(
      PyExc_TypeError,
      `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`,
    );
  }
  const [message, excsArg] = args;
  if (typeof message !== "string") {
    throw pyError(PyExc_TypeError, "argument 1 must be str, not " + typeOf(message).name);
  }
  const seqOk = excsArg instanceof PyTuple || excsArg instanceof PyList;
  if (!seqOk) throw pyError(PyExc_TypeError, "second argument (exceptions) must be a sequence");
  const excs = (excsArg as PyTuple | PyList).items.slice();
  if (excs.length === 0) {
    throw pyError(PyExc_ValueError, "second argument (exceptions) must be a non-empty sequence");
  }
  let allExceptions = true;
  excs.forEach((e, i) => {
    if (!(e instanceof PyBaseException)) {
      throw pyError(
        PyExc_ValueError,
        `Item ${i} of second argument (exceptions) is not an exception`,
      );
    }
    if (!e.cls.mro.includes(PyExc_Exception)) allExceptions = false;
  });
  if (cls === PyExc_BaseExceptionGroup) {
    if (allExceptions) cls = PyExc_ExceptionGroup;
  } else if (cls === PyExc_ExceptionGroup) {
    if (!allExceptions) {
      throw pyError(PyExc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    }
  } else if (!allExceptions && !cls.mro.includes(PyExc_Exception) === false) {
    throw pyError(
      PyExc_TypeError,
      `Cannot nest BaseExceptions in '${cls.name}'`,
    );
  }
  const self = cls.allocate!(cls) as PyBaseExceptionGroup;
  self.args = makeTuple([message, excsArg]);
  self.message = message;
  self.exceptions = makeTuple(excs);
  return self;
});

defineGetter(PyExc_BaseExceptionGroup, "message", (s) => (s as PyBaseExceptionGroup).message);
defineGetter(
  PyExc_BaseExceptionGroup,
  "exceptions",
  (s) => (s as PyBaseExceptionGroup).exceptions,
);

PyExc_BaseExceptionGroup.dict.setStr(
  "__init__",
  new PyBuiltinFunction("__init__", () => None),
);

/** How split/subgroup test a leaf exception: a type, tuple of types, or predicate. */
function groupMatcher(cond: PyValue): (e: PyBaseException) => boolean {
  if (isExceptionType(cond) || cond instanceof PyTuple) {
    checkExceptTarget(cond);
    return (e) => matchesChecked(e.cls, cond);
  }
  if (typeOf(cond).tp_call !== null || cond instanceof PyObject) {
    return (e) => isTrue(call(cond, [e], null));
  }
  throw pyError(
    PyExc_TypeError,
    "expected a function, exception type or tuple of exception types",
  );
}

function deriveGroup(g: PyBaseExceptionGroup, excs: PyValue[]): PyBaseExceptionGroup {
  const derived = callMethod(g, "derive", [new PyList(excs)]);
  if (!(derived instanceof PyBaseExceptionGroup)) {
    throw pyError(PyExc_TypeError, "derive must return an instance of BaseExceptionGroup");
  }
  derived.traceback = g.traceback;
  derived.cause = g.cause;
  derived.context = g.context;
  derived.suppressContext = g.suppressContext;
  // exceptiongroup_subset: the parts get copies of a sequence of notes; others are ignored.
  const notes = getAttrOrUndefined(g, "__notes__");
  if (notes !== undefined && isSequence(notes)) {
    setAttr(derived, "__notes__", new PyList(iterateToArray(notes)));
  }
  return derived;
}

/** PySequence_Check: a __getitem__ that is not a mapping's. */
export function isSequence(v: PyValue): boolean {
  return !(v instanceof PyDict) && lookupType(typeOf(v), "__getitem__") !== undefined;
}

/** Splits a group into (matching part, rest); either may be null. */
export function splitGroup(
  g: PyBaseExceptionGroup,
  match: (e: PyBaseException) => boolean,
): [PyBaseExceptionGroup | null, PyBaseExceptionGroup | null] {
  if (match(g)) return [g, null];
  const yes: PyValue[] = [];
  const no: PyValue[] = [];
  for (const e of g.exceptions.items) {
    if (e instanceof PyBaseExceptionGroup) {
      const [m, r] = splitGroup(e, match);
      if (m !== null) yes.push(m);
      if (r !== null) no.push(r);
    } else if (match(e as PyBaseException)) yes.push(e);
    else no.push(e);
  }
  return [
    yes.length === 0 ? null : deriveGroup(g, yes),
    no.length === 0 ? null : deriveGroup(g, no),
  ];
}

/** For CHECK_EG_MATCH: split by an except* target (type or tuple of types). */
export function exceptionGroupMatch(
  exc: PyBaseException,
  target: PyValue,
): [PyValue, PyValue] {
  checkExceptTarget(target);
  const targets = target instanceof PyTuple ? target.items : [target];
  if (targets.some((t) => (t as PyType).mro.includes(PyExc_BaseExceptionGroup))) {
    throw pyError(
      PyExc_TypeError,
      "catching ExceptionGroup with except* is not allowed. Use except instead.",
    );
  }
  const matcher = (e: PyBaseException) => matchesChecked(e.cls, target);
  if (!(exc instanceof PyBaseExceptionGroup)) {
    if (matcher(exc)) {
      // A naked exception caught by except*: wrapped in an ExceptionGroup("", [exc]).
      const wrapped = call(PyExc_BaseExceptionGroup, ["", makeTuple([exc])], null);
      (wrapped as PyBaseException).traceback = exc.traceback;
      return [None, wrapped];
    }
    return [exc, None];
  }
  const [m, r] = splitGroup(exc, matcher);
  return [r ?? None, m ?? None];
}

defineMethods(PyExc_BaseExceptionGroup, {
  derive(args) {
    const self = args[0] as PyBaseExceptionGroup;
    return call(PyExc_BaseExceptionGroup, [self.message, args[1]], null);
  },
  split(args) {
    const [m, r] = splitGroup(args[0] as PyBaseExceptionGroup, groupMatcher(args[1]));
    return makeTuple([m ?? None, r ?? None]);
  },
  subgroup(args) {
    const [m] = splitGroup(args[0] as PyBaseExceptionGroup, groupMatcher(args[1]));
    return m ?? None;
  },
});
defineClassMethod(PyExc_BaseExceptionGroup, "__class_getitem__", (args) => args[0]);
