// The import system, as CPython divides it: the `IMPORT_NAME` fast path lives here (CPython's
// PyImport_ImportModuleLevelObject in Python/import.c) and everything else is CPython's own
// importlib (`importlib/_bootstrap.py` and `_bootstrap_external.py` from the standard library),
// installed as `_frozen_importlib` and `_frozen_importlib_external` on the first import that
// misses sys.modules. So `sys.meta_path`, `sys.path_hooks`, specs, loaders, namespace packages,
// zipimport and the error messages are CPython's, and a module found in sys.modules costs one
// dict lookup.
//
// Builtin modules (the TypeScript ones in src/modules/ plus sys, builtins and _imp) are created
// by `_imp.create_builtin` through importlib's BuiltinImporter; the table of factories is given
// to `importState.builtinModules` by the interpreter's wiring.
//
// IMPORT_NAME -> importName(name, globals, locals, fromlist, level); IMPORT_FROM -> importFrom;
// IMPORT_STAR -> importStar.

import { None, PyDict, PyObject, type PyValue } from "../objects/object.ts";
import { PyList } from "../objects/list.ts";
import * as abs from "../objects/abstract.ts";
import { PyModule } from "./module_object.ts";
import * as ops from "./ops.ts";
import {
  pyError,
  PyExc_KeyError,
  PyExc_ModuleNotFoundError,
  type PyImportError,
} from "../objects/exceptions.ts";

const keyError = (message: string) => pyError(PyExc_KeyError, message);
import type { ZipArchive } from "./zip_archive.ts";
import { compileSource, defaultBuiltins, runModuleCode, STDLIB_PATH } from "./run_code.ts";
import { marshalDumps, marshalLoads } from "./marshal.ts";
import { PyCode } from "../objects/code.ts";

export { STDLIB_PATH };

/** An interpreter's import system: sys.modules, sys.path and what importlib starts from. */
export class ImportState {
  readonly modules: PyDict = new PyDict();
  readonly path: PyList = new PyList([]);
  /** CPython's Lib/, read by the import system through the file system's mount. */
  stdlib: ZipArchive | null = null;
  /** Why the stdlib is missing, for the error an import then raises. */
  stdlibError = "the standard library was not loaded";
  /** `_frozen_importlib` once installed. */
  bootstrap: PyModule | null = null;
  /** The `__import__` builtin, passed to importlib as CPython passes it. */
  importFunction: PyValue | null = null;
  /**
   * Frozen modules: code the host gave as source (`Interpreter.registerModule`), imported
   * through importlib's FrozenImporter as CPython imports the modules frozen into its binary.
   */
  readonly frozen = new Map<string, PyCode>();
  constructor(
    /** Factories of builtin modules by name (src/modules/index.ts and the runtime's own). */
    readonly builtinModules: Map<string, () => PyModule>,
  ) {}
}

/** The running interpreter's import state (rebound by interpreter_state.ts's `activate`). */
export let importState: ImportState;

export function setImportState(state: ImportState): void {
  importState = state;
}

export function builtinModuleNames(): string[] {
  return [...importState.builtinModules.keys()].sort();
}

/** Whether the frozen module `name` is a package: some frozen module's name starts with it. */
export function isFrozenPackage(name: string): boolean {
  const prefix = name + ".";
  for (const other of importState.frozen.keys()) if (other.startsWith(prefix)) return true;
  return false;
}

/** `_imp.create_builtin`: the module for `name`, made once per interpreter. */
export function createBuiltinModule(name: string): PyValue {
  const existing = importState.modules.getStr(name);
  if (existing instanceof PyModule) return existing;
  const factory = importState.builtinModules.get(name);
  if (factory === undefined) throw ops.importError(`no built-in module named ${name}`, name);
  return factory();
}

/**
 * `_frozen_importlib`, installing importlib on first use as CPython's init_importlib does:
 * run _bootstrap, `_install(sys, _imp)`, then run _bootstrap_external and install the path
 * finders.
 */
export function importlibBootstrap(): PyModule {
  if (importState.bootstrap !== null) return importState.bootstrap;
  const bootstrap = runFrozen("_frozen_importlib", "importlib/_bootstrap.py");
  importState.bootstrap = bootstrap;
  try {
    const sys = createBuiltinModule("sys");
    const imp = createBuiltinModule("_imp");
    importState.modules.setStr("_imp", imp);
    abs.call(bootstrap.dict.getStr("_install")!, [sys, imp], null);
    runFrozen("_frozen_importlib_external", "importlib/_bootstrap_external.py");
    abs.call(bootstrap.dict.getStr("_install_external_importers")!, [], null);
    installZipImporter();
  } catch (e) {
    importState.bootstrap = null;
    throw e;
  }
  return bootstrap;
}

/** CPython's _PyImportZip_Init: zipimport's hook first on sys.path_hooks. */
function installZipImporter(): void {
  const zipimport = abs.call(importlibBootstrap().dict.getStr("_gcd_import")!, ["zipimport"], null);
  const hooks = abs.getAttr(importState.modules.getStr("sys")!, "path_hooks");
  abs.callMethod(hooks, "insert", [0, abs.getAttr(zipimport, "zipimporter")]);
}

/** Runs one of importlib's bootstrap files as a module named as CPython's frozen ones. */
function runFrozen(name: string, file: string): PyModule {
  const module = new PyModule(name);
  importState.modules.setStr(name, module);
  module.dict.setStr("__builtins__", defaultBuiltins());
  runModuleCode(frozenCode(name, file), module.dict);
  return module;
}

/**
 * Bootstrap code by archive member, shared by the process's interpreters (code objects are
 * immutable to Python), keyed by the member's CRC-32 and size.
 */
const frozenCodeMemo = new Map<string, PyCode>();

/**
 * The code of a bootstrap file. CPython compiles these into its binary ("frozen"); Coil compiles
 * each once per cache folder and keeps it beside importlib's own cache files, under
 * sys.pycache_prefix: compiling them took ~90 ms of every run that imports (docs/startup.md).
 * Its co_filename is `<frozen ...>` and, as in CPython, tracebacks show no source lines for it.
 */
function frozenCode(name: string, file: string): PyCode {
  const stdlib = importState.stdlib;
  const info = stdlib?.stat(file);
  if (stdlib === null || info === undefined || info.isDirectory) throw ops.moduleNotFound(name);
  const key = `${file}:${info.crc32.toString(16)}:${info.size}`;
  const memo = frozenCodeMemo.get(key);
  if (memo !== undefined) return memo;
  const prefix = importState.modules.getStr("sys") instanceof PyModule
    ? (importState.modules.getStr("sys") as PyModule).dict.getStr("pycache_prefix")
    : undefined;
  const cacheFile = typeof prefix === "string"
    ? `${prefix}/frozen/${name}.${info.crc32.toString(16)}.${info.size}.pyc`
    : null;
  let code: PyCode | undefined;
  if (cacheFile !== null) {
    try {
      const v = marshalLoads(Deno.readFileSync(cacheFile));
      if (v instanceof PyCode) code = v;
    } catch {
      // Missing, unreadable or from another layout: compile it again.
    }
  }
  if (code === undefined) {
    const source = new TextDecoder().decode(stdlib.read(file)!);
    code = compileSource(source, `<frozen ${file.slice(0, -3).replace("/", ".")}>`, "exec", false);
    if (cacheFile !== null) writeAtomic(cacheFile, marshalDumps(code));
  }
  frozenCodeMemo.set(key, code);
  return code;
}

/** Writes `data` to `path` through a temporary file, as importlib's _write_atomic; or not at all. */
function writeAtomic(path: string, data: Uint8Array): void {
  const temp = `${path}.${Date.now()}.tmp`;
  try {
    Deno.mkdirSync(path.slice(0, path.lastIndexOf("/")), { recursive: true });
    Deno.writeFileSync(temp, data);
    Deno.renameSync(temp, path);
  } catch {
    try {
      Deno.removeSync(temp);
    } catch {
      // Nothing was written.
    }
  }
}

/** The package a relative import is relative to (CPython's resolve_name / _calc___package__). */
function packageOf(globals: PyDict | null): string {
  if (globals === null) throw keyError("'__name__' not in globals");
  const pkg = globals.getStr("__package__");
  const spec = globals.getStr("__spec__");
  if (pkg !== undefined && pkg !== None) {
    if (typeof pkg !== "string") throw ops.typeError("package must be a string");
    return pkg;
  }
  if (spec !== undefined && spec !== None) {
    const parent = abs.getAttr(spec, "parent");
    if (typeof parent !== "string") throw ops.typeError("__spec__.parent must be a string");
    return parent;
  }
  const name = globals.getStr("__name__");
  if (name === undefined) throw keyError("'__name__' not in globals");
  if (typeof name !== "string") throw ops.typeError("__name__ must be a string");
  if (globals.getStr("__path__") !== undefined) return name;
  const dot = name.lastIndexOf(".");
  return dot >= 0 ? name.slice(0, dot) : "";
}

function resolveName(name: string, globals: PyDict | null, level: number): string {
  const pkg = packageOf(globals);
  if (pkg === "") throw ops.importError("attempted relative import with no known parent package");
  let base = pkg;
  for (let i = 1; i < level; i++) {
    const dot = base.lastIndexOf(".");
    if (dot < 0) throw ops.importError("attempted relative import beyond top-level package");
    base = base.slice(0, dot);
  }
  return name === "" ? base : `${base}.${name}`;
}

/** The module `absName`, from sys.modules or found and loaded by importlib. */
function findAndLoad(absName: string): PyValue {
  const cached = importState.modules.getStr(absName);
  if (cached !== undefined && cached !== None) return cached;
  if (importState.bootstrap === null && importState.stdlib === null) {
    // No Lib, so no importlib: builtin and frozen modules still import, nothing else can.
    if (cached === undefined && importState.builtinModules.has(absName)) {
      const m = createBuiltinModule(absName);
      importState.modules.setStr(absName, m);
      return m;
    }
    const frozen = importState.frozen.get(absName);
    if (cached === undefined && frozen !== undefined) {
      return loadFrozenWithoutImportlib(absName, frozen);
    }
    const e = pyError(
      PyExc_ModuleNotFoundError,
      `No module named '${absName}' (Coil imports modules from files only with ${importState.stdlibError})`,
    ) as PyImportError;
    e.name = absName;
    throw e;
  }
  const bootstrap = importlibBootstrap();
  return abs.call(
    bootstrap.dict.getStr("_find_and_load")!,
    [absName, importState.importFunction ?? None],
    null,
  );
}

/** A frozen module (and its parent packages) where there is no importlib to load it. */
function loadFrozenWithoutImportlib(name: string, code: PyCode): PyModule {
  const dot = name.lastIndexOf(".");
  const parent = dot < 0 ? null : findAndLoad(name.slice(0, dot));
  const module = new PyModule(name);
  const d = module.dict;
  d.setStr("__builtins__", defaultBuiltins());
  if (isFrozenPackage(name)) {
    d.setStr("__path__", new PyList([]));
    d.setStr("__package__", name);
  } else d.setStr("__package__", dot < 0 ? "" : name.slice(0, dot));
  importState.modules.setStr(name, module);
  try {
    runModuleCode(code, d);
  } catch (e) {
    importState.modules.deleteStr(name);
    throw e;
  }
  if (parent !== null) abs.setAttr(parent, name.slice(dot + 1), module);
  return module;
}

/** Imports `fullname` and its parents; returns the module for `fullname` (host API). */
export function importModuleByName(fullname: string): PyValue {
  importName(fullname, null, null, None, 0);
  return importState.modules.getStr(fullname) ?? findAndLoad(fullname);
}

/** __import__(name, globals, locals, fromlist, level). */
export function importName(
  name: string,
  globals: PyDict | null,
  _locals: PyValue | null,
  fromlist: PyValue,
  level: number,
): PyValue {
  if (level < 0) throw ops.valueError("level must be >= 0");
  let absName: string;
  if (level > 0) absName = resolveName(name, globals, level);
  else {
    if (name === "") throw ops.valueError("Empty module name");
    absName = name;
  }
  const module = findAndLoad(absName);
  const hasFromlist = fromlist !== None && abs.isTrue(fromlist);
  if (!hasFromlist) {
    if (level === 0 || name.length > 0) {
      const dot = name.indexOf(".");
      if (dot < 0) return module;
      if (level === 0) return importName(name.slice(0, dot), null, null, None, 0);
      const cut = name.length - dot;
      const top = absName.slice(0, absName.length - cut);
      const topModule = importState.modules.getStr(top);
      if (topModule === undefined) throw keyError(`'${top}' not in sys.modules as expected`);
      return topModule;
    }
    return module;
  }
  if (module instanceof PyObject && abs.getAttrOrUndefined(module, "__path__") !== undefined) {
    if (importState.bootstrap === null && importState.stdlib === null) {
      // importlib's _handle_fromlist, for the frozen packages that import without it.
      for (const item of abs.iterateToArray(fromlist)) {
        if (typeof item !== "string" || item === "*") continue;
        const sub = `${absName}.${item}`;
        if (abs.getAttrOrUndefined(module, item) === undefined && importState.frozen.has(sub)) {
          findAndLoad(sub);
        }
      }
      return module;
    }
    return abs.call(
      importlibBootstrap().dict.getStr("_handle_fromlist")!,
      [module, fromlist, importState.importFunction ?? None],
      null,
    );
  }
  return module;
}

/** True when `module.__spec__._initializing` says the module is still running its body. */
function isInitializing(module: PyValue): boolean {
  const spec = abs.getAttrOrUndefined(module, "__spec__");
  if (spec === undefined || spec === None) return false;
  const flag = abs.getAttrOrUndefined(spec, "_initializing");
  return flag !== undefined && abs.isTrue(flag);
}

/** IMPORT_FROM: `from module import name` (CPython's import_from). */
export function importFrom(module: PyValue, name: string): PyValue {
  const v = abs.getAttrOrUndefined(module, name);
  if (v !== undefined) return v;
  const pkgName = abs.getAttrOrUndefined(module, "__name__");
  if (typeof pkgName === "string") {
    const sub = importState.modules.getStr(`${pkgName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const shown = typeof pkgName === "string" ? pkgName : "<unknown module name>";
  const file = module instanceof PyModule ? module.dict.getStr("__file__") : undefined;
  let message: string;
  if (typeof file !== "string") {
    message = `cannot import name '${name}' from '${shown}' (unknown location)`;
  } else if (isInitializing(module)) {
    message = `cannot import name '${name}' from partially initialized module '${shown}' ` +
      `(most likely due to a circular import) (${file})`;
  } else message = `cannot import name '${name}' from '${shown}' (${file})`;
  throw ops.importError(
    message,
    typeof pkgName === "string" ? pkgName : undefined,
    typeof file === "string" ? file : undefined,
  );
}

/** IMPORT_STAR: public names (or __all__) into the locals mapping. */
export function importStar(module: PyValue, locals: PyObject): void {
  const all = abs.getAttrOrUndefined(module, "__all__");
  let names: PyValue[];
  let skipPrivate = false;
  if (all !== undefined) names = abs.iterateToArray(all);
  else {
    const d = abs.getAttrOrUndefined(module, "__dict__");
    if (d === undefined) {
      throw ops.importError("from-import-* object has no __dict__ and no __all__");
    }
    names = abs.iterateToArray(abs.callMethod(d, "keys", []));
    skipPrivate = true;
  }
  for (const n of names) {
    if (typeof n !== "string") {
      const where = all !== undefined
        ? `${abs.str(abs.getAttr(module, "__name__"))}.__all__`
        : `${abs.str(abs.getAttr(module, "__name__"))}.__dict__`;
      throw ops.typeError(
        `${all !== undefined ? "Item" : "Key"} in ${where} must be str, not ${abs.typeName(n)}`,
      );
    }
    if (skipPrivate && n.startsWith("_")) continue;
    ops.mappingStore(locals, n, abs.getAttr(module, n));
  }
}

/** Used by _imp.extension_suffixes and friends: Coil loads no extension modules. */
export const noExtensions: PyValue[] = [];
