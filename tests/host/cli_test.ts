// The `coil` command line as CPython's (docs/cli.md): options, what runs as __main__, sys.argv
// and sys.path[0], usage errors and exit statuses. Expected texts are python3 3.11's, with its
// program name replaced by `coil`, hard-coded so the test does not need python3.
import { describe, it } from "node:test";
import assert from "node:assert/strict";

const repo = decodeURIComponent(new URL("../../", import.meta.url).pathname);
const cli = `${repo}src/cli.ts`;
const USAGE = "usage: coil [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
const TRY = "Try `coil -h' for more information.\n";

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment without PYTHON* variables (the test sets the ones it checks). */
function baseEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env = Object.fromEntries(
    Object.entries(Deno.env.toObject()).filter(([k]) => !k.startsWith("PYTHON")),
  );
  return { ...env, ...extra };
}

async function run(
  args: string[],
  options: { cwd?: string; stdin?: string; env?: Record<string, string>; cmd?: string } = {},
): Promise<Result> {
  const child = new Deno.Command(options.cmd ?? Deno.execPath(), {
    args: options.cmd ? args : ["run", "-A", cli, ...args],
    cwd: options.cwd,
    env: baseEnv(options.env),
    clearEnv: true,
    stdin: options.stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  if (options.stdin !== undefined) {
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(options.stdin));
    await writer.close();
  }
  const out = await child.output();
  const decode = (b: Uint8Array) => new TextDecoder().decode(b);
  return { code: out.code, stdout: decode(out.stdout), stderr: decode(out.stderr) };
}

/** A temporary folder with the given files (a/b.py paths make folders). */
function tempTree(files: Record<string, string>): string {
  const dir = Deno.realPathSync(Deno.makeTempDirSync({ prefix: "coil_cli_" }));
  for (const [path, text] of Object.entries(files)) {
    const slash = path.lastIndexOf("/");
    if (slash > 0) Deno.mkdirSync(`${dir}/${path.slice(0, slash)}`, { recursive: true });
    Deno.writeTextFileSync(`${dir}/${path}`, text);
  }
  return dir;
}

const SHOW = "import sys; print(sys.argv, repr(sys.path[0]))";

describe("coil command line", () => {
  it("-V / --version print Python's version naming Coil", async () => {
    for (const flag of ["-V", "--version"]) {
      const r = await run([flag]);
      assert.deepEqual(r, { code: 0, stdout: "Python 3.11.7 (Coil 0.1)\n", stderr: "" });
    }
  });

  it("-h / --help print the usage text in CPython's shape", async () => {
    for (const flag of ["-h", "--help", "-?"]) {
      const r = await run([flag]);
      assert.equal(r.code, 0);
      assert.ok(
        r.stdout.startsWith(USAGE + "Options (and corresponding environment variables):\n"),
      );
      assert.match(r.stdout, /^-m mod : run library module as a script/m);
    }
  });

  it("usage errors exit 2 with CPython's wording", async () => {
    const cases: [string[], string][] = [
      [["-z"], "Unknown option: -z\n"],
      [["-qz", "x.py"], "Unknown option: -z\n"],
      [["--foo"], "unknown option --foo\n"],
      [["-c"], "Argument expected for the -c option\n"],
      [["-m"], "Argument expected for the -m option\n"],
      [["-W"], "Argument expected for the -W option\n"],
      [["-X"], "Argument expected for the -X option\n"],
    ];
    for (const [args, message] of cases) {
      assert.deepEqual(await run(args), { code: 2, stdout: "", stderr: message + USAGE + TRY });
    }
  });

  it("a missing script: can't open file with its absolute path, status 2", async () => {
    const dir = tempTree({});
    const r = await run(["nonexistent.py"], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      `coil: can't open file '${dir}/nonexistent.py': [Errno 2] No such file or directory\n`,
    );
  });

  it("a script: argv as given, its folder's full path first on sys.path", async () => {
    const dir = tempTree({ "sub/s.py": SHOW });
    const r = await run(["sub/s.py", "a", "-c", "b"], { cwd: dir });
    assert.equal(r.stdout, `['sub/s.py', 'a', '-c', 'b'] '${dir}/sub'\n`);
  });

  it("-c: argv[0] is '-c', the options after the code are the program's", async () => {
    const r = await run(["-q", "-c", SHOW, "-q", "x"]);
    assert.equal(r.stdout, "['-c', '-q', 'x'] ''\n");
    const grouped = await run(["-qc", "import sys; print(sys.argv, sys.flags.quiet)", "y"]);
    assert.equal(grouped.stdout, "['-c', 'y'] 1\n");
  });

  it("-m runs a module or package __main__ as python -m does", async () => {
    const dir = tempTree({
      "pkg/__init__.py": "",
      "pkg/__main__.py": `${SHOW}; print(__name__, __spec__.name)`,
      "mod.py": `${SHOW}\nif __name__ == '__main__': print('main')`,
      "data.json": '{"b": 1, "a": [1, 2]}',
    });
    const pkg = await run(["-m", "pkg", "x", "-y"], { cwd: dir });
    assert.equal(
      pkg.stdout,
      `['${dir}/pkg/__main__.py', 'x', '-y'] '${dir}'\n__main__ pkg.__main__\n`,
    );
    const mod = await run(["-mmod"], { cwd: dir });
    assert.equal(mod.stdout, `['${dir}/mod.py'] '${dir}'\nmain\n`);
    const json = await run(["-m", "json.tool", "data.json"], { cwd: dir });
    assert.equal(json.stdout, '{\n    "b": 1,\n    "a": [\n        1,\n        2\n    ]\n}\n');
    const timeit = await run(["-m", "timeit", "-n", "3", "pass"], { cwd: dir });
    assert.equal(timeit.code, 0);
    assert.match(timeit.stdout, /^3 loops, best of 5: [\d.]+ [nu]?sec per loop\n$/);
    assert.deepEqual(await run(["-m", "nonexistent_mod"], { cwd: dir }), {
      code: 1,
      stdout: "",
      stderr: "coil: No module named nonexistent_mod\n",
    });
    assert.deepEqual(await run(["-m", "json"], { cwd: dir }), {
      code: 1,
      stdout: "",
      stderr:
        "coil: No module named json.__main__; 'json' is a package and cannot be directly executed\n",
    });
  });

  it("a directory runs its __main__.py, the directory first on sys.path", async () => {
    const dir = tempTree({ "app/__main__.py": `${SHOW}; print(__name__)` });
    const r = await run(["app", "z"], { cwd: dir });
    assert.equal(r.stdout, `['app', 'z'] '${dir}/app'\n__main__\n`);
  });

  it("stdin runs as <stdin>: with '-' and when piped", async () => {
    const code = `${SHOW}; print(__name__, __file__ if '__file__' in dir() else None); 1/0\n`;
    const dash = await run(["-", "a", "-b"], { stdin: code });
    assert.equal(dash.stdout, "['-', 'a', '-b'] ''\n__main__ None\n");
    // As in CPython, no source line: linecache cannot read stdin.
    assert.equal(
      dash.stderr,
      'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n' +
        "ZeroDivisionError: division by zero\n",
    );
    assert.equal(dash.code, 1);
    const piped = await run([], { stdin: "print(1)\n" });
    assert.deepEqual(piped, { code: 0, stdout: "1\n", stderr: "" });
  });

  it("SystemExit's code is the exit status as in CPython", async () => {
    const cases: [string, number, string][] = [
      ["None", 0, ""],
      ["", 0, ""],
      ["3", 3, ""],
      ["256", 0, ""],
      ["-1", 255, ""],
      ["True", 1, ""],
      ["'bye'", 1, "bye\n"],
    ];
    for (const [arg, code, stderr] of cases) {
      assert.deepEqual(await run(["-c", `raise SystemExit(${arg})`]), { code, stdout: "", stderr });
    }
    assert.deepEqual(await run(["-c", "def f():\n    1/0\nf()"]), {
      code: 1,
      stdout: "",
      stderr: 'Traceback (most recent call last):\n  File "<string>", line 3, in <module>\n' +
        '  File "<string>", line 2, in f\nZeroDivisionError: division by zero\n',
    });
  });

  it("-q, -S, -s, -E, -I, -P set sys.flags and sys.path as CPython does", async () => {
    const flags = "import sys; f = sys.flags; print(f.quiet, f.no_site, f.no_user_site, " +
      "f.ignore_environment, f.isolated, f.safe_path, sys.path[0] == '')";
    const expect: [string[], string][] = [
      [[], "0 1 0 0 0 False True\n"],
      [["-q", "-S", "-s"], "1 1 1 0 0 False True\n"],
      [["-E"], "0 1 0 1 0 False True\n"],
      [["-P"], "0 1 0 0 0 True False\n"],
      [["-I"], "0 1 1 1 1 True False\n"],
    ];
    for (const [opts, out] of expect) {
      assert.equal((await run([...opts, "-c", flags])).stdout, out, opts.join(" "));
    }
    const safe = await run(["-c", flags], { env: { PYTHONSAFEPATH: "1" } });
    assert.equal(safe.stdout, "0 1 0 0 0 True False\n");
  });

  it("-E and -I ignore PYTHONPATH; -I leaves the cwd off sys.path for -m", async () => {
    const dir = tempTree({ "lib/extra.py": "", "here.py": "print('here')" });
    const code = "import sys; print(sys.path[1] == sys.argv[1])";
    const env = { PYTHONPATH: `${dir}/lib` };
    assert.equal((await run(["-c", code, `${dir}/lib`], { env })).stdout, "True\n");
    assert.equal((await run(["-E", "-c", code, `${dir}/lib`], { env })).stdout, "False\n");
    assert.equal((await run(["-m", "here"], { cwd: dir })).stdout, "here\n");
    const isolated = await run(["-I", "-m", "here"], { cwd: dir });
    assert.deepEqual(isolated, { code: 1, stdout: "", stderr: "coil: No module named here\n" });
  });

  it("-u and PYTHONUNBUFFERED make stdout and stderr write through", async () => {
    const code = "import sys\nfor s in (sys.stdout, sys.stderr):\n" +
      "    print(type(s.buffer).__name__, s.write_through)";
    assert.equal((await run(["-c", code])).stdout, "BufferedWriter False\nBufferedWriter False\n");
    assert.equal((await run(["-u", "-c", code])).stdout, "FileIO True\nFileIO True\n");
    const env = { PYTHONUNBUFFERED: "1" };
    assert.equal((await run(["-c", code], { env })).stdout, "FileIO True\nFileIO True\n");
  });

  it("-B and PYTHONDONTWRITEBYTECODE write no compiled code", async () => {
    const dir = tempTree({ "cached_mod.py": "x = 1" });
    const written = (cache: string) => {
      const found: string[] = [];
      const walk = (d: string) => {
        for (const e of Deno.readDirSync(d)) {
          if (e.isDirectory) walk(`${d}/${e.name}`);
          else if (e.name.startsWith("cached_mod.")) found.push(e.name);
        }
      };
      try {
        walk(cache);
      } catch {
        // No cache folder: nothing written.
      }
      return found.length;
    };
    const code =
      "import sys, cached_mod; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)";
    const runs: [string[], Record<string, string>, string, number][] = [
      [["-B"], {}, "True 1\n", 0],
      [[], { PYTHONDONTWRITEBYTECODE: "1" }, "True 1\n", 0],
      [["-E"], { PYTHONDONTWRITEBYTECODE: "1" }, "False 0\n", 1],
      [[], {}, "False 0\n", 1],
    ];
    for (const [opts, env, out, files] of runs) {
      const cache = `${dir}/cache${opts.join("")}${Object.keys(env).join("")}`;
      const r = await run([...opts, "-c", code], {
        cwd: dir,
        env: { ...env, COIL_CACHE_DIR: cache },
      });
      assert.equal(r.stdout, out);
      assert.equal(written(cache), files, `${opts} ${JSON.stringify(env)}`);
    }
  });

  it("-W and PYTHONWARNINGS fill sys.warnoptions, which warnings honours", async () => {
    const code = "import sys, warnings; print(sys.warnoptions); warnings.warn('x'); print('after')";
    const error = await run(["-W", "error", "-c", code]);
    assert.equal(error.code, 1);
    assert.equal(error.stdout, "['error']\n");
    assert.match(error.stderr, /\nUserWarning: x\n$/);
    const ignored = await run(["-Wignore", "-c", code]);
    assert.deepEqual(ignored, { code: 0, stdout: "['ignore']\nafter\n", stderr: "" });
    const env = { PYTHONWARNINGS: "default,once" };
    const both = await run([
      "-W",
      "error::DeprecationWarning",
      "-c",
      "import sys; print(sys.warnoptions)",
    ], {
      env,
    });
    assert.equal(both.stdout, "['default', 'once', 'error::DeprecationWarning']\n");
    const e = await run(["-E", "-c", "import sys; print(sys.warnoptions)"], { env });
    assert.equal(e.stdout, "[]\n");
  });

  it("-X fills sys._xoptions; int_max_str_digits sets the limit", async () => {
    const code = "import sys; print(sys._xoptions, sys.flags.int_max_str_digits, " +
      "sys.get_int_max_str_digits())";
    const r = await run(["-X", "int_max_str_digits=700", "-Xfoo", "-c", code]);
    assert.equal(r.stdout, "{'int_max_str_digits': '700', 'foo': True} 700 700\n");
    const env = { PYTHONINTMAXSTRDIGITS: "800" };
    assert.equal((await run(["-c", code], { env })).stdout, "{} 800 800\n");
    assert.equal((await run(["-c", code])).stdout, "{} -1 4300\n");
    const bad = await run(["-X", "int_max_str_digits=5", "-c", "pass"]);
    assert.deepEqual(bad, {
      code: 1,
      stdout: "",
      stderr: "coil: -X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.\n",
    });
  });

  it("coil ast and coil dis still work", async () => {
    const dir = tempTree({ "f.py": "x = 1\n" });
    const ast = await run(["ast", "f.py"], { cwd: dir });
    assert.equal(ast.code, 0);
    assert.ok(ast.stdout.startsWith("Module(body=[Assign("));
    const dis = await run(["dis", "f.py"], { cwd: dir });
    assert.equal(dis.code, 0);
    assert.match(dis.stdout, /STORE_NAME/);
  });

  it("deno install makes a coil command", async () => {
    const root = tempTree({});
    const install = await run(
      ["install", "--root", root, "-g", "-A", "--config", `${repo}deno.json`, "-n", "coil", cli],
      { cmd: Deno.execPath() },
    );
    assert.equal(install.code, 0, install.stderr);
    // The installed script runs `deno`: put this one on PATH.
    const denoDir = Deno.execPath().slice(0, Deno.execPath().lastIndexOf("/"));
    const r = await run(["-c", "import json; print(json.dumps([1]))"], {
      cmd: `${root}/bin/coil`,
      env: { PATH: `${denoDir}:${Deno.env.get("PATH") ?? ""}` },
    });
    assert.deepEqual(r, { code: 0, stdout: "[1]\n", stderr: "" });
    Deno.removeSync(root, { recursive: true });
  });
});
