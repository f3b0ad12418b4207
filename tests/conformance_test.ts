// Conformance corpus runner: runs every tests/cases/<area>/<name>.py through Coil
// (src/cli.ts) with the case folder as cwd and compares stdout (and stderr / exit code
// when <name>.err / <name>.code exist) byte for byte with the files CPython 3.11 produced
// (see tests/cases/regenerate.py and tests/cases/README.md). The "examples" area is the
// repository's examples/ folder: every examples/<name>.py with an <name>.out beside it.
//
// COIL_CASES=objects/str_,generators/  runs only cases whose "<area>/<name>" contains
// one of the comma-separated substrings. COIL_JOBS sets the pool size (default 3),
// COIL_TIMEOUT_MS the per-case time limit (default 20000).

const CASES_DIR = new URL("./cases/", import.meta.url);
const CLI = decodeURIComponent(new URL("../src/cli.ts", import.meta.url).pathname);
const AREAS = ["objects", "generators", "language", "modules", "examples"];
/** Where each area's programs live; examples/*.py count only when they have a .out. */
const AREA_DIRS: Record<string, URL> = {
  examples: new URL("../examples/", import.meta.url),
};
const areaDir = (area: string) => AREA_DIRS[area] ?? new URL(`${area}/`, CASES_DIR);
const TIMEOUT_MS = Number(Deno.env.get("COIL_TIMEOUT_MS") ?? "20000") || 20_000;
const JOBS = Math.max(1, Number(Deno.env.get("COIL_JOBS") ?? "3") || 3);
const FILTERS = (Deno.env.get("COIL_CASES") ?? "").split(",").map((s) => s.trim()).filter((
  s,
) => s !== "");

interface CaseResult {
  name: string;
  failure: string | null;
}

const decoder = new TextDecoder();

async function readOptional(url: URL): Promise<Uint8Array | null> {
  try {
    return await Deno.readFile(url);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return null;
    throw e;
  }
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function visible(line: string): string {
  // Show control characters escaped and mark trailing whitespace, keep everything else as is.
  let shown = "";
  for (const c of line) {
    const code = c.charCodeAt(0);
    if (c === "\t") shown += "\\t";
    else if (code < 0x20 || code === 0x7f) shown += "\\x" + code.toString(16).padStart(2, "0");
    else shown += c;
  }
  return /[ \t]$/.test(line) ? shown + "\u23ce" : shown;
}

/** A small line diff (LCS based, falling back to a head-to-head listing for huge inputs). */
export function lineDiff(expected: string, actual: string, context = 3): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  const out: string[] = [];
  if (a.length * b.length > 4_000_000) {
    out.push(`--- expected (${a.length} lines)`, `+++ actual (${b.length} lines)`);
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    out.push(`first difference at line ${i + 1}:`);
    if (i < a.length) out.push("-" + visible(a[i]));
    if (i < b.length) out.push("+" + visible(b[i]));
    return out.join("\n");
  }
  const n = a.length, m = b.length;
  const lcs: Uint32Array[] = [];
  for (let i = 0; i <= n; i++) lcs.push(new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  type Op = { kind: " " | "-" | "+"; text: string };
  const ops: Op[] = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: " ", text: a[i] });
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      ops.push({ kind: "-", text: a[i++] });
    } else {
      ops.push({ kind: "+", text: b[j++] });
    }
  }
  out.push("--- expected", "+++ actual");
  const keep = new Array<boolean>(ops.length).fill(false);
  ops.forEach((op, k) => {
    if (op.kind !== " ") {
      for (let d = Math.max(0, k - context); d <= Math.min(ops.length - 1, k + context); d++) {
        keep[d] = true;
      }
    }
  });
  let skipped = false;
  let shown = 0;
  for (let k = 0; k < ops.length; k++) {
    if (!keep[k]) {
      skipped = true;
      continue;
    }
    if (skipped) out.push("@@");
    skipped = false;
    if (++shown > 200) {
      out.push("... (diff truncated)");
      break;
    }
    out.push(ops[k].kind + visible(ops[k].text));
  }
  return out.join("\n");
}

/** Reads a stream completely, keeping at most `limit` bytes; calls `onOverflow` once past it. */
async function collect(
  stream: ReadableStream<Uint8Array>,
  limit: number,
  onOverflow: () => void,
): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for await (const chunk of stream) {
    if (truncated) continue;
    if (size + chunk.length > limit) {
      chunks.push(chunk.subarray(0, limit - size));
      size = limit;
      truncated = true;
      onOverflow();
      continue;
    }
    chunks.push(chunk);
    size += chunk.length;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, truncated };
}

async function runCase(area: string, name: string): Promise<CaseResult> {
  const dir = areaDir(area);
  const expectedOut = await Deno.readFile(new URL(`${name}.out`, dir));
  const expectedErr = await readOptional(new URL(`${name}.err`, dir));
  const expectedCodeRaw = await readOptional(new URL(`${name}.code`, dir));
  const expectedCode = expectedCodeRaw === null ? 0 : Number(decoder.decode(expectedCodeRaw));
  const input = await readOptional(new URL(`${name}.in`, dir));

  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command(Deno.execPath(), {
      args: ["run", "--allow-read", "--allow-write", "--allow-env", CLI, `${name}.py`],
      cwd: dir,
      stdin: input === null ? "null" : "piped",
      stdout: "piped",
      stderr: "piped",
      // The runner relies on Coil's code cache for speed, whatever the user's environment says.
      env: { NO_COLOR: "1", PYTHONDONTWRITEBYTECODE: "" },
    }).spawn();
  } catch (e) {
    return { name, failure: `could not run coil: ${e}` };
  }
  // A runaway interpreter can print without end: stop it at a time limit or an output limit.
  let killedFor: string | null = null;
  const kill = (why: string) => {
    if (killedFor !== null) return;
    killedFor = why;
    try {
      child.kill("SIGKILL");
    } catch {
      // Already exited.
    }
  };
  const timer = setTimeout(() => kill(`timed out after ${TIMEOUT_MS / 1000}s`), TIMEOUT_MS);
  const outLimit = Math.max(1 << 20, 4 * expectedOut.length);
  const errLimit = Math.max(1 << 20, 4 * (expectedErr?.length ?? 0));
  const stdoutP = collect(child.stdout, outLimit, () => kill("too much output on stdout"));
  const stderrP = collect(child.stderr, errLimit, () => kill("too much output on stderr"));
  if (input !== null) {
    const writer = child.stdin.getWriter();
    try {
      await writer.write(input);
      await writer.close();
    } catch {
      // The interpreter may exit without reading all of its input.
    }
  }
  const [stdout, stderr, status] = await Promise.all([stdoutP, stderrP, child.status]);
  clearTimeout(timer);

  const problems: string[] = [];
  if (killedFor !== null) problems.push(`killed: ${killedFor}`);
  if (!bytesEqual(stdout.bytes, expectedOut)) {
    problems.push(
      "stdout differs" + (stdout.truncated ? " (output truncated)" : "") + ":\n" +
        lineDiff(decoder.decode(expectedOut), decoder.decode(stdout.bytes)),
    );
  }
  if (expectedErr !== null && !bytesEqual(stderr.bytes, expectedErr)) {
    problems.push(
      "stderr differs:\n" + lineDiff(decoder.decode(expectedErr), decoder.decode(stderr.bytes)),
    );
  }
  if (killedFor === null && status.code !== expectedCode) {
    problems.push(`exit code ${status.code}, expected ${expectedCode}`);
  }
  if (problems.length > 0 && expectedErr === null && stderr.bytes.length > 0) {
    const err = decoder.decode(stderr.bytes);
    problems.push(
      "stderr (not compared):\n" + (err.length > 3000 ? err.slice(0, 3000) + "…" : err),
    );
  }
  return { name, failure: problems.length === 0 ? null : problems.join("\n") };
}

async function listCases(area: string): Promise<string[]> {
  const names: string[] = [];
  const dir = areaDir(area);
  try {
    const files = new Set<string>();
    for await (const entry of Deno.readDir(dir)) if (entry.isFile) files.add(entry.name);
    for (const file of files) {
      if (file.endsWith(".py")) {
        const name = file.slice(0, -3);
        if (area === "examples" && !files.has(`${name}.out`)) continue;
        const key = `${area}/${name}`;
        if (FILTERS.length === 0 || FILTERS.some((f) => key.includes(f))) names.push(name);
      }
    }
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
  return names.sort();
}

/** Starts every case with at most JOBS running at once (in order); one promise per case. */
function startPool(area: string, names: string[]): Promise<CaseResult>[] {
  let active = 0;
  const waiting: (() => void)[] = [];
  const acquire = () =>
    new Promise<void>((resolve) => {
      if (active < JOBS) {
        active++;
        resolve();
      } else {
        waiting.push(() => {
          active++;
          resolve();
        });
      }
    });
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return names.map(async (name) => {
    await acquire();
    try {
      return await runCase(area, name);
    } catch (e) {
      return { name, failure: `runner error: ${e}` };
    } finally {
      release();
    }
  });
}

for (const area of AREAS) {
  const names = await listCases(area);
  Deno.test({
    name: `conformance: ${area} (${names.length} cases)`,
    ignore: names.length === 0,
    async fn(t) {
      // Cases run concurrently; steps are reported in order as their results arrive.
      const results = startPool(area, names);
      const failed: string[] = [];
      for (let i = 0; i < names.length; i++) {
        const name = names[i];
        const r = await results[i];
        const ok = await t.step({
          name,
          fn() {
            if (r.failure !== null) {
              // Only the report matters; the runner's own stack would be noise.
              const err = new Error(`${area}/${name}.py\n${r.failure}`);
              err.stack = `Error: ${err.message}`;
              throw err;
            }
          },
        });
        if (!ok) failed.push(name);
      }
      if (failed.length > 0) {
        const err = new Error(
          `${failed.length} of ${names.length} ${area} cases failed:\n  ` + failed.join("\n  "),
        );
        err.stack = `Error: ${err.message}`;
        throw err;
      }
    },
  });
}
