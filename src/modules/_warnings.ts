// _warnings: the warnings machinery CPython writes in C (Python/_warnings.c). warnings.py
// imports filters, _defaultaction, _onceregistry, warn, warn_explicit and _filters_mutated from
// here; once warnings.py is imported, its `filters`, `defaultaction`, `_onceregistry` and
// `_showwarnmsg` take over (read from sys.modules["warnings"] on each warning, as CPython).
//
// `warnExplicit` is also how the runtime itself warns (the never-awaited coroutine warning).
import { None, PyDict, PyObject, PyType, type PyValue, typeOf } from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import { bindArgs, type NativeFn, PyBuiltinFunction } from "../objects/builtin_function.ts";
import {
  isBaseException,
  pyError,
  PyExc_DeprecationWarning,
  PyExc_ImportWarning,
  PyExc_PendingDeprecationWarning,
  PyExc_ResourceWarning,
  PyExc_RuntimeError,
  PyExc_TypeError,
  PyExc_UserWarning,
  PyExc_ValueError,
  PyExc_Warning,
} from "../objects/exceptions.ts";
import { PyList } from "../objects/list.ts";
import { makeTuple, PyTuple } from "../objects/tuple.ts";
import { PyModule } from "../runtime/module_object.ts";
import { currentThread } from "../runtime/thread_state.ts";
import type { InterpreterFrame } from "../runtime/interpreter_frame.ts";
import { importModuleByName, importState } from "../runtime/import.ts";
import { getSourceLine } from "../runtime/traceback_print.ts";
import { flushStdio } from "./_io/stdstreams.ts";
import { stdio } from "./_io/sinks.ts";
import * as ops from "../runtime/ops.ts";

/** The interpreter's warnings state (CPython's WarningsState), one per module object. */
interface WarningsState {
  filters: PyList;
  onceRegistry: PyDict;
  defaultAction: string;
  filtersVersion: number;
  module: PyModule;
}

// ---- Reading warnings.py's overrides -----------------------------------------------------------

/** An attribute of the `warnings` module if it was imported (or is imported now if `load`). */
function warningsAttr(name: string, load: boolean): PyValue | undefined {
  let warnings = importState.modules.getStr("warnings");
  if (warnings === undefined && load) {
    try {
      warnings = importModuleByName("warnings");
    } catch (e) {
      if (!isBaseException(e)) throw e;
      return undefined;
    }
  }
  if (!(warnings instanceof PyObject) || warnings === None) return undefined;
  return abs.getAttrOrUndefined(warnings, name);
}

function getFilters(st: WarningsState): PyList {
  const f = warningsAttr("filters", false);
  if (f !== undefined) {
    if (!(f instanceof PyList)) throw pyError(PyExc_ValueError, "warnings.filters must be a list");
    st.filters = f;
  }
  return st.filters;
}

function getOnceRegistry(st: WarningsState): PyDict {
  const r = warningsAttr("_onceregistry", false);
  if (r !== undefined) {
    if (!(r instanceof PyDict)) {
      throw ops.typeError(
        `warnings._onceregistry must be a dict, not '${typeOf(r).name}'`,
      );
    }
    st.onceRegistry = r;
  }
  return st.onceRegistry;
}

function getDefaultAction(st: WarningsState): string {
  const a = warningsAttr("defaultaction", false);
  if (a !== undefined) {
    if (typeof a !== "string") {
      throw ops.typeError(`warnings.defaultaction must be a string, not '${typeOf(a).name}'`);
    }
    st.defaultAction = a;
  }
  return st.defaultAction;
}

// ---- Filters and registries --------------------------------------------------------------------

/** A filter's message or module part: None matches all, a str exactly, a regex by match(). */
function checkMatched(obj: PyValue, arg: PyValue): boolean {
  if (obj === None) return true;
  if (typeof obj === "string") return typeof arg === "string" && obj === arg;
  return abs.isTrue(abs.callMethod(obj, "match", [arg]));
}

/** The action of the first matching filter (and the filter), else the default action. */
function getFilter(
  st: WarningsState,
  category: PyValue,
  text: PyValue,
  lineno: number,
  module: PyValue,
): [string, PyValue] {
  const filters = getFilters(st);
  for (let i = 0; i < filters.items.length; i++) {
    const item = filters.items[i];
    if (!(item instanceof PyTuple) || item.items.length !== 5) {
      throw pyError(PyExc_ValueError, `_warnings.filters item ${i} isn't a 5-tuple`);
    }
    const [action, msg, cat, mod, ln] = item.items;
    if (typeof action !== "string") {
      throw ops.typeError(`action must be a string, not '${typeOf(action).name}'`);
    }
    const line = abs.asSize(ln);
    if (
      checkMatched(msg, text) && abs.isSubclass(category, cat) && checkMatched(mod, module) &&
      (line === 0 || line === lineno)
    ) {
      return [action, item];
    }
  }
  return [getDefaultAction(st), None];
}

/** Whether `key` was already warned about in `registry` (clearing it if filters changed). */
function alreadyWarned(
  st: WarningsState,
  registry: PyDict,
  key: PyValue,
  shouldSet: boolean,
): boolean {
  const version = registry.getStr("version");
  if (typeof version !== "number" || version !== st.filtersVersion) {
    registry.clear();
    registry.setStr("version", st.filtersVersion);
  } else {
    const warned = registry.get(key);
    if (warned !== undefined && abs.isTrue(warned)) return true;
  }
  if (shouldSet) registry.set(key, true);
  return false;
}

/** The module name a filename implies: "spam.py" -> "spam". */
function normalizeModule(filename: string): string {
  if (filename.length === 0) return "<unknown>";
  return filename.endsWith(".py") ? filename.slice(0, -3) : filename;
}

// ---- Showing a warning ---------------------------------------------------------------------------

function writeStderr(text: string): void {
  flushStdio();
  const sys = importState.modules.getStr("sys");
  const err = sys instanceof PyModule ? sys.dict.getStr("stderr") : undefined;
  if (err === None) return;
  if (err !== undefined) {
    abs.callMethod(err, "write", [text]);
    return;
  }
  stdio.writeStderr(text);
}

/** The source line as linecache gives it, else from the runtime's cache of source files. */
function sourceLine(filename: string, lineno: number): string | undefined {
  const linecache = importState.modules.getStr("linecache");
  if (linecache instanceof PyModule) {
    try {
      const line = abs.callMethod(linecache, "getline", [filename, lineno]);
      if (typeof line === "string" && line !== "") return line;
    } catch (e) {
      if (!isBaseException(e)) throw e;
    }
  }
  return getSourceLine(filename, lineno);
}

/** CPython's show_warning: the report when warnings.py is not imported. */
function showWarning(
  filename: string,
  lineno: number,
  text: PyValue,
  category: PyValue,
  sourceline: string | undefined,
): void {
  const name = abs.getAttrOrUndefined(category, "__name__");
  let out = `${filename}:${lineno}: ${name === undefined ? "???" : abs.str(name)}: ${
    abs.str(text)
  }\n`;
  const line = sourceline ?? sourceLine(filename, lineno);
  if (line !== undefined) {
    const stripped = line.replace(/^[ \t\f]+/, "").replace(/\r?\n$/, "");
    if (stripped !== "" || sourceline !== undefined) out += `  ${stripped}\n`;
  }
  writeStderr(out);
}

function callShowWarning(
  category: PyValue,
  text: PyValue,
  message: PyValue,
  filename: string,
  lineno: number,
  sourceline: string | undefined,
  source: PyValue | undefined,
): void {
  const showFn = warningsAttr("_showwarnmsg", source !== undefined && source !== None);
  if (showFn === undefined) {
    showWarning(filename, lineno, text, category, sourceline);
    return;
  }
  if (!abs.isCallable(showFn)) {
    throw ops.typeError("warnings._showwarnmsg() must be set to a callable");
  }
  const messageClass = warningsAttr("WarningMessage", false);
  if (messageClass === undefined) {
    throw pyError(PyExc_RuntimeError, "unable to get warnings.WarningMessage");
  }
  const msg = abs.call(
    messageClass,
    [message, category, filename, lineno, None, None, source ?? None],
    null,
  );
  abs.call(showFn, [msg], null);
}

/** CPython's warn_explicit (the C function): filters, registries, then the report. */
function warnExplicitImpl(
  st: WarningsState,
  category: PyValue,
  message: PyValue,
  filename: string,
  lineno: number,
  module: PyValue | undefined,
  registry: PyValue,
  sourceline: string | undefined,
  source: PyValue | undefined,
): void {
  if (registry !== None && !(registry instanceof PyDict)) {
    throw ops.typeError("'registry' must be a dict or None");
  }
  const mod = module ?? normalizeModule(filename);
  let text: PyValue;
  if (abs.isInstance(message, PyExc_Warning)) {
    text = abs.str(message);
    category = typeOf(message);
  } else {
    text = message;
    message = abs.call(category, [message], null);
  }
  const key = makeTuple([text, category, lineno]);
  if (registry instanceof PyDict && alreadyWarned(st, registry, key, false)) return;
  const [action, item] = getFilter(st, category, text, lineno, mod);
  if (action === "error") throw message;
  if (action === "ignore") return;
  let warned = false;
  if (action !== "always") {
    if (registry instanceof PyDict) registry.set(key, true);
    if (action === "once") {
      warned = alreadyWarned(st, getOnceRegistry(st), makeTuple([text, category]), true);
    } else if (action === "module") {
      if (registry instanceof PyDict) {
        warned = alreadyWarned(st, registry, makeTuple([text, category, 0]), true);
      }
    } else if (action !== "default") {
      throw pyError(
        PyExc_RuntimeError,
        `Unrecognized action (${abs.repr(action)}) in warnings.filters:\n ${abs.repr(item)}`,
      );
    }
  }
  if (!warned) callShowWarning(category, text, message, filename, lineno, sourceline, source);
}

// ---- Where a warning comes from -----------------------------------------------------------------

function isInternalFrame(frame: InterpreterFrame): boolean {
  const filename = frame.code.co_filename;
  return filename.includes("importlib") && filename.includes("_bootstrap");
}

function nextExternalFrame(frame: InterpreterFrame): InterpreterFrame | null {
  let f = frame.previous;
  while (f !== null && isInternalFrame(f)) f = f.previous;
  return f;
}

/** CPython's setup_context: filename, lineno, module and registry `stacklevel` frames up. */
function setupContext(
  stackLevel: number,
): { filename: string; lineno: number; module: PyValue; registry: PyDict } {
  let f = currentThread.frame;
  if (f !== null) {
    if (stackLevel <= 0 || isInternalFrame(f)) {
      while (--stackLevel > 0 && f !== null) f = f.previous;
    } else {
      while (--stackLevel > 0 && f !== null) f = nextExternalFrame(f);
    }
  }
  let globals: PyDict;
  let filename: string;
  let lineno: number;
  if (f === null) {
    const sys = importState.modules.getStr("sys") as PyModule;
    globals = sys.dict;
    filename = "sys";
    lineno = 1;
  } else {
    globals = f.globals;
    filename = f.code.co_filename;
    lineno = f.lineno;
  }
  let registry = globals.getStr("__warningregistry__");
  if (!(registry instanceof PyDict)) {
    registry = new PyDict();
    globals.setStr("__warningregistry__", registry);
  }
  const name = globals.getStr("__name__");
  const module = typeof name === "string" ? name : "<string>";
  return { filename, lineno, module, registry: registry as PyDict };
}

function getCategory(message: PyValue, category: PyValue | undefined): PyValue {
  if (abs.isInstance(message, PyExc_Warning)) return typeOf(message);
  const cat = category === undefined || category === None ? PyExc_UserWarning : category;
  let ok = false;
  try {
    ok = cat instanceof PyType && abs.isSubclass(cat, PyExc_Warning);
  } catch (e) {
    if (!isBaseException(e)) throw e;
  }
  if (!ok) {
    throw pyError(
      PyExc_TypeError,
      `category must be a Warning subclass, not '${typeOf(cat).name}'`,
    );
  }
  return cat;
}

/** The loader's source line `lineno` for warn_explicit's module_globals. */
function sourceFromGlobals(moduleGlobals: PyValue, lineno: number): string | undefined {
  if (!(moduleGlobals instanceof PyDict)) return undefined;
  let loader = moduleGlobals.getStr("__loader__");
  if (loader === undefined || loader === None) {
    const spec = moduleGlobals.getStr("__spec__");
    if (spec === undefined || spec === None) return undefined;
    loader = abs.getAttrOrUndefined(spec, "loader");
    if (loader === undefined || loader === None) return undefined;
  }
  const name = moduleGlobals.getStr("__name__");
  if (name === undefined) return undefined;
  const getSource = abs.getAttrOrUndefined(loader, "get_source");
  if (getSource === undefined) return undefined;
  const source = abs.call(getSource, [name], null);
  if (typeof source !== "string") return undefined;
  const lines = source.split(/\r\n|\r|\n/);
  return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : undefined;
}

// ---- The module -----------------------------------------------------------------------------------

function fn(name: string, f: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, f, undefined, name, "_warnings");
}

/** The default filters of a CPython 3.11 release build (no -W options, not -X dev). */
function defaultFilters(): PyList {
  const filter = (action: string, category: PyType, module: PyValue) =>
    makeTuple([action, None, category, module, 0]);
  return new PyList([
    filter("default", PyExc_DeprecationWarning, "__main__"),
    filter("ignore", PyExc_DeprecationWarning, None),
    filter("ignore", PyExc_PendingDeprecationWarning, None),
    filter("ignore", PyExc_ImportWarning, None),
    filter("ignore", PyExc_ResourceWarning, None),
  ]);
}

const states = new WeakMap<PyModule, WarningsState>();

/**
 * warnings.warn_explicit for the runtime's own warnings (PyErr_WarnExplicit): goes through the
 * interpreter's `_warnings` module, so filters and registries apply.
 */
export function warnExplicit(
  category: PyType,
  message: string,
  filename: string,
  lineno: number,
): void {
  const m = importModuleByName("_warnings");
  const st = m instanceof PyModule ? states.get(m) : undefined;
  if (st === undefined) throw ops.systemError("_warnings is not Coil's module");
  warnExplicitImpl(st, category, message, filename, lineno, undefined, None, undefined, undefined);
}

export function createModule(): PyModule {
  const m = new PyModule("_warnings");
  const d = m.dict;
  const st: WarningsState = {
    filters: defaultFilters(),
    onceRegistry: new PyDict(),
    defaultAction: "default",
    filtersVersion: 0,
    module: m,
  };
  states.set(m, st);
  d.setStr(
    "__doc__",
    "_warnings provides basic warning filtering support.\n" +
      "It is a helper module to speed up interpreter start-up.",
  );
  d.setStr("filters", st.filters);
  d.setStr("_defaultaction", st.defaultAction);
  d.setStr("_onceregistry", st.onceRegistry);
  d.setStr(
    "_filters_mutated",
    fn("_filters_mutated", () => {
      st.filtersVersion++;
      return None;
    }),
  );
  d.setStr(
    "warn",
    fn("warn", (args, kwnames) => {
      const [message, category, stacklevelArg, source] = bindArgs(
        "warn",
        args,
        kwnames,
        ["message", "category", "stacklevel", "source"],
        1,
      );
      const cat = getCategory(message!, category);
      const stacklevel = stacklevelArg === undefined ? 1 : abs.asSize(stacklevelArg);
      const ctx = setupContext(stacklevel);
      warnExplicitImpl(
        st,
        cat,
        message!,
        ctx.filename,
        ctx.lineno,
        ctx.module,
        ctx.registry,
        undefined,
        source,
      );
      return None;
    }),
  );
  d.setStr(
    "warn_explicit",
    fn("warn_explicit", (args, kwnames) => {
      const [message, category, filename, linenoArg, module, registry, moduleGlobals, source] =
        bindArgs(
          "warn_explicit",
          args,
          kwnames,
          [
            "message",
            "category",
            "filename",
            "lineno",
            "module",
            "registry",
            "module_globals",
            "source",
          ],
          4,
        );
      if (typeof filename !== "string") {
        throw ops.typeError(
          `warn_explicit() argument 'filename' must be str, not ${typeOf(filename!).name}`,
        );
      }
      const lineno = abs.asSize(linenoArg!);
      if (
        moduleGlobals !== undefined && moduleGlobals !== None && !(moduleGlobals instanceof PyDict)
      ) {
        throw ops.typeError(`module_globals must be a dict, not '${typeOf(moduleGlobals).name}'`);
      }
      const sourceline = moduleGlobals === undefined || moduleGlobals === None
        ? undefined
        : sourceFromGlobals(moduleGlobals, lineno);
      warnExplicitImpl(
        st,
        category!,
        message!,
        filename,
        lineno,
        module === undefined ? undefined : module,
        registry ?? None,
        sourceline,
        source,
      );
      return None;
    }),
  );
  return m;
}
