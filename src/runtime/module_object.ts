// Module objects (CPython's PyModuleObject): a namespace dict with a name. The import system
// (import.ts) makes them for builtin modules and for .py files.
import {
  None,
  objectType,
  PyDict,
  PyObject,
  PyType,
  type PyValue,
  typeType,
} from "../objects/object.ts";
import { defineGetter, defineMethods, defineNew } from "../objects/builtin_function.ts";
import { attributeError } from "../objects/exceptions.ts";
import { lookupType } from "../objects/type.ts";
import * as abs from "../objects/abstract.ts";

export const moduleType: PyType = new PyType(typeType, "module", [objectType]);
moduleType.instancesHaveDict = true;

export class PyModule extends PyObject {
  declare dict: PyDict;
  constructor(name: string, dict: PyDict = new PyDict(), cls: PyType = moduleType) {
    super(cls);
    this.dict = dict;
    if (dict.getStr("__name__") === undefined) dict.setStr("__name__", name);
    if (dict.getStr("__doc__") === undefined) dict.setStr("__doc__", None);
    if (dict.getStr("__package__") === undefined) dict.setStr("__package__", None);
    if (dict.getStr("__loader__") === undefined) dict.setStr("__loader__", None);
    if (dict.getStr("__spec__") === undefined) dict.setStr("__spec__", None);
  }

  get name(): string {
    const n = this.dict.getStr("__name__");
    return typeof n === "string" ? n : "?";
  }
}
moduleType.allocate = (cls) => new PyModule("?", new PyDict(), cls);

defineNew(moduleType, (cls, args) => {
  const m = new PyModule(typeof args[0] === "string" ? args[0] : "?", new PyDict(), cls);
  return m;
});

defineMethods(moduleType, {
  __init__(args) {
    const m = args[0] as PyModule;
    if (typeof args[1] === "string") m.dict.setStr("__name__", args[1]);
    if (args.length > 2) m.dict.setStr("__doc__", args[2]);
    return None;
  },
  __repr__(args) {
    const m = args[0] as PyModule;
    const file = m.dict.getStr("__file__");
    if (typeof file === "string") return `<module '${m.name}' from '${file}'>`;
    return `<module '${m.name}' (built-in)>`;
  },
  __getattribute__(args) {
    const m = args[0] as PyModule;
    const name = args[1] as string;
    const v = abs.genericGetAttr(m, name, true);
    if (v !== undefined) return v;
    const hook = m.dict.getStr("__getattr__");
    if (hook !== undefined) return abs.call(hook, [name], null);
    // CPython's module_getattro: a module still running its body says so.
    const spec = m.dict.getStr("__spec__");
    const initializing = spec !== undefined && spec !== None &&
      abs.isTrue(abs.getAttrOrUndefined(spec, "_initializing") ?? false);
    throw attributeError(
      initializing
        ? `partially initialized module '${m.name}' has no attribute '${name}' (most likely due to a circular import)`
        : `module '${m.name}' has no attribute '${name}'`,
      m,
      name,
    );
  },
  __dir__(args) {
    const m = args[0] as PyModule;
    return abs.call(abs.getAttr(m.dict, "keys"), [], null);
  },
});
defineGetter(moduleType, "__dict__", (m) => (m as PyModule).dict);

/** Keeps lookupType imported for callers that check module attributes on the type. */
export function moduleTypeHas(name: string): boolean {
  return lookupType(moduleType, name) !== undefined;
}

export function moduleAttr(m: PyModule, name: string): PyValue | undefined {
  return m.dict.getStr(name);
}
