// _sha1: hashlib's builtin SHA-1 (CPython's Modules/sha1module.c), over node:crypto.
import type { PyModule } from "../runtime/module_object.ts";
import { simpleHashModule } from "./module_support.ts";

export function createModule(): PyModule {
  return simpleHashModule("_sha1", [["SHA1Type", "sha1"]]);
}
