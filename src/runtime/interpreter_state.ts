// CPython's PyInterpreterState: everything mutable that one Python interpreter owns — sys.modules
// and sys.path, the builtins namespace, the sys module, the import system's state, the codec
// registry, finalization records, its thread state with the data stack. Builtin static types
// (int, str, list, ...) and code objects stay shared by every interpreter of the process, as in
// CPython.
//
// Exactly one interpreter is current at a time (CPython's current thread state): the layers
// read their part of it from a module-level binding (`currentThread`, `importState`, ...),
// and `activate` points every one of them at another interpreter. The
// host enters an interpreter around each call into Python (src/host/interpreter.ts), so the
// eval loop pays nothing for having several.
import { PyDict, type PyValue } from "../objects/object.ts";
import { intMaxStrDigits } from "../objects/int.ts";
import { setCurrentModules } from "../objects/module_registry.ts";
import { type CodecState, newCodecState, setCodecState } from "../objects/unicode_codecs.ts";
import { setCurrentThread, ThreadState } from "./thread_state.ts";
import { ImportState, setImportState } from "./import.ts";
import { FinalizerList, setFinalizerList } from "./finalization.ts";
import type { PyModule } from "./module_object.ts";
import { setSysModule } from "./sys_module.ts";
import * as ops from "./ops.ts";
import { type FileAccess, FileSystemState, setFileSystem } from "./file_system.ts";
import { processEnv } from "./permissions.ts";
import type { Limits } from "./limits.ts";

/**
 * What of the host an interpreter reaches (the Interpreter options `fs`, `files`, `env`, `run`;
 * docs/sandbox.md). Deno's permissions are the outer wall, this is the inner one.
 */
export interface HostAccess {
  /** File system grants; null: all of it, as Deno's permissions allow (the `coil` command). */
  readonly fs: FileAccess | null;
  /** os.environ's contents; null: the process environment, through Deno.env. */
  readonly env: Readonly<Record<string, string>> | null;
  /** Whether os.system may run programs. */
  readonly run: boolean;
  /** The working directory it starts in (null: the process's). */
  readonly cwd: string | null;
}

/** Everything Deno's permissions allow: the `coil` command's interpreter. */
export const FULL_HOST_ACCESS: HostAccess = { fs: null, env: null, run: true, cwd: null };

export interface InterpreterStateOptions {
  /** Factories of the builtin modules (src/modules/index.ts). */
  builtinModules: Map<string, () => PyModule>;
  /** The builtins namespace this interpreter starts from (copied, so patches stay local). */
  builtins: PyDict;
  /** `import name` in this interpreter (what the codec registry imports `encodings` with). */
  importModule: (name: string) => PyValue;
  /** What of the host it reaches (default: everything Deno allows). */
  access?: HostAccess;
}

export class InterpreterState {
  readonly thread: ThreadState = new ThreadState();
  readonly imports: ImportState;
  readonly builtins: PyDict;
  /** The sys module, made by the wiring layer once the state exists. */
  sys: PyModule | null = null;
  /** sys.argv's items (the CLI's script and arguments). */
  argv: string[] = [];
  /** sys.set_int_max_str_digits' limit. */
  intMaxStrDigits = 4300;
  readonly codecs: CodecState;
  /** `import name` in this interpreter. */
  readonly importModule: (name: string) => PyValue;
  readonly finalizers: FinalizerList = new FinalizerList();
  /** Set by close(): no Python code may run in this interpreter any more. */
  closed = false;
  readonly access: HostAccess;
  /** The limits of each call the host makes into it (Interpreter option `limits`), or null. */
  limits: Limits | null = null;
  /** Its working directory, mounts and file descriptors. */
  readonly files: FileSystemState;

  constructor(options: InterpreterStateOptions) {
    this.builtins = options.builtins.copyInto(new PyDict());
    this.imports = new ImportState(options.builtinModules);
    this.codecs = newCodecState(options.importModule);
    this.importModule = options.importModule;
    this.finalizers.owner = this;
    this.access = options.access ?? FULL_HOST_ACCESS;
    this.files = new FileSystemState(this.access.fs, this.access.cwd);
  }
}

/** The interpreter whose code runs now (null before the first one is made). */
export let currentInterpreter: InterpreterState | null = null;

/** Makes `interp` current; returns the interpreter that was, to restore with `activate`. */
export function activate(interp: InterpreterState | null): InterpreterState | null {
  const previous = currentInterpreter;
  if (interp === previous) return previous;
  if (previous !== null) previous.intMaxStrDigits = intMaxStrDigits.limit;
  currentInterpreter = interp;
  if (interp === null) return previous;
  setCurrentThread(interp.thread);
  setImportState(interp.imports);
  setCurrentModules(interp.imports.modules, interp.importModule);
  setFinalizerList(interp.finalizers);
  setCodecState(interp.codecs);
  setFileSystem(interp.files);
  intMaxStrDigits.limit = interp.intMaxStrDigits;
  setSysModule(interp.sys);
  ops.builtinRefs.dict = interp.builtins;
  return previous;
}

/**
 * An environment variable as the running interpreter sees it: from its granted environment,
 * or the process's when it may read that (never prompting for Deno's --allow-env).
 */
export function hostEnv(name: string): string | undefined {
  const env = currentInterpreter?.access.env;
  if (env !== null && env !== undefined) return Object.hasOwn(env, name) ? env[name] : undefined;
  return processEnv(name);
}
