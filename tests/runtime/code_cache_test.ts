// The `coil` command's compiled-code cache: importlib's .pyc files and the frozen bootstrap's
// code under sys.pycache_prefix (COIL_CACHE_DIR here), reused by the next run, rebuilt when
// damaged, and optional when the folder cannot be written.
import assert from "node:assert/strict";

const cli = new URL("../../src/cli.ts", import.meta.url).pathname;

async function coil(code: string, cacheDir: string) {
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", cli, "-c", code],
    // PYTHONDONTWRITEBYTECODE (set on some machines) would stop the writes this test checks.
    env: { COIL_CACHE_DIR: cacheDir, PYTHONDONTWRITEBYTECODE: "" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  return {
    code: r.code,
    stdout: new TextDecoder().decode(r.stdout),
    stderr: new TextDecoder().decode(r.stderr),
  };
}

function listTree(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const e of Deno.readDirSync(dir)) {
    const rel = prefix + e.name;
    if (e.isDirectory) out.push(...listTree(`${dir}/${e.name}`, rel + "/"));
    else out.push(rel);
  }
  return out.sort();
}

Deno.test("a run writes .pyc and frozen code that the next run reads", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const first = await coil(
      "import json, sys; print(json.dumps([sys.pycache_prefix != None]))",
      dir,
    );
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, "[true]\n");
    const files = listTree(dir);
    assert.ok(files.some((f) => /^frozen\/_frozen_importlib\.[0-9a-f]+\.\d+\.pyc$/.test(f)));
    assert.ok(files.some((f) => /^frozen\/_frozen_importlib_external\./.test(f)));
    // importlib's own files, at the prefix plus the source's folder (PYTHONPYCACHEPREFIX).
    assert.ok(files.includes("coil/lib/python3.11/json/__init__.coil-311.pyc"), files.join(" "));
    // The second run finds the bootstrap's code in the cache: its files are not rewritten.
    const stamps = files.map((f) => Deno.statSync(`${dir}/${f}`).mtime?.getTime());
    const second = await coil("import json; print(json.loads('[2]'))", dir);
    assert.equal(second.stdout, "[2]\n", second.stderr);
    assert.deepEqual(files.map((f) => Deno.statSync(`${dir}/${f}`).mtime?.getTime()), stamps);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("damaged frozen code in the cache is compiled again", async () => {
  const dir = await Deno.makeTempDir();
  try {
    assert.equal((await coil("import json", dir)).code, 0);
    for (const f of listTree(dir).filter((f) => f.startsWith("frozen/"))) {
      Deno.writeFileSync(`${dir}/${f}`, new Uint8Array([0xe3, 1, 2, 3]));
    }
    const r = await coil("import json; print(json.dumps({'a': 1}))", dir);
    assert.equal(r.stdout, '{"a": 1}\n', r.stderr);
    assert.equal(r.code, 0);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("an unwritable cache folder only means nothing is cached", async () => {
  const dir = await Deno.makeTempDir();
  try {
    Deno.writeTextFileSync(`${dir}/file`, "not a folder");
    const r = await coil("import json; print(json.dumps(1))", `${dir}/file/cache`);
    assert.equal(r.stdout, "1\n", r.stderr);
    assert.equal(r.code, 0);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("tracebacks show no source lines for frozen importlib frames, as CPython's", async () => {
  const dir = await Deno.makeTempDir();
  try {
    // genericpath before os is a circular import under `python -S`; the report passes through
    // importlib's frames.
    const r = await coil("import genericpath", dir);
    assert.equal(r.code, 1);
    const lines = r.stderr.split("\n");
    const frozen = lines.flatMap((l, i) => l.includes('File "<frozen importlib.') ? [i] : []);
    assert.ok(frozen.length > 0, r.stderr);
    for (const i of frozen) assert.match(lines[i + 1], /^ {2}File /, r.stderr);
    assert.match(lines.at(-2)!, /^AttributeError: partially initialized module 'genericpath'/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
