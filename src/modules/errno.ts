// The `errno` module (CPython's Modules/errnomodule.c): every Linux errno name with Linux's
// value, and `errorcode` mapping each value back to a name.
import { PyDict } from "../objects/object.ts";
import { PyModule } from "../runtime/module_object.ts";
import { ERRNO_NAMES, ERRNO_PREFERRED } from "../runtime/errno_table.ts";

const DOC = "This module makes available standard errno system symbols.\n\n" +
  "The value of each symbol is the corresponding integer value,\n" +
  "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n" +
  "The dictionary errno.errorcode maps numeric codes to symbol names,\n" +
  "e.g., errno.errorcode[2] could be the string 'ENOENT'.\n\n" +
  "Symbols that are not relevant to the underlying system are not defined.\n\n" +
  "To map error codes to error messages, use the function os.strerror(),\n" +
  "e.g. os.strerror(2) could return 'No such file or directory'.";

export function createModule(): PyModule {
  const m = new PyModule("errno");
  m.dict.setStr("__doc__", DOC);
  const errorcode = new PyDict();
  for (const [name, value] of ERRNO_NAMES) {
    m.dict.setStr(name, value);
    const preferred = ERRNO_PREFERRED[value];
    if (preferred === undefined || preferred === name) errorcode.set(value, name);
  }
  m.dict.setStr("errorcode", errorcode);
  return m;
}
