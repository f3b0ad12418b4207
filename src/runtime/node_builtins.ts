// Node's built-in modules, loaded the first time Coil needs one. A static `import` of
// node:zlib, node:crypto or node:process makes Deno start its Node compatibility layer before
// any Python runs: about 35 ms of `coil -c pass`, for modules most programs never touch
// (docs/startup.md). `process.getBuiltinModule` loads one synchronously, when it is asked for.
import type * as NodeCrypto from "node:crypto";
import type * as NodeZlib from "node:zlib";
import type NodeProcess from "node:process";
import type * as NodeModule from "node:module";

type ProcessGlobal = typeof NodeProcess & { getBuiltinModule(id: string): unknown };

let zlib: typeof NodeZlib | undefined;
let crypto: typeof NodeCrypto | undefined;

/** The global `process` (reading it is what starts the compatibility layer). */
export function nodeProcess(): ProcessGlobal {
  return (globalThis as unknown as { process: ProcessGlobal }).process;
}

export function nodeZlib(): typeof NodeZlib {
  return zlib ??= nodeProcess().getBuiltinModule("node:zlib") as typeof NodeZlib;
}

export function nodeCrypto(): typeof NodeCrypto {
  return crypto ??= nodeProcess().getBuiltinModule("node:crypto") as typeof NodeCrypto;
}

let require: ((id: string) => unknown) | undefined;

/**
 * Node's `require`, for CommonJS packages loaded on first use. It resolves only from a local
 * checkout (file: URLs); callers imported by URL import such packages with their module graph.
 */
export function nodeRequire(id: string): unknown {
  require ??= (nodeProcess().getBuiltinModule("node:module") as unknown as typeof NodeModule)
    .createRequire(import.meta.url);
  return require(id);
}
