// Hooks the runtime (src/runtime/) installs so that builtins needing the current frame or the
// compiler can be written here without importing the eval loop.
//
// FOR THE RUNTIME ENGINEER — set these at startup (e.g. in the module that defines runModule):
//   runtimeHooks.currentGlobals = () => frame.globals            // globals(), class __module__
//   runtimeHooks.currentLocals  = () => frame's locals mapping    // locals(), vars() no args
//   runtimeHooks.superFromFrame = () => [__class__ cell value, first argument]
//        for zero-argument super(); raise RuntimeError("super(): __class__ cell not found") or
//        RuntimeError("super(): no arguments") yourself when they are missing.
//   runtimeHooks.setClassCell = (cell, cls) => { cell.contents = cls }   (type.__new__ pops
//        `__classcell__` from the class namespace and calls this)
//   runtimeHooks.compile = (source, filename, mode, flags) => PyCode    // compile()
//   runtimeHooks.execCode = (code, globals, locals) => PyValue          // exec()/eval() of code
//   runtimeHooks.importModule = (name, globals, locals, fromlist, level) => module // __import__
//   runtimeHooks.sysAttr = (name) => the sys module's attribute or undefined
//        (print()/input() honor a reassigned sys.stdout through it)
// and set sys_module.ts's sysStdio from src/builtins/fileio.ts: { stdout: stdoutFile,
//   stderr: stderrFile, stdin: stdinFile }.
// and put into builtinsDict yourself: `__build_class__` (needs to run the class body function).
// Anything left unset raises SystemError("<hook> not installed") when used.
import type { PyDict, PyValue } from "../objects/object.ts";

export interface RuntimeHooks {
  currentGlobals?: () => PyDict;
  currentLocals?: () => PyValue;
  superFromFrame?: () => [PyValue, PyValue];
  setClassCell?: (cell: PyValue, cls: PyValue) => void;
  compile?: (source: string, filename: string, mode: string, flags: number) => PyValue;
  execCode?: (code: PyValue, globals: PyDict, locals: PyValue) => PyValue;
  sysAttr?: (name: string) => PyValue | undefined;
  importModule?: (
    name: string,
    globals: PyValue,
    locals: PyValue,
    fromlist: PyValue,
    level: number,
  ) => PyValue;
}

export const runtimeHooks: RuntimeHooks = {};
