// _sha512: hashlib's builtin SHA-384 and SHA-512 (CPython's Modules/sha512module.c), over
// node:crypto. CPython 3.11 registers both types under the name SHA384Type, so the module's
// SHA384Type is the sha512 type and there is no SHA512Type: kept as CPython has it.
import type { PyModule } from "../runtime/module_object.ts";
import { simpleHashModule } from "./module_support.ts";

export function createModule(): PyModule {
  return simpleHashModule("_sha512", [[null, "sha384"], ["SHA384Type", "sha512"]]);
}
