// __build_class__(func, name, *bases, metaclass=..., **kwds): what a `class` statement calls
// (CPython's builtin___build_class__): resolve __mro_entries__, pick the metaclass, make the
// namespace with __prepare__, run the class body in it, call the metaclass, check __class__.
import {
  None,
  PyDict,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "../objects/object.ts";
import { PyFunction } from "../objects/function.ts";
import { PyCell } from "../objects/cell.ts";
import { makeTuple, PyTuple } from "../objects/tuple.ts";
import * as abs from "../objects/abstract.ts";
import { calculateMetaclass, lookupType } from "../objects/type.ts";
import { PyBuiltinFunction } from "../objects/builtin_function.ts";
import { currentThread } from "./thread_state.ts";
import { pushFunctionFrame } from "./call.ts";
import { evalFrame } from "./eval.ts";
import * as ops from "./ops.ts";

function updateBases(bases: PyValue[]): PyValue[] {
  let changed = false;
  const out: PyValue[] = [];
  for (const b of bases) {
    if (b instanceof PyType) {
      out.push(b);
      continue;
    }
    const entries = abs.getAttrOrUndefined(b, "__mro_entries__");
    if (entries === undefined) {
      out.push(b);
      continue;
    }
    const r = abs.call(entries, [makeTuple(bases)], null);
    if (!(r instanceof PyTuple)) throw ops.typeError("__mro_entries__ must return a tuple");
    out.push(...r.items);
    changed = true;
  }
  return changed ? out : bases;
}

/** Runs a class body function with `ns` as its locals mapping; returns the __classcell__ or None. */
export function runClassBody(func: PyFunction, ns: PyValue): PyValue {
  const ts = currentThread;
  if (ts.depth >= ts.recursionLimit) throw ops.recursionError("");
  const frame = pushFunctionFrame(ts, func, [], 0, 0, null);
  frame.locals = ns as PyObject;
  frame.isEntry = true;
  return evalFrame(ts, frame);
}

export function buildClass(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 2) throw ops.typeError("__build_class__: not enough arguments");
  const func = args[0];
  if (!(func instanceof PyFunction)) {
    throw ops.typeError("__build_class__: func must be a function");
  }
  const name = args[1];
  if (typeof name !== "string") throw ops.typeError("__build_class__: name is not a string");
  const origBases = args.slice(2, npos);
  const bases = updateBases(origBases);

  let meta: PyValue | undefined = undefined;
  const kwValues: PyValue[] = [];
  const kwNames: string[] = [];
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === "metaclass") meta = args[npos + i];
    else {
      kwNames.push(kwnames![i]);
      kwValues.push(args[npos + i]);
    }
  }
  let isClass = false;
  if (meta === undefined) {
    meta = bases.length === 0 ? typeType : typeOf(bases[0]);
    isClass = true;
  } else {
    isClass = meta instanceof PyType;
  }
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);

  const basesTuple = makeTuple(bases);
  // type.__prepare__ just makes a dict: skip the call for the common case.
  const defaultPrepare = typeType.dict.getStr("__prepare__");
  const prepare = meta instanceof PyType && lookupType(meta, "__prepare__") === defaultPrepare
    ? undefined
    : abs.getAttrOrUndefined(meta, "__prepare__");
  let ns: PyValue;
  if (prepare === undefined) ns = new PyDict();
  else {
    ns = abs.call(prepare, [name, basesTuple, ...kwValues], kwNames.length ? kwNames : null);
    if (!(ns instanceof PyDict) && abs.lookupSpecial(ns, "__getitem__") === undefined) {
      throw ops.typeError(
        `${
          meta instanceof PyType ? meta.name : "<metaclass>"
        }.__prepare__() must return a mapping, not ${typeOf(ns).name}`,
      );
    }
  }
  const cell = runClassBody(func, ns);
  if (bases !== origBases) ops.mappingStore(ns as PyObject, "__orig_bases__", makeTuple(origBases));
  const cls = abs.call(
    meta,
    [name, basesTuple, ns, ...kwValues],
    kwNames.length ? kwNames : null,
  );
  if (cls instanceof PyType && cell instanceof PyCell) {
    if (cell.contents !== cls) {
      if (cell.contents === undefined) {
        throw ops.runtimeError(
          `__class__ not set defining '${name}' as ${
            abs.repr(cls)
          }. Was __classcell__ propagated to type.__new__?`,
        );
      }
      throw ops.typeError(
        `__class__ set to ${abs.repr(cell.contents)} defining '${name}' as ${abs.repr(cls)}`,
      );
    }
  }
  return cls;
}

export const buildClassFunction: PyBuiltinFunction = new PyBuiltinFunction(
  "__build_class__",
  buildClass,
  undefined,
  "__build_class__",
  "builtins",
);

export { None };
