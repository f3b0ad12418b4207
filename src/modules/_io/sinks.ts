// The process's standard streams at the descriptor level. fds 0, 1 and 2 go to Deno's
// stdin/stdout/stderr through the file system layer, unless the host API replaced a sink
// (src/host/output.ts): then bytes written to fd 1/2 are decoded and handed to the host's
// function, and reads from fd 0 take the host's lines. Buffering belongs to the io objects
// above (sys.stdout's BufferedWriter), never to this layer.
import * as fs from "../../runtime/file_system.ts";

export interface Stdio {
  writeStdout(s: string): void;
  writeStderr(s: string): void;
  /** A line without its newline, or null at end of input. */
  readStdinLine(): string | null;
}

const encoder = new TextEncoder();

function writeAll(fd: number, data: Uint8Array): void {
  try {
    fs.write(fd, data);
  } catch {
    // A closed pipe (e.g. `| head`) must not crash the interpreter.
  }
}

function defaultWriteStdout(s: string): void {
  writeAll(1, encoder.encode(s));
}

function defaultWriteStderr(s: string): void {
  writeAll(2, encoder.encode(s));
}

function defaultReadStdinLine(): string | null {
  // Only used when Python code is not involved (the host asks for a line): read bytes to "\n".
  const chunks: number[] = [];
  for (;;) {
    const b = fs.read(0, 1);
    if (b.length === 0) break;
    if (b[0] === 10) return new TextDecoder().decode(Uint8Array.from(chunks));
    chunks.push(b[0]);
  }
  return chunks.length === 0 ? null : new TextDecoder().decode(Uint8Array.from(chunks));
}

/** Replaceable sinks (the host API redirects them). */
export const stdio: Stdio = {
  writeStdout: defaultWriteStdout,
  writeStderr: defaultWriteStderr,
  readStdinLine: defaultReadStdinLine,
};

// Decoders for bytes going to a host's text sink (a character may span two writes).
const sinkState = {
  out: new TextDecoder("utf-8"),
  err: new TextDecoder("utf-8"),
  pendingIn: new Uint8Array(0),
};

/** Whether fd is a standard stream the host redirected. */
export function isRedirected(fd: number): boolean {
  if (fd === 1) return stdio.writeStdout !== defaultWriteStdout;
  if (fd === 2) return stdio.writeStderr !== defaultWriteStderr;
  if (fd === 0) return stdio.readStdinLine !== defaultReadStdinLine;
  return false;
}

/** write(2) for the io layer: the file system, or the host's sink for redirected fds 1/2. */
export function writeFd(fd: number, data: Uint8Array): number {
  if (fd === 1 || fd === 2) {
    if (isRedirected(fd)) {
      const dec = fd === 1 ? sinkState.out : sinkState.err;
      const text = dec.decode(data, { stream: true });
      if (text !== "") (fd === 1 ? stdio.writeStdout : stdio.writeStderr)(text);
      return data.length;
    }
    try {
      return fs.write(fd, data);
    } catch {
      // EPIPE on a closed stdout (`| head`): drop the output quietly, as Coil always did.
      return data.length;
    }
  }
  return fs.write(fd, data);
}

/** read(2) for the io layer: the file system, or the host's lines for a redirected fd 0. */
export function readFd(fd: number, n: number): Uint8Array {
  if (fd === 0 && isRedirected(0)) {
    if (sinkState.pendingIn.length === 0) {
      const line = stdio.readStdinLine();
      if (line === null) return new Uint8Array(0);
      sinkState.pendingIn = encoder.encode(line + "\n");
    }
    const p = sinkState.pendingIn;
    const out = p.slice(0, n);
    sinkState.pendingIn = p.subarray(out.length);
    return out;
  }
  return fs.read(fd, n);
}

export function isattyFd(fd: number): boolean {
  if (fd <= 2 && isRedirected(fd)) return false;
  return fs.isatty(fd);
}
