// _md5: hashlib's builtin MD5 (CPython's Modules/md5module.c), over node:crypto.
import type { PyModule } from "../runtime/module_object.ts";
import { simpleHashModule } from "./module_support.ts";

export function createModule(): PyModule {
  return simpleHashModule("_md5", [["MD5Type", "md5"]]);
}
