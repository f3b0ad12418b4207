// Where Python's sys.stdout / sys.stderr go when Python runs under the host API, and the flush
// the host layer does each time Python hands control back (so Python's prints and the host's
// console.log interleave in the order they happened).
import { flushStdio } from "../modules/_io/stdstreams.ts";
import { stdio } from "../modules/_io/sinks.ts";

/** Where `setOutput` sends sys.stdout and sys.stderr, and where input() reads. */
export interface OutputOptions {
  /** Receives text Python writes to sys.stdout (default: the process's stdout). */
  stdout?: (text: string) => void;
  /** Receives text Python writes to sys.stderr (default: the process's stderr). */
  stderr?: (text: string) => void;
  /** Supplies input() lines without their newline; null means end of file. */
  stdin?: () => string | null;
}

/** Redirects Python's standard streams; options left out keep their current target. */
export function setOutput(options: OutputOptions): void {
  flushStdio();
  if (options.stdout) stdio.writeStdout = options.stdout;
  if (options.stderr) stdio.writeStderr = options.stderr;
  if (options.stdin) stdio.readStdinLine = options.stdin;
}

export function flushOutput(): void {
  flushStdio();
}
