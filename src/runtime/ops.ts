// The runtime's view of the objects layer: the operations the eval loop, generators and
// tracebacks need, mapped onto src/objects/abstract.ts and exceptions.ts (plus the few helpers
// that are the interpreter's own: raise semantics, exception chaining, unpacking messages).

import { processEnv } from "./permissions.ts";
import { awaitableOf } from "./generator_core.ts";
import {
  dictType,
  None,
  PyDict,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
  typeVersion,
} from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import {
  isBaseException,
  isExceptionType,
  newException,
  PyBaseException,
  pyError,
  PyExc_AssertionError,
  PyExc_BaseException,
  PyExc_GeneratorExit,
  PyExc_ImportError,
  PyExc_MemoryError,
  PyExc_ModuleNotFoundError,
  PyExc_NameError,
  PyExc_RecursionError,
  PyExc_RuntimeError,
  PyExc_StopAsyncIteration,
  PyExc_StopIteration,
  PyExc_SyntaxError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_UnboundLocalError,
  PyExc_ValueError,
  PyNameError,
  PyStopIteration,
  PySyntaxError,
  stopIteration as makeStopIteration,
} from "../objects/exceptions.ts";
import * as excs from "../objects/exceptions.ts";
import * as excs_ from "../objects/exceptions.ts";
import { listType, PyList } from "../objects/list.ts";
import { makeTuple as tupleOf, PyTuple, tupleType } from "../objects/tuple.ts";
import type { CompareOp } from "../compiler/opcodes.ts";
import { lookupType, patmaFlagsOf } from "../objects/type.ts";
import { getSysModule } from "./sys_module.ts";
import { CompilerLimitError, PySyntaxErrorInfo } from "../compiler/syntax_error.ts";

export { listType, tupleType };
export const getAttr = abs.getAttr;
export const getAttrOrUndefined = abs.getAttrOrUndefined;
export const setAttr = abs.setAttr;
export const delAttr = abs.delAttr;
export const lookupMethod = abs.lookupMethod;
export const getItem = abs.getItem;
export const setItem = abs.setItem;
export const delItem = abs.delItem;
export const binaryOp = abs.binaryOp;
export const negative = abs.negative;
export const positive = abs.positive;
export const invert = abs.invert;
export const isTrue = abs.isTrue;
export const contains = abs.contains;
export const getIter = abs.getIter;
export const iterNext = abs.iterNext;
export const call = abs.call;
export const callMethod = abs.callMethod;
export const repr = abs.repr;
export const str = abs.str;
export const ascii = abs.ascii;
export const format = abs.format;
export const len = abs.len;
export const iterateToArray = abs.iterateToArray;

export function compare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  return abs.richCompare(a, b, op);
}

export function is(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  // Unboxed values have no identity beyond their value; big ints are compared by value too.
  return typeof a === "bigint" && typeof b === "bigint" && a === b;
}

let objectGetAttribute: PyValue | undefined = undefined;
/** True when instances of `t` use object.__getattribute__ and define no __getattr__. */
export function hasGenericGetAttr(t: PyType): boolean {
  if (objectGetAttribute === undefined) {
    const obj = typeOf(None).mro[typeOf(None).mro.length - 1];
    objectGetAttribute = lookupType(obj, "__getattribute__");
    objectSetAttribute = lookupType(obj, "__setattr__");
  }
  return lookupType(t, "__getattribute__") === objectGetAttribute &&
    lookupType(t, "__getattr__") === undefined;
}
let objectSetAttribute: PyValue | undefined = undefined;

/**
 * Classes whose instances use object's __getattribute__/__setattr__ and no __getattr__: the
 * eval loop may read and write their instance dicts directly (after checking the class has no
 * data descriptor of that name). Memoized per type and namespace version (one Map probe).
 */
const plainClassMemo = new Map<PyType, number>();
export function isPlainClass(t: PyType): boolean {
  const version = typeVersion.value;
  const memo = plainClassMemo.get(t);
  if (memo === version) return true;
  if (memo === -1 - version) return false;
  const plain = t.isHeapType && hasGenericGetAttr(t) &&
    lookupType(t, "__setattr__") === objectSetAttribute;
  plainClassMemo.set(t, plain ? version : -1 - version);
  return plain;
}

/** hasGenericGetAttr memoized per type and namespace version (LOAD_METHOD's check). */
const genericGetAttrMemo = new Map<PyType, number>();
export function usesGenericGetAttr(t: PyType): boolean {
  const version = typeVersion.value;
  const memo = genericGetAttrMemo.get(t);
  if (memo === version) return true;
  if (memo === -1 - version) return false;
  const generic = hasGenericGetAttr(t);
  genericGetAttrMemo.set(t, generic ? version : -1 - version);
  return generic;
}

/**
 * LOAD_METHOD: the plain method `owner.name` would bind (a function or builtin method found on
 * the type, not shadowed by the instance dict), else undefined (then getattr decides).
 */
export function methodToCall(owner: PyValue, name: string): PyValue | undefined {
  const t = typeOf(owner);
  if (!usesGenericGetAttr(t)) return undefined;
  const descr = lookupType(t, name);
  if (descr === undefined || !typeOf(descr).isMethodDescriptor) return undefined;
  if (typeof owner === "object" && owner.dict !== null && t.instancesHaveDict) {
    if (owner.dict.map.has(name)) return undefined;
  }
  return descr;
}

/** True when `name` on class `t` is not a data descriptor (so the instance dict decides). */
export function noDataDescriptor(t: PyType, name: string): boolean {
  const descr = lookupType(t, name);
  if (descr === undefined) return true;
  const dt = typeOf(descr);
  return dt.tp_descr_set === null && !dt.isHeapType;
}

export function lookupSpecial(t: PyType, name: string): PyValue | undefined {
  return lookupType(t, name);
}

export function isIterator(v: PyValue): boolean {
  const t = typeOf(v);
  return t.tp_iternext !== null || lookupType(t, "__next__") !== undefined;
}

// ---- Builtin containers --------------------------------------------------------------------

export function makeTuple(items: readonly PyValue[]): PyTuple {
  return tupleOf(items);
}

export function newDict(): PyDict {
  return new PyDict();
}

export function dictSet(d: PyDict, k: PyValue, v: PyValue): void {
  if (d.cls === dictType) d.set(k, v);
  else abs.setItem(d, k, v);
}

/** Builtins the runtime reaches by name (set, slice...): filled by the interpreter setup. */
export const builtinRefs: { dict: PyDict | null } = { dict: null };
export function builtin(name: string): PyValue {
  const v = builtinRefs.dict?.getStr(name);
  if (v === undefined) throw pyError(PyExc_SystemError, `builtin '${name}' unavailable`);
  return v;
}

export function makeSet(items: PyValue[]): PyValue {
  return abs.call(builtin("set"), [new PyList(items)], null);
}
export function setAdd(set: PyValue, v: PyValue): void {
  abs.callMethod(set, "add", [v]);
}
export function setUpdate(set: PyValue, it: PyValue): void {
  abs.callMethod(set, "update", [it]);
}
export function makeSlice(a: PyValue, b: PyValue, c: PyValue): PyValue {
  return abs.call(builtin("slice"), [a, b, c], null);
}

export function listExtend(list: PyList, it: PyValue): void {
  if (typeof it === "object" && (it.cls === listType || it.cls === tupleType)) {
    for (const v of (it as PyList).items) list.items.push(v);
    return;
  }
  let items: PyValue[];
  try {
    items = abs.iterateToArray(it);
  } catch (e) {
    if (abs.exceptionIs(e, PyExc_TypeError) && !isIterable(it)) {
      throw pyError(PyExc_TypeError, `Value after * must be an iterable, not ${typeOf(it).name}`);
    }
    throw e;
  }
  for (const v of items) list.items.push(v);
}

function isIterable(v: PyValue): boolean {
  const t = typeOf(v);
  return lookupType(t, "__iter__") !== undefined || lookupType(t, "__getitem__") !== undefined;
}

function isMapping(v: PyValue): boolean {
  return v instanceof PyDict || lookupType(typeOf(v), "keys") !== undefined;
}

/** Items of a mapping as [key, value] pairs (dict fast path, else keys() + getitem). */
function mappingItems(m: PyValue): [PyValue, PyValue][] {
  if (m instanceof PyDict && m.cls === dictType) {
    const out: [PyValue, PyValue][] = [];
    for (const e of m.entries()) out.push([e.key, e.value]);
    return out;
  }
  const keys = abs.iterateToArray(abs.callMethod(m, "keys", []));
  return keys.map((k) => [k, abs.getItem(m, k)]);
}

export function dictUpdate(d: PyDict, m: PyValue): void {
  if (!isMapping(m)) {
    throw pyError(PyExc_TypeError, `'${typeOf(m).name}' object is not a mapping`);
  }
  for (const [k, v] of mappingItems(m)) dictSet(d, k, v);
}

/** CPython's _PyObject_FunctionStr: "module.qualname()" (no module for builtins). */
function funcDescription(f: PyValue | undefined): string {
  if (f === undefined) return "function";
  const q = abs.getAttrOrUndefined(f, "__qualname__");
  if (typeof q !== "string") return `${typeOf(f).name} object`;
  const m = abs.getAttrOrUndefined(f, "__module__");
  if (typeof m === "string" && m !== "builtins") return `${m}.${q}()`;
  return `${q}()`;
}

export function dictMerge(d: PyDict, m: PyValue, func: PyValue | undefined): void {
  if (!isMapping(m)) {
    throw pyError(
      PyExc_TypeError,
      `${funcDescription(func)} argument after ** must be a mapping, not ${typeOf(m).name}`,
    );
  }
  for (const [k, v] of mappingItems(m)) {
    if (d.has(k)) {
      throw pyError(
        PyExc_TypeError,
        `${funcDescription(func)} got multiple values for keyword argument '${abs.str(k)}'`,
      );
    }
    dictSet(d, k, v);
  }
}

/** CALL_FUNCTION_EX: positional array and keyword names from `*args` / `**kwargs`. */
export function callArgsFromEx(
  func: PyValue,
  argsObj: PyValue,
  kwargs: PyValue | undefined,
): [PyValue[], readonly string[] | null] {
  let args: PyValue[];
  if (argsObj instanceof PyTuple) args = argsObj.items.slice();
  else {
    if (!isIterable(argsObj)) {
      throw pyError(
        PyExc_TypeError,
        `${funcDescription(func)} argument after * must be an iterable, not ${
          typeOf(argsObj).name
        }`,
      );
    }
    args = abs.iterateToArray(argsObj);
  }
  if (kwargs === undefined) return [args, null];
  const kwnames: string[] = [];
  if (kwargs instanceof PyDict) {
    for (const e of kwargs.entries()) {
      if (typeof e.key !== "string") throw pyError(PyExc_TypeError, "keywords must be strings");
      kwnames.push(e.key);
      args.push(e.value);
    }
  } else {
    for (const [k, v] of mappingItems(kwargs)) {
      if (typeof k !== "string") throw pyError(PyExc_TypeError, "keywords must be strings");
      kwnames.push(k);
      args.push(v);
    }
  }
  return [args, kwnames.length === 0 ? null : kwnames];
}

export function annotationsDict(v: PyValue): PyDict {
  if (v instanceof PyDict) return v;
  const d = new PyDict();
  const items = (v as PyTuple).items;
  for (let i = 0; i + 1 < items.length; i += 2) d.set(items[i], items[i + 1]);
  return d;
}

// ---- Mappings used as namespaces -------------------------------------------------------------

export function mappingLoad(m: PyObject, name: string): PyValue | undefined {
  if (m instanceof PyDict && m.cls === dictType) return m.getStr(name);
  try {
    return abs.getItem(m, name);
  } catch (e) {
    if (abs.exceptionIs(e, excs.PyExc_KeyError)) return undefined;
    throw e;
  }
}

export function mappingStore(m: PyObject, name: string, v: PyValue): void {
  if (m instanceof PyDict && m.cls === dictType) m.setStr(name, v);
  else abs.setItem(m, name, v);
}

export function mappingDelete(m: PyObject, name: string): boolean {
  if (m instanceof PyDict && m.cls === dictType) return m.deleteStr(name);
  try {
    abs.delItem(m, name);
    return true;
  } catch (e) {
    if (abs.exceptionIs(e, excs.PyExc_KeyError)) return false;
    throw e;
  }
}

// ---- Unpacking -------------------------------------------------------------------------------

function unpackSource(seq: PyValue): PyValue[] {
  if (typeof seq === "object" && (seq.cls === tupleType || seq.cls === listType)) {
    return (seq as PyList).items as PyValue[];
  }
  if (!isIterable(seq)) {
    throw pyError(PyExc_TypeError, `cannot unpack non-iterable ${typeOf(seq).name} object`);
  }
  return abs.iterateToArray(seq);
}

export function unpackSequence(seq: PyValue, n: number): readonly PyValue[] {
  if (typeof seq === "object" && (seq.cls === tupleType || seq.cls === listType)) {
    const items = (seq as PyList).items;
    if (items.length === n) return items;
    if (items.length < n) {
      throw pyError(
        PyExc_ValueError,
        `not enough values to unpack (expected ${n}, got ${items.length})`,
      );
    }
    throw pyError(PyExc_ValueError, `too many values to unpack (expected ${n})`);
  }
  if (!isIterable(seq)) {
    throw pyError(PyExc_TypeError, `cannot unpack non-iterable ${typeOf(seq).name} object`);
  }
  const it = abs.getIter(seq);
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) {
    const v = abs.iterNext(it);
    if (v === undefined) {
      throw pyError(PyExc_ValueError, `not enough values to unpack (expected ${n}, got ${i})`);
    }
    out.push(v);
  }
  if (abs.iterNext(it) !== undefined) {
    throw pyError(PyExc_ValueError, `too many values to unpack (expected ${n})`);
  }
  return out;
}

/** UNPACK_EX: [before..., list, after...]. */
export function unpackEx(seq: PyValue, before: number, after: number): PyValue[] {
  const items = unpackSource(seq).slice();
  if (items.length < before + after) {
    throw pyError(
      PyExc_ValueError,
      `not enough values to unpack (expected at least ${before + after}, got ${items.length})`,
    );
  }
  const head = items.slice(0, before);
  const middle = items.slice(before, items.length - after);
  const tail = items.slice(items.length - after);
  return [...head, new PyList(middle), ...tail];
}

// ---- Exceptions ------------------------------------------------------------------------------

export function typeError(msg: string): PyBaseException {
  return pyError(PyExc_TypeError, msg);
}
export function valueError(msg: string): PyBaseException {
  return pyError(PyExc_ValueError, msg);
}
export function runtimeError(msg: string): PyBaseException {
  return pyError(PyExc_RuntimeError, msg);
}
export function systemError(msg: string): PyBaseException {
  return pyError(PyExc_SystemError, msg);
}
export function recursionError(where: string): PyBaseException {
  return pyError(PyExc_RecursionError, `maximum recursion depth exceeded${where}`);
}
export function generatorExit(): PyBaseException {
  return pyError(PyExc_GeneratorExit);
}
export function importError(msg: string, name?: string, path?: PyValue): PyBaseException {
  const e = pyError(PyExc_ImportError, msg) as excs.PyImportError;
  if (name !== undefined) e.name = name;
  if (path !== undefined) e.path = path;
  return e;
}
export function moduleNotFound(name: string): PyBaseException {
  const e = pyError(PyExc_ModuleNotFoundError, `No module named '${name}'`) as excs.PyImportError;
  e.name = name;
  return e;
}

/** NameError "name 'x' is not defined" (or a full message when `raw`). */
export function nameError(nameOrMsg: string, raw = false): PyBaseException {
  const e = pyError(PyExc_NameError, raw ? nameOrMsg : `name '${nameOrMsg}' is not defined`);
  if (!raw) (e as PyNameError).name = nameOrMsg;
  return e;
}
export function unboundLocalError(msg: string): PyBaseException {
  return pyError(PyExc_UnboundLocalError, msg);
}
export function assertionErrorType(): PyValue {
  return PyExc_AssertionError;
}

export function isStopIteration(e: unknown): boolean {
  return abs.exceptionIs(e, PyExc_StopIteration);
}
export function isStopAsyncIteration(e: unknown): boolean {
  return abs.exceptionIs(e, PyExc_StopAsyncIteration);
}
export function isGeneratorExit(e: unknown): boolean {
  return abs.exceptionIs(e, PyExc_GeneratorExit);
}
export function stopIteration(v: PyValue): PyBaseException {
  return makeStopIteration(v);
}
export function stopIterationValue(e: PyValue): PyValue {
  return e instanceof PyStopIteration ? e.value : None;
}

/** `raise X`: a class is instantiated, an instance raised, anything else is a TypeError. */
export function exceptionFromRaise(v: PyValue): PyBaseException {
  if (v instanceof PyType && isExceptionType(v)) {
    const e = abs.call(v, [], null);
    if (!isBaseException(e)) {
      throw pyError(
        PyExc_TypeError,
        `calling ${abs.repr(v)} should have returned an instance of BaseException, not ${
          typeOf(e).name
        }`,
      );
    }
    return e;
  }
  if (isBaseException(v)) return v;
  throw pyError(PyExc_TypeError, "exceptions must derive from BaseException");
}

/** `raise exc from cause`. */
export function setCause(exc: PyBaseException, cause: PyValue): void {
  if (cause === None) {
    exc.cause = null;
  } else if (cause instanceof PyType && isExceptionType(cause)) {
    exc.cause = abs.call(cause, [], null) as PyBaseException;
  } else if (isBaseException(cause)) {
    exc.cause = cause;
  } else {
    throw pyError(PyExc_TypeError, "exception causes must derive from BaseException");
  }
  exc.suppressContext = true;
}

export function setCauseAndContext(exc: PyBaseException, cause: PyValue): void {
  if (isBaseException(cause)) {
    exc.cause = cause;
    exc.context = cause;
  }
}

/** Implicit chaining (_PyErr_SetObject): the handled exception becomes __context__. */
export function chainContext(exc: PyValue, handled: PyValue | undefined): void {
  if (handled === undefined || handled === None || handled === exc) return;
  if (!(exc instanceof PyBaseException) || !(handled instanceof PyBaseException)) return;
  // Break cycles: if exc already appears in handled's context chain, cut it there.
  let o: PyBaseException = handled;
  for (;;) {
    const ctx = o.context;
    if (ctx === null) break;
    if (ctx === exc) {
      o.context = null;
      break;
    }
    o = ctx;
  }
  exc.context = handled;
}

export function exceptionMatches(exc: PyValue, type: PyValue): boolean {
  return excs.exceptionMatches(exc as PyBaseException, type);
}

export function exceptionGroupMatch(exc: PyValue, type: PyValue): [PyValue, PyValue] {
  return excs.exceptionGroupMatch(exc as PyBaseException, type);
}

/**
 * PREP_RERAISE_STAR (CPython's _PyExc_PrepReraiseStar): combine what the except* clauses
 * raised. Re-raised parts (same traceback/cause/context/notes as the original group) are
 * projected back onto the original group's structure; new exceptions come first; a single
 * result is raised as itself, several as ExceptionGroup("", [...]).
 */
export function prepReraiseStar(orig: PyValue, list: PyList): PyValue {
  const excs = list.items.filter((e) => e !== None) as PyBaseException[];
  if (excs.length === 0) return None;
  if (!(orig instanceof excs_.PyBaseExceptionGroup)) return excs[0];
  const o = orig as PyBaseException;
  const raised: PyValue[] = [];
  const reraised: PyBaseException[] = [];
  for (const e of excs) {
    // is_same_exception_metadata also compares 3.11's `notes` field, which stays NULL there
    // (__notes__ is in the instance dict), so notes never make a difference.
    const same = e.traceback === o.traceback && e.cause === o.cause &&
      e.context === o.context;
    (same ? reraised : raised).push(e);
  }
  let projection: PyValue | null = null;
  if (reraised.length > 0) {
    const leaves = new Set<PyValue>();
    for (const r of reraised) collectLeaves(r, leaves);
    const [m] = excs_.splitGroup(orig, (e) => leaves.has(e));
    projection = m;
  }
  if (raised.length === 0) return projection ?? None;
  if (projection !== null) raised.push(projection);
  if (raised.length === 1) return raised[0];
  return abs.call(excs_.PyExc_BaseExceptionGroup, ["", new PyList(raised)], null);
}
function collectLeaves(e: PyValue, out: Set<PyValue>): void {
  if (e instanceof excs_.PyBaseExceptionGroup) {
    for (const x of e.exceptions.items) collectLeaves(x, out);
  } else out.add(e);
}

export function getTraceback(exc: PyValue): PyValue {
  return exc instanceof PyBaseException && exc.traceback !== null ? exc.traceback : None;
}

/** gen.throw(typ[, val[, tb]]) argument normalization. */
export function normalizeThrowArgs(args: PyValue[]): PyValue {
  if (args.length === 0) {
    throw pyError(PyExc_TypeError, "throw expected at least 1 argument, got 0");
  }
  const typ = args[0];
  const val = args.length > 1 ? args[1] : None;
  const tb = args.length > 2 ? args[2] : None;
  if (tb !== None && !(tb instanceof PyObject && tb.cls.name === "traceback")) {
    throw pyError(PyExc_TypeError, "throw() third argument must be a traceback object");
  }
  let exc: PyBaseException;
  if (typ instanceof PyType && isExceptionType(typ)) {
    if (isBaseException(val) && abs.isInstance(val, typ)) exc = val;
    else if (val === None) exc = abs.call(typ, [], null) as PyBaseException;
    else if (val instanceof PyTuple) {
      exc = abs.call(typ, val.items.slice(), null) as PyBaseException;
    } else exc = abs.call(typ, [val], null) as PyBaseException;
  } else if (isBaseException(typ)) {
    if (val !== None) {
      throw pyError(PyExc_TypeError, "instance exception may not have a separate value");
    }
    exc = typ;
  } else {
    throw pyError(
      PyExc_TypeError,
      `exceptions must be classes or instances deriving from BaseException, not ${
        typeOf(typ).name
      }`,
    );
  }
  if (tb !== None) {
    if (!(tb instanceof PyObject) || tb.cls.name !== "traceback" || tb.cls.isHeapType) {
      throw pyError(PyExc_TypeError, "throw() third argument must be a traceback object");
    }
    exc.traceback = tb;
  }
  return exc;
}

export function contextManagerMethods(mgr: PyValue, isAsync: boolean): [PyValue, PyValue] {
  const t = typeOf(mgr);
  const enterName = isAsync ? "__aenter__" : "__enter__";
  const exitName = isAsync ? "__aexit__" : "__exit__";
  const enter = lookupType(t, enterName);
  if (enter === undefined) {
    throw pyError(
      PyExc_TypeError,
      isAsync
        ? `'${t.name}' object does not support the asynchronous context manager protocol`
        : `'${t.name}' object does not support the context manager protocol`,
    );
  }
  const exit = lookupType(t, exitName);
  if (exit === undefined) {
    throw pyError(
      PyExc_TypeError,
      isAsync
        ? `'${t.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`
        : `'${t.name}' object does not support the context manager protocol (missed __exit__ method)`,
    );
  }
  return [bind(enter, mgr), bind(exit, mgr)];
}

function bind(descr: PyValue, obj: PyValue): PyValue {
  const get = typeOf(descr).tp_descr_get;
  return get !== null ? get(descr as PyObject, obj, typeOf(obj)) : descr;
}

/** Anything thrown inside the interpreter, as a Python exception. */
export function toPyException(e: unknown): PyValue {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && e.message === "Maximum call stack size exceeded") {
    return pyError(PyExc_RecursionError, "maximum recursion depth exceeded");
  }
  if (e instanceof PySyntaxErrorInfo) return syntaxErrorFromInfo(e);
  if (e instanceof CompilerLimitError) {
    if (e.kind === "MemoryError") return newException(PyExc_MemoryError, []);
    return pyError(PyExc_RecursionError, e.msg);
  }
  // JavaScript's allocation limits (a string or array too long for V8, an ArrayBuffer that
  // cannot be allocated) are what CPython reports as MemoryError.
  if (
    e instanceof RangeError &&
    /^(Invalid (string|array|typed array) length|Array buffer allocation failed)/.test(e.message)
  ) {
    return newException(PyExc_MemoryError, []);
  }
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  if (processEnv("COIL_DEBUG")) console.error(e); // never a permission the host did not grant
  return pyError(PyExc_SystemError, `internal error: ${message}`);
}

export function syntaxErrorFromInfo(e: PySyntaxErrorInfo): PyBaseException {
  const type = excs.builtinExceptionTypes.get(e.kind) ?? PyExc_SyntaxError;
  const exc = newException(type, [
    e.msg,
    tupleOf([e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset]),
  ]);
  return exc;
}

export function isSubtypeOfSyntaxError(t: PyType): boolean {
  return t.mro.includes(PyExc_SyntaxError);
}

export function exceptionMessage(exc: PyValue): string {
  return abs.str(exc);
}

export function typeModuleName(t: PyType): string {
  if (!t.isHeapType) return "builtins";
  const m = t.dict.getStr("__module__");
  return typeof m === "string" ? m : "builtins";
}

export function isException(v: unknown): v is PyBaseException {
  return v instanceof PyBaseException;
}

export { PyExc_BaseException, PySyntaxError, typeType };

// ---- Async iteration ---------------------------------------------------------------------

export function getAIter(v: PyValue): PyValue {
  const t = typeOf(v);
  const f = lookupType(t, "__aiter__");
  if (f === undefined) {
    throw pyError(
      PyExc_TypeError,
      `'async for' requires an object with __aiter__ method, got ${t.name}`,
    );
  }
  const it = abs.callSpecial(f, v, []);
  if (lookupType(typeOf(it), "__anext__") === undefined) {
    throw pyError(
      PyExc_TypeError,
      `'async for' received an object from __aiter__ that does not implement __anext__: ${
        typeOf(it).name
      }`,
    );
  }
  return it;
}

export function getANext(aiter: PyValue): PyValue {
  const t = typeOf(aiter);
  const f = lookupType(t, "__anext__");
  if (f === undefined) {
    throw pyError(
      PyExc_TypeError,
      `'async for' requires an iterator with __anext__ method, got ${t.name}`,
    );
  }
  const awaitable = abs.callSpecial(f, aiter, []);
  try {
    return awaitableOf(awaitable, 0);
  } catch (e) {
    if (abs.exceptionIs(e, PyExc_TypeError)) {
      throw pyError(
        PyExc_TypeError,
        `'async for' received an invalid object from __anext__: ${typeOf(awaitable).name}`,
      );
    }
    throw e;
  }
}

// ---- Pattern matching ----------------------------------------------------------------------

const MATCH_SELF_TYPES = new Set([
  "bool",
  "bytearray",
  "bytes",
  "dict",
  "float",
  "frozenset",
  "int",
  "list",
  "set",
  "str",
  "tuple",
]);

function matchesSelf(t: PyType): boolean {
  return t.mro.some((c) => !c.isHeapType && MATCH_SELF_TYPES.has(c.name));
}

/** MATCH_CLASS (CPython's match_class): the matched attributes, or None for no match. */
export function matchClass(
  subject: PyValue,
  type: PyValue,
  nargs: number,
  kwNames: PyTuple,
): PyValue {
  if (!(type instanceof PyType)) {
    throw pyError(PyExc_TypeError, "called match pattern must be a type");
  }
  if (!abs.isInstance(subject, type)) return None;
  const seen = new Set<string>();
  const attrs: PyValue[] = [];
  const attr = (name: string): PyValue | undefined => {
    if (seen.has(name)) {
      throw pyError(
        PyExc_TypeError,
        `${type.name}() got multiple sub-patterns for attribute ${abs.repr(name)}`,
      );
    }
    seen.add(name);
    return abs.getAttrOrUndefined(subject, name);
  };
  if (nargs > 0) {
    const matchArgs = abs.getAttrOrUndefined(type, "__match_args__");
    let names: readonly PyValue[] = [];
    let matchSelf = false;
    if (matchArgs !== undefined) {
      if (!(matchArgs instanceof PyTuple)) {
        throw pyError(
          PyExc_TypeError,
          `${type.name}.__match_args__ must be a tuple (got ${typeOf(matchArgs).name})`,
        );
      }
      names = matchArgs.items;
    } else {
      matchSelf = matchesSelf(type);
    }
    const allowed = matchSelf ? 1 : names.length;
    if (allowed < nargs) {
      throw pyError(
        PyExc_TypeError,
        `${type.name}() accepts ${allowed} positional sub-pattern${
          allowed === 1 ? "" : "s"
        } (${nargs} given)`,
      );
    }
    if (matchSelf) attrs.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const name = names[i];
        if (typeof name !== "string") {
          throw pyError(
            PyExc_TypeError,
            `__match_args__ elements must be strings (got ${typeOf(name).name})`,
          );
        }
        const v = attr(name);
        if (v === undefined) return None;
        attrs.push(v);
      }
    }
  }
  for (const name of kwNames.items) {
    const v = attr(name as string);
    if (v === undefined) return None;
    attrs.push(v);
  }
  return tupleOf(attrs);
}
export function matchMapping(s: PyValue): boolean {
  if (s instanceof PyDict) return true;
  if (typeof s !== "object") return false;
  return (patmaFlagsOf(typeOf(s)) & 64) !== 0;
}
export function matchSequence(s: PyValue): boolean {
  if (typeof s !== "object") return false;
  const t = typeOf(s);
  if (t === listType || t === tupleType) return true;
  return (patmaFlagsOf(t) & 32) !== 0;
}
export function matchKeys(subject: PyValue, keys: PyTuple): PyValue {
  const values: PyValue[] = [];
  const get = abs.getAttrOrUndefined(subject, "get");
  const dummy = new PyObject(typeOf(None));
  for (const k of keys.items) {
    let v: PyValue | undefined;
    if (subject instanceof PyDict && get === undefined) v = subject.get(k);
    else {
      const r = abs.call(get!, [k, dummy], null);
      v = r === dummy ? undefined : r;
    }
    if (v === undefined) return None;
    values.push(v);
  }
  return tupleOf(values);
}

/** PRINT_EXPR: an expression statement of interactive ("single") code goes to sys.displayhook. */
export function printExpr(v: PyValue): void {
  const hook = getSysModule().dict.getStr("displayhook");
  if (hook === undefined) throw pyError(PyExc_RuntimeError, "lost sys.displayhook");
  abs.call(hook, [v], null);
}

export function isInstance(v: PyValue, t: PyValue): boolean {
  return abs.isInstance(v, t);
}

export { isBaseException, typeOf };
export const isSubtypeOf = (a: PyType, b: PyType) => a.mro.includes(b);
export { typeType as _typeType };
