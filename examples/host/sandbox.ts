// Running Python that someone else wrote: an LLM's or a user's. The host gives it two tools as
// a module, nothing of its own files or environment, and a budget of time, memory and output;
// what the code prints is captured, and a program past its budget is stopped with the host
// alive and the interpreter ready for the next one.
//
//   deno run examples/host/sandbox.ts
// (Run from a checkout it needs no permission: the standard library comes from npm.)
import { Interpreter, PythonError } from "../../mod.ts";

const words: Record<string, string> = {
  coil: "a series of loops into which something is wound",
  frame: "a structure that supports what is built on it",
};

function runUntrusted(code: string): void {
  const printed: string[] = [];
  const sandbox = new Interpreter({
    stdout: (text) => printed.push(text),
    stderr: (text) => printed.push(text),
    limits: { timeMs: 500, memoryBytes: 64 * 2 ** 20, outputChars: 2000 },
  });
  sandbox.registerModule("tools", {
    define: (word: string) => words[word] ?? null,
    add: (a: number, b: number) => a + b,
  });
  try {
    const result = sandbox.eval(code);
    console.log(`result: ${JSON.stringify(result)}`);
  } catch (e) {
    if (!(e instanceof PythonError)) throw e;
    console.log(`stopped: ${e.message}`);
  } finally {
    console.log(`printed: ${JSON.stringify(printed.join(""))}`);
    sandbox.close();
  }
}

runUntrusted(`
import tools
print(tools.define("coil"))
tools.add(40, 2)
`);
runUntrusted(`open("/etc/passwd").read()`);
runUntrusted(`import os\nlen(os.environ)`);
runUntrusted(`
while True:
    pass
`);
runUntrusted(`"x" * 10**10`);
