// _posixsubprocess: subprocess.py imports it on POSIX; Coil cannot fork, so fork_exec raises
// OSError(ENOSYS) (a subprocess backed by Deno.Command is a later task).
import { type PyValue } from "../objects/object.ts";
import { PyBuiltinFunction } from "../objects/builtin_function.ts";
import { osError, PyExc_OSError } from "../objects/exceptions.ts";
import { PyModule } from "../runtime/module_object.ts";

function notImplemented(): PyValue {
  throw osError(PyExc_OSError, 38, "Function not implemented");
}

export function createModule(): PyModule {
  const m = new PyModule("_posixsubprocess");
  m.dict.setStr("__doc__", "A POSIX helper for the subprocess module.");
  m.dict.setStr(
    "fork_exec",
    new PyBuiltinFunction("fork_exec", notImplemented, undefined, "fork_exec", "_posixsubprocess"),
  );
  return m;
}
