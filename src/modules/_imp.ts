// `_imp`: the import system's C helpers that importlib's bootstrap calls (Python/import.c).
// Coil has builtin modules (src/modules/ and the runtime's sys, builtins, plus what a host
// registers as objects), frozen modules (what a host registers as source) and no extension
// modules; the import lock is a no-op counter because a Coil interpreter runs
// one Python thread at a time.
import { None, type PyValue } from "../objects/object.ts";
import { PyBytes } from "../objects/bytes.ts";
import { PyList } from "../objects/list.ts";
import { PyBuiltinFunction } from "../objects/builtin_function.ts";
import { PyCode } from "../objects/code.ts";
import * as abs from "../objects/abstract.ts";
import { createBuiltinModule, importState, isFrozenPackage } from "../runtime/import.ts";
import { makeTuple } from "../objects/tuple.ts";
import { PyModule } from "../runtime/module_object.ts";
import * as ops from "../runtime/ops.ts";
import { nodeCrypto } from "../runtime/node_builtins.ts";

export function createModule(): PyModule {
  const m = new PyModule("_imp");
  const d = m.dict;
  let lockDepth = 0;
  const def = (name: string, f: (args: PyValue[]) => PyValue) =>
    d.setStr(name, new PyBuiltinFunction(name, (args) => f(args), undefined, name, "_imp"));
  const nameOf = (v: PyValue, fname: string): string => {
    if (typeof v !== "string") {
      throw ops.typeError(`${fname}() argument must be str, not ${abs.typeName(v)}`);
    }
    return v;
  };
  def("is_builtin", (a) => {
    const name = nameOf(a[0], "is_builtin");
    if (!importState.builtinModules.has(name)) return 0;
    // sys and builtins cannot be initialized again (CPython's -1).
    return name === "sys" || name === "builtins" ? -1 : 1;
  });
  def("create_builtin", (a) => {
    const name = abs.getAttr(a[0], "name");
    return createBuiltinModule(nameOf(name, "create_builtin"));
  });
  def("exec_builtin", () => 0);
  // Frozen modules are those the host registered as source (ImportState.frozen); none of the
  // stdlib is frozen, so origname is always None and importlib gives them no __file__.
  const frozenCode = (v: PyValue, fname: string): PyCode => {
    const code = importState.frozen.get(nameOf(v, fname));
    if (code === undefined) {
      throw ops.importError(`No such frozen object named ${abs.repr(v)}`, v as string);
    }
    return code;
  };
  def("is_frozen", (a) => importState.frozen.has(nameOf(a[0], "is_frozen")));
  def("is_frozen_package", (a) => {
    frozenCode(a[0], "is_frozen_package");
    return isFrozenPackage(a[0] as string);
  });
  def("find_frozen", (a) => {
    const name = nameOf(a[0], "find_frozen");
    if (!importState.frozen.has(name)) return None;
    return makeTuple([None, isFrozenPackage(name), None]);
  });
  def("get_frozen_object", (a) => frozenCode(a[0], "get_frozen_object"));
  def("init_frozen", () => None);
  def("_frozen_module_names", () => new PyList([...importState.frozen.keys()]));
  def("_override_frozen_modules_for_tests", () => None);
  def("acquire_lock", () => {
    lockDepth++;
    return None;
  });
  def("release_lock", () => {
    if (lockDepth === 0) throw ops.runtimeError("not holding the import lock");
    lockDepth--;
    return None;
  });
  def("lock_held", () => lockDepth > 0);
  def("extension_suffixes", () => new PyList([]));
  def("create_dynamic", (a) => {
    const name = abs.getAttr(a[0], "name");
    throw ops.importError(`Coil cannot load extension modules (${abs.str(name)})`);
  });
  def("exec_dynamic", () => 0);
  def("_fix_co_filename", (a) => {
    const code = a[0], path = a[1];
    if (code instanceof PyCode && typeof path === "string") fixFilename(code, path);
    return None;
  });
  def("source_hash", (a) => {
    // CPython keys a SipHash with _RAW_MAGIC_NUMBER; Coil's hash-based pycs only need to be
    // stable and 8 bytes long.
    const key = a[0], source = a[1];
    const h = nodeCrypto().createHash("sha256");
    h.update(String(key));
    if (source instanceof PyBytes) h.update(source.bytes);
    return new PyBytes(new Uint8Array(h.digest().subarray(0, 8)));
  });
  d.setStr("check_hash_based_pycs", "default");
  return m;
}

/** `co_filename` of a code object and its nested code objects becomes `path`. */
function fixFilename(code: PyCode, path: string): void {
  const old = code.co_filename;
  const visit = (c: PyCode) => {
    if (c.co_filename !== old) return;
    c.co_filename = path;
    for (const k of c.co_consts) if (k instanceof PyCode) visit(k);
  };
  visit(code);
}
