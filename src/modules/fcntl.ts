// fcntl: Linux constants; the calls raise OSError(ENOSYS) (Deno exposes no fcntl/ioctl/flock).
import { type PyValue } from "../objects/object.ts";
import { PyBuiltinFunction } from "../objects/builtin_function.ts";
import { osError, PyExc_OSError } from "../objects/exceptions.ts";
import { PyModule } from "../runtime/module_object.ts";

const CONSTANTS: Record<string, number> = {
  F_DUPFD: 0,
  F_GETFD: 1,
  F_SETFD: 2,
  F_GETFL: 3,
  F_SETFL: 4,
  F_GETLK: 5,
  F_SETLK: 6,
  F_SETLKW: 7,
  F_SETOWN: 8,
  F_GETOWN: 9,
  F_SETSIG: 10,
  F_GETSIG: 11,
  F_SETLEASE: 1024,
  F_GETLEASE: 1025,
  F_NOTIFY: 1026,
  F_DUPFD_CLOEXEC: 1030,
  F_SETPIPE_SZ: 1031,
  F_GETPIPE_SZ: 1032,
  F_ADD_SEALS: 1033,
  F_GET_SEALS: 1034,
  F_SEAL_SEAL: 1,
  F_SEAL_SHRINK: 2,
  F_SEAL_GROW: 4,
  F_SEAL_WRITE: 8,
  F_OFD_GETLK: 36,
  F_OFD_SETLK: 37,
  F_OFD_SETLKW: 38,
  F_RDLCK: 0,
  F_WRLCK: 1,
  F_UNLCK: 2,
  F_EXLCK: 4,
  F_SHLCK: 8,
  FD_CLOEXEC: 1,
  LOCK_SH: 1,
  LOCK_EX: 2,
  LOCK_NB: 4,
  LOCK_UN: 8,
  LOCK_MAND: 32,
  LOCK_READ: 64,
  LOCK_WRITE: 128,
  LOCK_RW: 192,
  DN_ACCESS: 1,
  DN_MODIFY: 2,
  DN_CREATE: 4,
  DN_DELETE: 8,
  DN_RENAME: 16,
  DN_ATTRIB: 32,
  DN_MULTISHOT: 0x80000000,
  FASYNC: 8192,
  I_PUSH: 21250,
};

function notImplemented(): PyValue {
  throw osError(PyExc_OSError, 38, "Function not implemented");
}

export function createModule(): PyModule {
  const m = new PyModule("fcntl");
  const d = m.dict;
  d.setStr(
    "__doc__",
    "This module performs file control and I/O control on file\n" +
      "descriptors.  It is an interface to the fcntl() and ioctl() Unix\n" +
      "routines.  File descriptors can be obtained with the fileno() method of\n" +
      "a file or socket object.",
  );
  for (const name in CONSTANTS) d.setStr(name, CONSTANTS[name]);
  for (const name of ["fcntl", "ioctl", "flock", "lockf"]) {
    d.setStr(name, new PyBuiltinFunction(name, notImplemented, undefined, name, "fcntl"));
  }
  return m;
}
