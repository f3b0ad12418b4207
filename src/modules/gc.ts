// gc: the cycle collector's interface (CPython's Modules/gcmodule.c). Coil's memory is managed
// by V8's garbage collector, which Python cannot drive: collect() returns 0 and finds nothing,
// thresholds, debug flags and the enabled flag are kept but change nothing, get_objects() and
// get_referrers() return [] (docs/weakref.md lists what is a no-op).
import {
  dictType,
  None,
  objectType,
  PyDict,
  PyFloat,
  PyObject,
  type PyValue,
} from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import {
  bindArgs,
  checkArgs,
  type NativeFn,
  PyBuiltinFunction,
} from "../objects/builtin_function.ts";
import { pyError, PyExc_ValueError } from "../objects/exceptions.ts";
import { PyList } from "../objects/list.ts";
import { PySet } from "../objects/set.ts";
import { makeTuple, PyTuple, tupleType } from "../objects/tuple.ts";
import { PyModule } from "../runtime/module_object.ts";
import * as ops from "../runtime/ops.ts";

function fn(name: string, f: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, f, undefined, name, "gc");
}

/** What tp_traverse would visit for the common containers, in its order (gc.get_referents). */
function referents(o: PyValue, out: PyValue[]): void {
  if (!(o instanceof PyObject) || o instanceof PyFloat) return;
  if (o instanceof PyTuple || o instanceof PyList) {
    for (let i = o.items.length - 1; i >= 0; i--) out.push(o.items[i]);
    return;
  }
  if (o instanceof PyDict) {
    // A dict whose keys are all str visits only its values.
    const entries = [...o.entries()];
    const strKeys = entries.every((e) => typeof e.key === "string");
    for (const e of entries) {
      if (!strKeys) out.push(e.key);
      out.push(e.value);
    }
    return;
  }
  if (o instanceof PySet) {
    out.push(...abs.iterateToArray(o));
    return;
  }
  if (o.cls.isHeapType) {
    if (o.dict !== null) out.push(o.dict);
    out.push(o.cls);
  }
}

const ATOMIC_TYPES = new Set([
  "complex",
  "bytes",
  "range",
  "slice",
  "ellipsis",
  "NotImplementedType",
]);

/** Whether CPython's collector would track `o`: containers that may hold tracked objects. */
function isTracked(o: PyValue): boolean {
  if (!(o instanceof PyObject) || o === None || o instanceof PyFloat) return false;
  const t = o.cls;
  if (t === objectType) return false;
  if (o instanceof PyDict && t === dictType) {
    for (const e of o.entries()) if (isTracked(e.key) || isTracked(e.value)) return true;
    return false;
  }
  if (o instanceof PyTuple && t === tupleType) return o.items.some(isTracked);
  return t.isHeapType || !ATOMIC_TYPES.has(t.name);
}

export function createModule(): PyModule {
  const m = new PyModule("gc");
  const d = m.dict;
  const state = { enabled: true, debug: 0, threshold: [700, 10, 10], frozen: 0 };
  d.setStr(
    "__doc__",
    "This module provides access to the garbage collector for reference cycles.\n",
  );
  d.setStr("DEBUG_STATS", 1);
  d.setStr("DEBUG_COLLECTABLE", 2);
  d.setStr("DEBUG_UNCOLLECTABLE", 4);
  d.setStr("DEBUG_SAVEALL", 32);
  d.setStr("DEBUG_LEAK", 38);
  d.setStr("garbage", new PyList([]));
  d.setStr("callbacks", new PyList([]));
  const noArgs = (name: string, f: () => PyValue) =>
    fn(name, (args, kw) => {
      checkArgs(`gc.${name}`, args, kw, 0, 0);
      return f();
    });
  d.setStr("enable", noArgs("enable", () => (state.enabled = true, None)));
  d.setStr("disable", noArgs("disable", () => (state.enabled = false, None)));
  d.setStr("isenabled", noArgs("isenabled", () => state.enabled));
  d.setStr(
    "collect",
    fn("collect", (args, kw) => {
      const [gen] = bindArgs("collect", args, kw, ["generation"]);
      const g = gen === undefined ? 2 : abs.asSize(gen);
      if (g < 0 || g > 2) throw pyError(PyExc_ValueError, "invalid generation");
      return 0;
    }),
  );
  d.setStr("get_count", noArgs("get_count", () => makeTuple([0, 0, 0])));
  d.setStr("get_threshold", noArgs("get_threshold", () => makeTuple(state.threshold)));
  d.setStr(
    "set_threshold",
    fn("set_threshold", (args, kw) => {
      checkArgs("set_threshold", args, kw, 0, 3);
      if (args.length === 0) {
        throw ops.typeError("set_threshold() takes at least 1 argument (0 given)");
      }
      for (let i = 0; i < args.length; i++) state.threshold[i] = abs.asSize(args[i]);
      return None;
    }),
  );
  d.setStr(
    "set_debug",
    fn("set_debug", (args, kw) => {
      const [flags] = bindArgs("set_debug", args, kw, ["flags", "/"], 1);
      state.debug = abs.asSize(flags!);
      return None;
    }),
  );
  d.setStr("get_debug", noArgs("get_debug", () => state.debug));
  d.setStr(
    "get_objects",
    fn("get_objects", (args, kw) => {
      const [gen] = bindArgs("get_objects", args, kw, ["generation"]);
      if (gen !== undefined && gen !== None) {
        const g = abs.asSize(gen);
        if (g >= 3) {
          throw pyError(
            PyExc_ValueError,
            `generation parameter must be less than the number of available generations (3)`,
          );
        }
        if (g < 0) throw pyError(PyExc_ValueError, "generation parameter cannot be negative");
      }
      return new PyList([]);
    }),
  );
  d.setStr(
    "get_stats",
    noArgs("get_stats", () => {
      const stats: PyValue[] = [];
      for (let i = 0; i < 3; i++) {
        const s = new PyDict();
        s.setStr("collections", 0);
        s.setStr("collected", 0);
        s.setStr("uncollectable", 0);
        stats.push(s);
      }
      return new PyList(stats);
    }),
  );
  d.setStr("get_referrers", fn("get_referrers", () => new PyList([])));
  d.setStr(
    "get_referents",
    fn("get_referents", (args, kw) => {
      checkArgs("get_referents", args, kw, 0, Infinity);
      const out: PyValue[] = [];
      for (const o of args) referents(o, out);
      return new PyList(out);
    }),
  );
  d.setStr(
    "is_tracked",
    fn("is_tracked", (args, kw) => {
      checkArgs("gc.is_tracked", args, kw, 1, 1);
      return isTracked(args[0]);
    }),
  );
  d.setStr(
    "is_finalized",
    fn("is_finalized", (args, kw) => {
      checkArgs("gc.is_finalized", args, kw, 1, 1);
      return false;
    }),
  );
  d.setStr("freeze", noArgs("freeze", () => (state.frozen = 0, None)));
  d.setStr("unfreeze", noArgs("unfreeze", () => None));
  d.setStr("get_freeze_count", noArgs("get_freeze_count", () => state.frozen));
  return m;
}
