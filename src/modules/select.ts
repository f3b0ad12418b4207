// select: Coil cannot wait on file descriptors (Deno exposes no select/poll), so the module
// only has what importers read at import time; select() raises OSError(ENOSYS). Without
// poll/epoll, selectors.DefaultSelector is SelectSelector.
import { type PyValue } from "../objects/object.ts";
import { type NativeFn, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { osError, PyExc_OSError } from "../objects/exceptions.ts";
import { PyModule } from "../runtime/module_object.ts";

function notImplemented(): PyValue {
  throw osError(PyExc_OSError, 38, "Function not implemented");
}

export function createModule(): PyModule {
  const m = new PyModule("select");
  const d = m.dict;
  d.setStr(
    "__doc__",
    "This module supports asynchronous I/O on multiple file descriptors.\n\n" +
      "*** IMPORTANT NOTICE ***\n" +
      "On Windows, only sockets are supported; on Unix, all file descriptors.",
  );
  d.setStr("error", PyExc_OSError);
  d.setStr("PIPE_BUF", 4096);
  const select: NativeFn = () => notImplemented();
  d.setStr("select", new PyBuiltinFunction("select", select, undefined, "select", "select"));
  return m;
}
