// _sha256: hashlib's builtin SHA-224 and SHA-256 (CPython's Modules/sha256module.c), over
// node:crypto.
import type { PyModule } from "../runtime/module_object.ts";
import { simpleHashModule } from "./module_support.ts";

export function createModule(): PyModule {
  return simpleHashModule("_sha256", [["SHA224Type", "sha224"], ["SHA256Type", "sha256"]]);
}
