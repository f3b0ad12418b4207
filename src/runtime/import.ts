// The import system: a registry of builtin modules (made on first import by a factory), and
// .py files found on sys.path (the script's folder first), compiled and run as modules, cached
// in sys.modules. Packages are folders with __init__.py (their __path__ lists the folder).
//
// IMPORT_NAME -> importName(name, globals, locals, fromlist, level) (CPython's
// __import__ semantics: returns the top-level package unless there is a fromlist);
// IMPORT_FROM -> importFrom; IMPORT_STAR -> importStar.

import { None, PyDict, PyObject, type PyValue } from "../objects/object.ts";
import { PyList } from "../objects/list.ts";
import { PyTuple } from "../objects/tuple.ts";
import * as abs from "../objects/abstract.ts";
import { PyModule } from "./module_object.ts";
import * as ops from "./ops.ts";

/** Factories of builtin modules by name (sys, types, time, ... and others' additions). */
const builtinModules = new Map<string, () => PyModule>();

/** Registers a builtin module (other layers may add theirs). */
export function registerBuiltinModule(name: string, factory: () => PyModule): void {
  builtinModules.set(name, factory);
}

export function builtinModuleNames(): string[] {
  return [...builtinModules.keys()];
}

/** sys.modules and sys.path, set up by sys_module.ts. */
export const importState: {
  modules: PyDict;
  path: PyList;
  /** Runs a module's code in its namespace (set by interpreter.ts to avoid an import cycle). */
  execModule: (source: string, filename: string, module: PyModule) => void;
} = {
  modules: new PyDict(),
  path: new PyList([]),
  execModule: () => {
    throw ops.systemError("module execution not installed");
  },
};

function readFile(path: string): string | undefined {
  try {
    return Deno.readTextFileSync(path);
  } catch {
    return undefined;
  }
}

function isDir(path: string): boolean {
  try {
    return Deno.statSync(path).isDirectory;
  } catch {
    return false;
  }
}

function joinPath(dir: string, name: string): string {
  if (dir === "") return name;
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

/** Finds and loads `fullname` (whose parent package, if any, is loaded). */
function loadModule(fullname: string): PyValue {
  const cached = importState.modules.getStr(fullname);
  if (cached !== undefined) {
    if (cached === None) throw ops.moduleNotFound(fullname);
    return cached;
  }
  const dot = fullname.lastIndexOf(".");
  let searchPath: PyValue[];
  if (dot >= 0) {
    const parent = importState.modules.getStr(fullname.slice(0, dot))!;
    const parentPath = parent instanceof PyObject
      ? abs.getAttrOrUndefined(parent, "__path__")
      : undefined;
    if (parentPath === undefined) {
      const e = ops.moduleNotFound(fullname);
      (e as unknown as { args: PyTuple }).args = new PyTuple([
        `No module named '${fullname}'; '${fullname.slice(0, dot)}' is not a package`,
      ]);
      throw e;
    }
    searchPath = abs.iterateToArray(parentPath);
  } else {
    const factory = builtinModules.get(fullname);
    if (factory !== undefined) {
      const m = factory();
      importState.modules.setStr(fullname, m);
      return m;
    }
    searchPath = importState.path.items;
  }
  const shortName = dot >= 0 ? fullname.slice(dot + 1) : fullname;
  for (const entry of searchPath) {
    if (typeof entry !== "string") continue;
    const pkgDir = joinPath(entry, shortName);
    if (isDir(pkgDir)) {
      const initPath = joinPath(pkgDir, "__init__.py");
      const src = readFile(initPath);
      if (src !== undefined) {
        return execNewModule(fullname, initPath, src, pkgDir);
      }
    }
    const filePath = joinPath(entry, shortName + ".py");
    const src = readFile(filePath);
    if (src !== undefined) return execNewModule(fullname, filePath, src, null);
  }
  throw ops.moduleNotFound(fullname);
}

function execNewModule(
  fullname: string,
  filename: string,
  source: string,
  packageDir: string | null,
): PyModule {
  const m = new PyModule(fullname);
  const d = m.dict;
  d.setStr("__file__", filename);
  if (packageDir !== null) {
    d.setStr("__path__", new PyList([packageDir]));
    d.setStr("__package__", fullname);
  } else {
    const dot = fullname.lastIndexOf(".");
    d.setStr("__package__", dot >= 0 ? fullname.slice(0, dot) : "");
  }
  importState.modules.setStr(fullname, m);
  try {
    importState.execModule(source, filename, m);
  } catch (e) {
    importState.modules.deleteStr(fullname);
    throw e;
  }
  // A module may replace itself in sys.modules.
  return (importState.modules.getStr(fullname) ?? m) as PyModule;
}

/** The package a relative import is relative to (CPython's _calc___package__). */
function packageOf(globals: PyDict | null): string {
  if (globals === null) {
    throw ops.importError("attempted relative import with no known parent package");
  }
  const pkg = globals.getStr("__package__");
  if (typeof pkg === "string") return pkg;
  const name = globals.getStr("__name__");
  if (typeof name !== "string") {
    throw ops.importError("attempted relative import with no known parent package");
  }
  if (globals.getStr("__path__") !== undefined) return name;
  const dot = name.lastIndexOf(".");
  return dot >= 0 ? name.slice(0, dot) : "";
}

function resolveName(name: string, globals: PyDict | null, level: number): string {
  if (level === 0) return name;
  const pkg = packageOf(globals);
  if (pkg === "") throw ops.importError("attempted relative import with no known parent package");
  const parts = pkg.split(".");
  if (level - 1 >= parts.length) {
    throw ops.importError("attempted relative import beyond top-level package");
  }
  const base = parts.slice(0, parts.length - (level - 1)).join(".");
  return name === "" ? base : `${base}.${name}`;
}

/** Imports `fullname` and all its parents; returns the module for `fullname`. */
export function importModuleByName(fullname: string): PyValue {
  const parts = fullname.split(".");
  let module: PyValue = None;
  for (let i = 1; i <= parts.length; i++) {
    const partial = parts.slice(0, i).join(".");
    module = loadModule(partial);
    if (i > 1) {
      const parent = importState.modules.getStr(parts.slice(0, i - 1).join("."));
      if (parent instanceof PyModule && parent.dict.getStr(parts[i - 1]) === undefined) {
        parent.dict.setStr(parts[i - 1], module);
      }
    }
  }
  return module;
}

/** __import__(name, globals, locals, fromlist, level). */
export function importName(
  name: string,
  globals: PyDict | null,
  _locals: PyValue | null,
  fromlist: PyValue,
  level: number,
): PyValue {
  if (level === 0 && name === "") throw ops.valueError("Empty module name");
  const fullname = resolveName(name, globals, level);
  const module = importModuleByName(fullname);
  const hasFromlist = fromlist !== None && abs.isTrue(fromlist);
  if (!hasFromlist) {
    if (level === 0) return importState.modules.getStr(fullname.split(".")[0]) ?? module;
    if (name === "") return module;
    // `from . import x` style handled by the fromlist; `import .a.b` is not valid syntax.
    const cut = fullname.length - name.length;
    const top = fullname.slice(0, cut + name.split(".")[0].length);
    return importState.modules.getStr(top) ?? module;
  }
  // Packages: import submodules named in the fromlist that are not attributes yet.
  if (module instanceof PyModule && module.dict.getStr("__path__") !== undefined) {
    for (const item of abs.iterateToArray(fromlist)) {
      if (typeof item !== "string" || item === "*") continue;
      if (module.dict.getStr(item) === undefined) {
        try {
          importModuleByName(`${fullname}.${item}`);
        } catch (e) {
          if (!(ops.isException(e) && e.cls === ops.moduleNotFound("x").cls)) throw e;
        }
      }
    }
  }
  return module;
}

/** IMPORT_FROM: `from module import name`. */
export function importFrom(module: PyValue, name: string): PyValue {
  const v = abs.getAttrOrUndefined(module, name);
  if (v !== undefined) return v;
  const modName = module instanceof PyModule ? module.name : undefined;
  if (modName !== undefined) {
    const sub = importState.modules.getStr(`${modName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const file = module instanceof PyModule ? module.dict.getStr("__file__") : undefined;
  const shown = modName ?? "<unknown module name>";
  throw ops.importError(
    `cannot import name '${name}' from '${shown}' (${
      typeof file === "string" ? file : "unknown location"
    })`,
    modName,
    file,
  );
}

/** IMPORT_STAR: public names (or __all__) into the locals mapping. */
export function importStar(module: PyValue, locals: PyObject): void {
  const all = abs.getAttrOrUndefined(module, "__all__");
  let names: PyValue[];
  let skipPrivate = false;
  if (all !== undefined) names = abs.iterateToArray(all);
  else {
    const d = abs.getAttr(module, "__dict__");
    names = abs.iterateToArray(d);
    skipPrivate = true;
  }
  for (const n of names) {
    if (typeof n !== "string") continue;
    if (skipPrivate && n.startsWith("_")) continue;
    ops.mappingStore(locals, n, abs.getAttr(module, n));
  }
}
