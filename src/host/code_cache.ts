// Where the `coil` command keeps compiled code between runs: importlib writes and reads
// `.pyc` files (marshal'd code objects) under `sys.pycache_prefix`, as CPython does with
// PYTHONPYCACHEPREFIX. The folder is named by a fingerprint of the compiler's own sources, so
// a changed compiler never loads code an older one wrote. docs/stdlib.md has the measurements.
import { processEnv } from "../runtime/permissions.ts";

/**
 * The cache folder, or null when the environment or file system does not allow one;
 * `ignoreEnvironment` (-E) skips PYTHONPYCACHEPREFIX.
 */
export function codeCacheDir(ignoreEnvironment = false): string | null {
  try {
    const root = (ignoreEnvironment ? undefined : processEnv("PYTHONPYCACHEPREFIX")) ??
      processEnv("COIL_CACHE_DIR");
    if (root !== undefined) return root;
    const base = processEnv("XDG_CACHE_HOME") ?? (processEnv("HOME") ?? "") + "/.cache";
    if (base === "/.cache") return null;
    return `${base}/coil/pycache-${compilerFingerprint()}`;
  } catch {
    return null;
  }
}

/**
 * The size and modification time of src/compiler/*.ts and of the code-object layout, hashed:
 * what CPython's own .pyc check compares for a source file. Reading and hashing the contents
 * instead cost 10 ms of every start (docs/startup.md).
 */
function compilerFingerprint(): string {
  const dir = new URL("../compiler/", import.meta.url);
  const files = [...Deno.readDirSync(dir)].map((e) => e.name).filter((n) => n.endsWith(".ts"))
    .sort().map((n) => new URL(n, dir));
  files.push(new URL("../runtime/marshal.ts", import.meta.url));
  files.push(new URL("../objects/code.ts", import.meta.url));
  let stamp = "";
  for (const file of files) {
    const info = Deno.statSync(file);
    stamp += `${file.pathname.split("/").pop()}:${info.size}:${info.mtime?.getTime()};`;
  }
  return fnv1a64(stamp);
}

/** FNV-1a over the string's UTF-16 code units, as 16 hex digits. */
function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h = BigInt.asUintN(64, (h ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n);
  }
  return h.toString(16).padStart(16, "0");
}
