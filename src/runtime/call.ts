// Calling Python functions: pushing the callee's frame and binding the arguments straight into
// its localsplus slots (CPython's _PyEvalFramePushAndInit + initialize_locals), with CPython's
// error messages. Used by the eval loop for inlined calls and by `callFunction` for calls from
// JS (functionType.tp_call), which runs a nested eval loop.

import { CodeFlag } from "../objects/code.ts";
import { PyDict } from "../objects/dict.ts";
import type { PyValue } from "../objects/object.ts";
import { makeTuple } from "../objects/tuple.ts";
import { functionType, PyFunction } from "../objects/function.ts";
import type { InterpreterFrame } from "./interpreter_frame.ts";
import { currentThread, type ThreadState } from "./thread_state.ts";
import { evalFrame } from "./eval.ts";
import * as ops from "./ops.ts";

const NEEDS_GENERAL_BINDING = CodeFlag.VARARGS | CodeFlag.VARKEYWORDS;

/**
 * Pushes a frame for `func` and binds the call's arguments `src[start .. start + nargs)` (the
 * last `kwnames.length` of them keyword values) into it. On a binding error the frame is popped
 * again and the TypeError propagates to the caller's frame.
 */
export function pushFunctionFrame(
  ts: ThreadState,
  func: PyFunction,
  src: (PyValue | undefined)[],
  start: number,
  nargs: number,
  kwnames: readonly string[] | null,
): InterpreterFrame {
  const code = func.code;
  const frame = ts.pushFrame(code, func.globals, func.builtins);
  frame.func = func;
  const s = frame.slots;
  const base = frame.base;
  if (
    kwnames === null && nargs === code.co_argcount &&
    (code.co_flags & NEEDS_GENERAL_BINDING) === 0 && code.co_kwonlyargcount === 0
  ) {
    for (let i = 0; i < nargs; i++) s[base + i] = src[start + i];
    return frame;
  }
  try {
    bindArguments(func, s, base, src, start, nargs, kwnames);
  } catch (e) {
    ts.popFrame(frame);
    throw e;
  }
  return frame;
}

/** Calls a Python function from JS: a nested eval-loop run (functionType.tp_call). */
export function callFunction(
  func: PyFunction,
  args: PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  const ts = currentThread;
  if (ts.depth >= ts.recursionLimit) throw ops.recursionError("");
  const frame = pushFunctionFrame(ts, func, args, 0, args.length, kwnames);
  frame.isEntry = true;
  return evalFrame(ts, frame);
}

functionType.tp_call = (f, args, kwnames) => callFunction(f as PyFunction, args, kwnames);

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** 'a', 'a' and 'b', 'a', 'b', and 'c' — CPython's format_missing. */
function nameList(names: string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  if (quoted.length === 1) return quoted[0];
  if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
}

/** The general case of argument binding (CPython's initialize_locals). */
function bindArguments(
  func: PyFunction,
  s: (PyValue | undefined)[],
  base: number,
  src: (PyValue | undefined)[],
  start: number,
  nargs: number,
  kwnames: readonly string[] | null,
): void {
  const code = func.code;
  const fname = func.qualname;
  const argcount = code.co_argcount;
  const posonly = code.co_posonlyargcount;
  const kwonly = code.co_kwonlyargcount;
  const totalArgs = argcount + kwonly;
  const hasVarargs = (code.co_flags & CodeFlag.VARARGS) !== 0;
  const names = code.co_localsplusnames;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = nargs - nkw;

  let kwdict: PyDict | null = null;
  if (code.co_flags & CodeFlag.VARKEYWORDS) {
    kwdict = ops.newDict();
    s[base + totalArgs + (hasVarargs ? 1 : 0)] = kwdict;
  }

  const ncopy = npos < argcount ? npos : argcount;
  for (let i = 0; i < ncopy; i++) s[base + i] = src[start + i];
  if (hasVarargs) {
    const extra: PyValue[] = [];
    for (let i = ncopy; i < npos; i++) extra.push(src[start + i]!);
    s[base + totalArgs] = makeTuple(extra);
  }

  // Keyword arguments.
  let posonlyAsKeyword: string[] | null = null;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const value = src[start + npos + k]!;
    let index = -1;
    for (let j = posonly; j < totalArgs; j++) {
      if (names[j] === name) {
        index = j;
        break;
      }
    }
    if (index < 0) {
      if (kwdict !== null) {
        kwdict.setStr(name, value);
        continue;
      }
      if (names.indexOf(name) >= 0 && names.indexOf(name) < posonly) {
        (posonlyAsKeyword ??= []).push(name);
        continue;
      }
      throw ops.typeError(`${fname}() got an unexpected keyword argument '${name}'`);
    }
    if (s[base + index] !== undefined) {
      throw ops.typeError(`${fname}() got multiple values for argument '${name}'`);
    }
    s[base + index] = value;
  }
  if (posonlyAsKeyword !== null) {
    throw ops.typeError(
      `${fname}() got some positional-only arguments passed as keyword arguments: '${
        posonlyAsKeyword.join(", ")
      }'`,
    );
  }

  // Too many positional arguments.
  if (npos > argcount && !hasVarargs) {
    const defcount = func.defaults === null ? 0 : func.defaults.length;
    let kwonlyGiven = 0;
    for (let j = argcount; j < totalArgs; j++) if (s[base + j] !== undefined) kwonlyGiven++;
    const takes = defcount > 0
      ? `from ${argcount - defcount} to ${argcount} positional arguments`
      : plural(argcount, "positional argument");
    const given = kwonlyGiven > 0
      ? `${plural(npos, "positional argument")} (and ${
        plural(kwonlyGiven, "keyword-only argument")
      }) were given`
      : `${npos} ${npos === 1 ? "was" : "were"} given`;
    throw ops.typeError(`${fname}() takes ${takes} but ${given}`);
  }

  // Missing positional arguments: defaults fill the last ones.
  if (npos < argcount) {
    const defaults = func.defaults;
    const defcount = defaults === null ? 0 : defaults.length;
    const firstDefault = argcount - defcount;
    let missing: string[] | null = null;
    for (let i = npos; i < argcount; i++) {
      if (s[base + i] !== undefined) continue;
      if (i >= firstDefault) s[base + i] = defaults![i - firstDefault];
      else (missing ??= []).push(names[i]);
    }
    if (missing !== null) {
      throw ops.typeError(
        `${fname}() missing ${missing.length} required positional argument${
          missing.length === 1 ? "" : "s"
        }: ${nameList(missing)}`,
      );
    }
  }

  // Keyword-only arguments.
  if (kwonly > 0) {
    let missing: string[] | null = null;
    for (let i = argcount; i < totalArgs; i++) {
      if (s[base + i] !== undefined) continue;
      const d = func.kwdefaults === null ? undefined : func.kwdefaults.getStr(names[i]);
      if (d !== undefined) s[base + i] = d;
      else (missing ??= []).push(names[i]);
    }
    if (missing !== null) {
      throw ops.typeError(
        `${fname}() missing ${missing.length} required keyword-only argument${
          missing.length === 1 ? "" : "s"
        }: ${nameList(missing)}`,
      );
    }
  }
}
