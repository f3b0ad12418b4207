// _typing: the accelerator typing.py imports in 3.11 (Modules/_typingmodule.c): only _idfunc;
// TypeVar, ParamSpec and the rest are Python code in typing.py in this version.
import { checkArgs, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { PyModule } from "../runtime/module_object.ts";

export function createModule(): PyModule {
  const m = new PyModule("_typing");
  m.dict.setStr("__doc__", "Accelerators for the typing module.\n");
  m.dict.setStr(
    "_idfunc",
    new PyBuiltinFunction(
      "_idfunc",
      (args, kw) => {
        checkArgs("_typing._idfunc", args, kw, 1, 1);
        return args[0];
      },
      undefined,
      "_idfunc",
      "_typing",
    ),
  );
  return m;
}
