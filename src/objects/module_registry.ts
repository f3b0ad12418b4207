// The running interpreter's sys.modules and import, for the few object-layer operations CPython
// makes through them (a module-level builtin's __self__; object.__reduce_ex__ importing
// copyreg). They are part of the interpreter state that the runtime's interpreter_state.ts
// rebinds on every switch, as it rebinds the codec registry.
import type { PyDict, PyValue } from "./object.ts";

let modules: PyDict | null = null;
let importer: ((name: string) => PyValue) | null = null;

export function setCurrentModules(d: PyDict, importModule: (name: string) => PyValue): void {
  modules = d;
  importer = importModule;
}

export function currentModules(): PyDict | null {
  return modules;
}

/** `import name` in the running interpreter. */
export function importInCurrent(name: string): PyValue {
  if (importer === null) throw new Error("no interpreter is running (import)");
  return importer(name);
}
