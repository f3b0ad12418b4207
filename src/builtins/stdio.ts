// Standard streams. `stdio` holds replaceable sinks (the host API redirects them); the defaults
// write to the process's stdout/stderr through a buffer that flushStdio() empties (the runtime
// calls it at exit and the host whenever Python hands control back). sys.stdout / sys.stderr /
// sys.stdin are file objects (fileio.ts) that write through these sinks at call time, so
// replacing a sink redirects them too.
const encoder = new TextEncoder();

let outBuffer = "";
const FLUSH_AT = 1 << 14;

function writeAllSync(target: { writeSync(p: Uint8Array): number }, text: string): void {
  let data = encoder.encode(text);
  while (data.length > 0) {
    const n = target.writeSync(data);
    data = data.subarray(n);
  }
}

function defaultWriteStdout(s: string): void {
  outBuffer += s;
  if (outBuffer.length >= FLUSH_AT) flushDefaultStdout();
}

function flushDefaultStdout(): void {
  if (outBuffer.length === 0) return;
  const text = outBuffer;
  outBuffer = "";
  try {
    writeAllSync(Deno.stdout, text);
  } catch {
    // A closed pipe (e.g. `| head`) must not crash the interpreter on exit.
  }
}

function defaultWriteStderr(s: string): void {
  flushDefaultStdout(); // keep stdout and stderr in the order they were written
  try {
    writeAllSync(Deno.stderr, s);
  } catch { /* closed */ }
}

// ---- stdin ------------------------------------------------------------------------------------

const decoder = new TextDecoder();
let inBuffer = "";
let inEof = false;

/** The next line of the process's stdin without its newline, or null at end of file. */
function defaultReadStdinLine(): string | null {
  flushStdio();
  for (;;) {
    const nl = inBuffer.indexOf("\n");
    if (nl >= 0) {
      const line = inBuffer.slice(0, nl);
      inBuffer = inBuffer.slice(nl + 1);
      return line.endsWith("\r") ? line.slice(0, -1) : line;
    }
    if (inEof) {
      if (inBuffer === "") return null;
      const line = inBuffer;
      inBuffer = "";
      return line;
    }
    const chunk = new Uint8Array(65536);
    let n: number | null = null;
    try {
      n = Deno.stdin.readSync(chunk);
    } catch {
      n = null;
    }
    if (n === null || n === 0) {
      inEof = true;
      inBuffer += decoder.decode();
    } else inBuffer += decoder.decode(chunk.subarray(0, n), { stream: true });
  }
}

export interface Stdio {
  writeStdout(s: string): void;
  writeStderr(s: string): void;
  /** A line without its newline, or null at end of input. */
  readStdinLine(): string | null;
}

export const stdio: Stdio = {
  writeStdout: defaultWriteStdout,
  writeStderr: defaultWriteStderr,
  readStdinLine: defaultReadStdinLine,
};

/** Writes out buffered stdout text (call at exit and before handing control to the host). */
export function flushStdio(): void {
  flushDefaultStdout();
}

// Flush on process exit as a safety net (the runtime also flushes explicitly at exit).
if (typeof globalThis.addEventListener === "function") {
  globalThis.addEventListener("unload", () => flushStdio());
}
