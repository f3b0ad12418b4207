// Pieces the fuzzers share: a line-based JSON conversation with a python3 process, hashing,
// and command-line flags.

export function flag(args: string[], name: string, dflt: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
}

/** FNV-1a, hex: names corpus files by their content. */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

/** A long-lived `python3 SCRIPT` answering one JSON line per JSON line it is sent. */
export class JsonLineProcess {
  private child: Deno.ChildProcess;
  private writer: WritableStreamDefaultWriter<Uint8Array>;
  private reader: ReadableStreamDefaultReader<string>;
  private buf = "";
  private enc = new TextEncoder();

  constructor(cmd: string, args: string[]) {
    this.child = new Deno.Command(cmd, {
      args,
      stdin: "piped",
      stdout: "piped",
      stderr: "inherit",
    }).spawn();
    this.writer = this.child.stdin.getWriter();
    this.reader = this.child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  }

  private async readLine(): Promise<string> {
    for (;;) {
      const nl = this.buf.indexOf("\n");
      if (nl >= 0) {
        const line = this.buf.slice(0, nl);
        this.buf = this.buf.slice(nl + 1);
        return line;
      }
      const { value, done } = await this.reader.read();
      if (done) throw new Error("oracle process ended");
      this.buf += value;
    }
  }

  /** Sends every request, then reads as many answers (concurrently, so pipes never fill). */
  async ask<T>(requests: unknown[]): Promise<T[]> {
    const writing = (async () => {
      for (const r of requests) await this.writer.write(this.enc.encode(JSON.stringify(r) + "\n"));
    })();
    const out: T[] = [];
    for (let i = 0; i < requests.length; i++) out.push(JSON.parse(await this.readLine()));
    await writing;
    return out;
  }

  async close(): Promise<void> {
    await this.writer.close();
    await this.child.status;
  }
}

/** Classic delta debugging (ddmin) over a list of pieces; `fails` must hold for the input. */
export async function ddmin<T>(
  items: T[],
  fails: (xs: T[]) => Promise<boolean>,
  budget: { calls: number },
): Promise<T[]> {
  let n = 2;
  while (items.length >= 2 && budget.calls > 0) {
    const size = Math.ceil(items.length / n);
    let reduced = false;
    for (let i = 0; i < items.length && budget.calls > 0; i += size) {
      const complement = [...items.slice(0, i), ...items.slice(i + size)];
      budget.calls--;
      if (complement.length > 0 && await fails(complement)) {
        items = complement;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= items.length) break;
      n = Math.min(items.length, n * 2);
    }
  }
  return items;
}
