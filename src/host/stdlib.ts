// Where Coil's standard library comes from: CPython 3.11's Lib/ as pyodide@0.25.1's
// python_stdlib.zip, a dependency fetched from npm, never a copy in this repository
// (docs/stdlib.md says why and how a host that imports mod.ts from a URL supplies it).
import { setStdlib, setStdlibError } from "../runtime/interpreter.ts";

/** The npm specifier of the archive; reading it needs Deno's `--unstable-raw-imports`. */
export const STDLIB_SPECIFIER = "npm:pyodide@0.25.1/python_stdlib.zip";

/** What a host may pass as the standard library: the zip's bytes, or a path or URL to it. */
export type StdlibSource = Uint8Array | URL | string;

/** Reads the archive from the npm package (a module import: no --allow-read needed). */
export async function loadDefaultStdlib(): Promise<Uint8Array> {
  // A full npm: specifier on purpose: mod.ts is imported by URL, where no import map applies.
  // deno-lint-ignore no-import-prefix
  const m = await import("npm:pyodide@0.25.1/python_stdlib.zip", { with: { type: "bytes" } });
  return m.default as Uint8Array;
}

/** Reads the archive from bytes, a file path or a URL (file:, http:, https:). */
export async function readStdlib(source: StdlibSource): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source;
  const url = source instanceof URL
    ? source
    : /^[a-z][a-z0-9+.-]*:/i.test(source) && !/^[a-z]:[\\/]/i.test(source)
    ? new URL(source)
    : null;
  if (url === null) return await Deno.readFile(source as string);
  if (url.protocol === "file:") return await Deno.readFile(url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fetching ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Loads the default archive once for the process. A host run without
 * `--unstable-raw-imports` gets no stdlib; imports then fail with a message that says how to
 * give one.
 */
export async function installDefaultStdlib(): Promise<void> {
  try {
    setStdlib(await loadDefaultStdlib());
  } catch (e) {
    setStdlibError(
      `the standard library (loading ${STDLIB_SPECIFIER} failed: ${
        e instanceof Error ? e.message.split("\n")[0] : String(e)
      }; run Deno with --unstable-raw-imports or pass the zip as the stdlib option)`,
    );
  }
}
