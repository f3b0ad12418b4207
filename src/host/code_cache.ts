// Where the `coil` command keeps compiled code between runs: importlib writes and reads
// `.pyc` files (marshal'd code objects) under `sys.pycache_prefix`, as CPython does with
// PYTHONPYCACHEPREFIX. The folder is named by a fingerprint of the compiler's own sources, so
// a changed compiler never loads code an older one wrote. docs/stdlib.md has the measurements.
import { createHash } from "node:crypto";

/** The cache folder, or null when the environment or file system does not allow one. */
export function codeCacheDir(): string | null {
  let root: string | undefined;
  try {
    root = Deno.env.get("PYTHONPYCACHEPREFIX") ?? Deno.env.get("COIL_CACHE_DIR");
    if (root !== undefined) return root;
    const base = Deno.env.get("XDG_CACHE_HOME") ?? (Deno.env.get("HOME") ?? "") + "/.cache";
    if (base === "/.cache") return null;
    return `${base}/coil/pycache-${compilerFingerprint()}`;
  } catch {
    return null;
  }
}

/** A hash of src/compiler/*.ts and the code-object layout, read beside this file. */
function compilerFingerprint(): string {
  const hash = createHash("sha256");
  const dir = new URL("../compiler/", import.meta.url);
  const names = [...Deno.readDirSync(dir)].map((e) => e.name).filter((n) => n.endsWith(".ts"))
    .sort();
  for (const name of names) hash.update(Deno.readFileSync(new URL(name, dir)));
  hash.update(Deno.readFileSync(new URL("../modules/marshal.ts", import.meta.url)));
  hash.update(Deno.readFileSync(new URL("../objects/code.ts", import.meta.url)));
  return hash.digest("hex").slice(0, 16);
}
