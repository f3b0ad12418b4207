// The `posix` module (CPython's Modules/posixmodule.c) as os.py, posixpath, shutil, tempfile,
// glob and pathlib need it on Linux. Every file operation goes through
// src/runtime/file_system.ts. What Deno cannot do is left out (os.py and the Lib test with
// hasattr) or raises OSError: no fork/exec, no dir_fd (openat) support, pipes are in memory.
// posix.environ needs Deno's --allow-env; without it environ is empty (never an error).
import {
  bindArgs,
  checkArgs,
  defineClassMethod,
  defineGetter,
  defineMethods,
  defineNew,
  iteratorMethods,
  PyBuiltinFunction,
} from "../objects/builtin_function.ts";
import {
  None,
  objectType,
  PyDict,
  PyFloat,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import { bytesOf, PyBytes } from "../objects/bytes.ts";
import { intValue } from "../objects/int.ts";
import { PyList } from "../objects/list.ts";
import { makeTuple, PyTuple } from "../objects/tuple.ts";
import { makeSet } from "../objects/set.ts";
import { decodeBytes, encodeStr } from "../objects/str.ts";
import {
  osError,
  pyError,
  PyExc_NotImplementedError,
  PyExc_OSError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.ts";
import { makeGenericAlias } from "../objects/genericalias.ts";
import { makeStructSeqType, newStructSeq } from "../objects/structseq.ts";
import * as fs from "../runtime/file_system.ts";
import { currentInterpreter, hostEnv } from "../runtime/interpreter_state.ts";
import { strerror } from "../runtime/errno_table.ts";
import { PyModule } from "../runtime/module_object.ts";
import { nodeProcess } from "../runtime/node_builtins.ts";
import { granted } from "../runtime/permissions.ts";

// ---- Struct sequence types (static, shared like CPython's) ---------------------------------

const statResultType: PyType = makeStructSeqType({
  name: "os.stat_result",
  fields: [
    "st_mode",
    "st_ino",
    "st_dev",
    "st_nlink",
    "st_uid",
    "st_gid",
    "st_size",
    null,
    null,
    null,
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
  ],
  nVisible: 10,
  doc: "stat_result: Result from stat, fstat, or lstat.",
  defaults: { st_atime: 7, st_mtime: 8, st_ctime: 9 },
});

const unameResultType = makeStructSeqType({
  name: "posix.uname_result",
  fields: ["sysname", "nodename", "release", "version", "machine"],
  nVisible: 5,
});
const terminalSizeType = makeStructSeqType({
  name: "os.terminal_size",
  fields: ["columns", "lines"],
  nVisible: 2,
  doc: "A tuple of (columns, lines) for holding terminal window size",
});
const timesResultType = makeStructSeqType({
  name: "posix.times_result",
  fields: ["user", "system", "children_user", "children_system", "elapsed"],
  nVisible: 5,
});

// ---- Argument conversion ---------------------------------------------------------------------

/** A converted path argument (CPython's path_t). */
interface PathArg {
  /** The path as file_system takes it (bytes decoded with surrogateescape). */
  str: string;
  /** The object to name in errors (what the caller passed, after __fspath__). */
  obj: PyValue;
  isBytes: boolean;
  /** Set when an integer file descriptor was passed (allowFd). */
  fd?: number;
}

function fsDecode(b: Uint8Array): string {
  return decodeBytes(b, "utf-8", "surrogateescape");
}

function fsEncode(s: string): Uint8Array {
  return encodeStr(s, "utf-8", "surrogateescape");
}

/** A result name in the caller's flavour: bytes for bytes paths. */
function asPathFlavour(s: string, isBytes: boolean): PyValue {
  return isBytes ? new PyBytes(fsEncode(s)) : s;
}

/** os.fspath: str and bytes pass; others through __fspath__. */
function fspath(v: PyValue): PyValue {
  if (typeof v === "string" || v instanceof PyBytes) return v;
  if (abs.isInstance(v, typeOf("")) || abs.isInstance(v, typeOf(new PyBytes(new Uint8Array())))) {
    return v;
  }
  const m = abs.lookupSpecial(v, "__fspath__");
  if (m === undefined) {
    throw pyError(
      PyExc_TypeError,
      `expected str, bytes or os.PathLike object, not ${typeOf(v).name}`,
    );
  }
  const r = abs.callSpecial(m, v, []);
  if (typeof r === "string" || r instanceof PyBytes) return r;
  throw pyError(
    PyExc_TypeError,
    `expected ${typeOf(v).name}.__fspath__() to return str or bytes, not ${typeOf(r).name}`,
  );
}

function pathArg(
  fname: string,
  argname: string,
  v: PyValue | undefined,
  allowFd = false,
  nullable = false,
): PathArg {
  if (v === undefined || (v === None && nullable)) return { str: ".", obj: None, isBytes: false };
  if (allowFd && (typeof v === "number" || typeof v === "bigint") && typeof v !== "boolean") {
    return { str: "", obj: v, isBytes: false, fd: Number(v) };
  }
  let p: PyValue = v;
  if (typeof v !== "string" && !(v instanceof PyBytes)) {
    const hasFspath = abs.lookupSpecial(v, "__fspath__") !== undefined;
    if (!hasFspath) {
      const what = allowFd && nullable
        ? "string, bytes, os.PathLike, integer or None"
        : allowFd
        ? "string, bytes, os.PathLike or integer"
        : nullable
        ? "string, bytes, os.PathLike or None"
        : "string, bytes or os.PathLike";
      throw pyError(
        PyExc_TypeError,
        `${fname}: ${argname} should be ${what}, not ${typeOf(v).name}`,
      );
    }
    p = fspath(v);
  }
  if (typeof p === "string") {
    if (p.includes("\0")) throw pyError(PyExc_ValueError, "embedded null byte");
    return { str: p, obj: p, isBytes: false };
  }
  const b = (p as PyBytes).bytes;
  if (b.includes(0)) {
    throw pyError(PyExc_ValueError, `${fname}: embedded null character in ${argname}`);
  }
  return { str: fsDecode(b), obj: p, isBytes: true };
}

function intArg(v: PyValue): number {
  const n = abs.asIndex(v);
  if (typeof n === "bigint") {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return n;
}

/** A file descriptor argument: an int, or (where CPython accepts it) an object with fileno(). */
function fdArg(v: PyValue, allowFileno = false): number {
  if (allowFileno && typeof v !== "number" && typeof v !== "bigint" && typeof v !== "boolean") {
    if (abs.lookupMethod(v, "fileno") !== undefined) {
      return intArg(abs.callMethod(v, "fileno", []));
    }
  }
  if (
    allowFileno && typeof v !== "number" && typeof v !== "bigint" && typeof v !== "boolean" &&
    abs.lookupSpecial(v, "__index__") === undefined
  ) {
    throw pyError(PyExc_TypeError, "argument must be an int, or have a fileno() method.");
  }
  return intArg(v);
}

/** dir_fd / src_dir_fd keyword: only None is supported (no openat in Deno). */
function noDirFd(fname: string, v: PyValue | undefined, what = "dir_fd"): void {
  if (v !== undefined && v !== None) {
    throw pyError(PyExc_NotImplementedError, `${fname}: ${what} unavailable on this platform`);
  }
}

/** bindArgs with Argument Clinic's message for a missing argument ("... 'mode' (pos 2)"). */
function bind(
  fname: string,
  args: readonly PyValue[],
  kw: readonly string[] | null,
  params: readonly string[],
  required = 0,
): (PyValue | undefined)[] {
  const out = bindArgs(fname, args, kw, params, 0);
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      throw pyError(
        PyExc_TypeError,
        `${fname}() missing required argument '${params[i]}' (pos ${i + 1})`,
      );
    }
  }
  return out;
}

/** A utime time: int seconds or a float, in nanoseconds. */
function timeNs(v: PyValue): bigint {
  if (v instanceof PyFloat) return BigInt(Math.round(v.value * 1e9));
  return BigInt(abs.asIndex(v)) * 1000000000n;
}

function followArg(v: PyValue | undefined): boolean {
  return v === undefined ? true : abs.isTrue(v);
}

// ---- stat ------------------------------------------------------------------------------------

function floatTime(ns: bigint): PyFloat {
  return new PyFloat(Number(ns) / 1e9);
}

function intTime(ns: bigint): number {
  return Number(ns / 1000000000n) - (ns < 0n && ns % 1000000000n !== 0n ? 1 : 0);
}

function pyBig(n: bigint): number | bigint {
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(n)
    : n;
}

function makeStatResult(st: fs.FileStat): PyValue {
  return newStructSeq(statResultType, [
    st.mode,
    st.ino,
    st.dev,
    st.nlink,
    st.uid,
    st.gid,
    st.size,
    intTime(st.atimeNs),
    intTime(st.mtimeNs),
    intTime(st.ctimeNs),
    floatTime(st.atimeNs),
    floatTime(st.mtimeNs),
    floatTime(st.ctimeNs),
    pyBig(st.atimeNs),
    pyBig(st.mtimeNs),
    pyBig(st.ctimeNs),
    st.blksize,
    st.blocks,
    0,
  ]);
}

function statPath(p: PathArg, follow: boolean, dirFd?: PyValue): PyValue {
  if (p.fd !== undefined) return makeStatResult(withFilename(p, () => fs.fstat(p.fd!)));
  const path = atPath(p, dirFd);
  return makeStatResult(withFilename(p, () => fs.stat(path, follow)));
}

/**
 * Runs a file_system call; its errors name the path as the caller gave it (a bytes path stays
 * bytes, a dir_fd-relative path stays relative, an fd is named by its number).
 */
function withFilename<T>(p: PathArg, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyObject && abs.isInstance(e, PyExc_OSError) && p.obj !== None) {
      (e as PyObject & { filename: PyValue }).filename = p.obj;
    }
    throw e;
  }
}

/** The path for file_system: relative paths resolve against dir_fd's directory (openat). */
function atPath(p: PathArg, dirFd: PyValue | undefined): string {
  if (dirFd === undefined || dirFd === None) return p.str;
  if (intValue(dirFd) === undefined && abs.lookupSpecial(dirFd, "__index__") === undefined) {
    throw pyError(PyExc_TypeError, `argument should be integer or None, not ${typeOf(dirFd).name}`);
  }
  const fd = intArg(dirFd);
  if (p.str.startsWith("/")) return p.str;
  return withFilename(p, () => fs.fdDirectory(fd)) + "/" + p.str;
}

/** Rethrows an OSError without its filename (calls whose CPython errors name no file). */
function withoutFilename<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyObject && abs.isInstance(e, PyExc_OSError)) {
      (e as PyObject & { filename: PyValue }).filename = None;
    }
    throw e;
  }
}

// ---- scandir ---------------------------------------------------------------------------------

const dirEntryType = new PyType(typeType, "DirEntry", [objectType]);
dirEntryType.dict.setStr("__module__", "posix");
dirEntryType.isFinal = true;
const scandirIteratorType = new PyType(typeType, "ScandirIterator", [objectType]);
scandirIteratorType.dict.setStr("__module__", "posix");
scandirIteratorType.isFinal = true;

class PyDirEntry extends PyObject {
  statCache: PyValue | undefined;
  lstatCache: PyValue | undefined;
  constructor(
    readonly info: fs.DirEntryInfo,
    /** The entry's path as Python shows it (`path`), as text. */
    readonly pathText: string,
    /** The path file_system reaches the entry by. */
    readonly fsPath: string,
    readonly isBytes: boolean,
  ) {
    super(dirEntryType);
  }
}

class PyScandirIterator extends PyObject {
  index = 0;
  closed = false;
  constructor(readonly entries: PyDirEntry[]) {
    super(scandirIteratorType);
  }
}

function entryStat(e: PyDirEntry, follow: boolean): PyValue {
  if (!follow || !e.info.isSymlink) {
    e.lstatCache ??= makeStatResult(fs.stat(e.fsPath, false));
    if (!follow || !e.info.isSymlink) return e.lstatCache;
  }
  e.statCache ??= makeStatResult(fs.stat(e.fsPath, true));
  return e.statCache;
}

function entryTest(e: PyDirEntry, follow: boolean, wantDir: boolean): boolean {
  if (!e.info.isSymlink || !follow) return wantDir ? e.info.isDirectory : e.info.isFile;
  let st: PyValue;
  try {
    st = entryStat(e, true);
  } catch (err) {
    // A broken symlink is neither a file nor a directory (ENOENT is swallowed, as CPython).
    if (abs.exceptionIs(err, PyExc_OSError) && (err as { errno?: PyValue }).errno === 2) {
      return false;
    }
    throw err;
  }
  const mode = (st as PyTuple).items[0] as number;
  return (mode & fs.S_IFMT) === (wantDir ? fs.S_IFDIR : fs.S_IFREG);
}

defineGetter(
  dirEntryType,
  "name",
  (s) => asPathFlavour((s as PyDirEntry).info.name, (s as PyDirEntry).isBytes),
);
defineGetter(
  dirEntryType,
  "path",
  (s) => asPathFlavour((s as PyDirEntry).pathText, (s as PyDirEntry).isBytes),
);
defineMethods(dirEntryType, {
  is_dir(args, kw) {
    const [follow] = bindArgs("is_dir", args, kw, ["$follow_symlinks"], 0, 1);
    return entryTest(args[0] as PyDirEntry, followArg(follow), true);
  },
  is_file(args, kw) {
    const [follow] = bindArgs("is_file", args, kw, ["$follow_symlinks"], 0, 1);
    return entryTest(args[0] as PyDirEntry, followArg(follow), false);
  },
  is_symlink(args, kw) {
    checkArgs("is_symlink", args, kw, 0, 0, 1);
    return (args[0] as PyDirEntry).info.isSymlink;
  },
  is_junction(args, kw) {
    checkArgs("is_junction", args, kw, 0, 0, 1);
    return false;
  },
  stat(args, kw) {
    const [follow] = bindArgs("stat", args, kw, ["$follow_symlinks"], 0, 1);
    return entryStat(args[0] as PyDirEntry, followArg(follow));
  },
  inode(args, kw) {
    checkArgs("inode", args, kw, 0, 0, 1);
    return (entryStat(args[0] as PyDirEntry, false) as PyTuple).items[1];
  },
  __fspath__(args) {
    const e = args[0] as PyDirEntry;
    return asPathFlavour(e.pathText, e.isBytes);
  },
  __repr__(args) {
    const e = args[0] as PyDirEntry;
    return `<DirEntry ${abs.repr(asPathFlavour(e.info.name, e.isBytes))}>`;
  },
});

for (const t of [dirEntryType, scandirIteratorType]) {
  defineNew(t, () => {
    throw pyError(PyExc_TypeError, `cannot create 'posix.${t.name}' instances`);
  });
}
defineClassMethod(dirEntryType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));

scandirIteratorType.tp_iternext = (o) => {
  const it = o as PyScandirIterator;
  if (it.closed || it.index >= it.entries.length) {
    it.closed = true;
    return undefined;
  }
  return it.entries[it.index++];
};
defineMethods(scandirIteratorType, {
  ...iteratorMethods(scandirIteratorType),
  close(args) {
    (args[0] as PyScandirIterator).closed = true;
    return None;
  },
  __enter__: (args) => args[0],
  __exit__(args) {
    (args[0] as PyScandirIterator).closed = true;
    return false;
  },
  __del__: () => None,
});

function scandir(p: PathArg, dirOf: (p: PathArg) => string): PyScandirIterator {
  const dir = dirOf(p);
  const infos = withFilename(p, () => fs.scanDir(dir));
  // Entries of scandir(fd) have bare names as their path (CPython's behaviour).
  const base = p.obj === None ? "." : p.str;
  const join = p.fd !== undefined ? "" : base.endsWith("/") ? base : base + "/";
  const fsJoin = dir.endsWith("/") ? dir : dir + "/";
  return new PyScandirIterator(
    infos.map((i) => new PyDirEntry(i, join + i.name, fsJoin + i.name, p.isBytes)),
  );
}

function fsErr(code: number, filename?: PyValue): never {
  fs.errnoError(code, filename);
}

// ---- Signals, wait statuses ------------------------------------------------------------------

const SIGNALS: Record<number, Deno.Signal> = {
  1: "SIGHUP",
  2: "SIGINT",
  3: "SIGQUIT",
  4: "SIGILL",
  5: "SIGTRAP",
  6: "SIGABRT",
  7: "SIGBUS",
  8: "SIGFPE",
  9: "SIGKILL",
  10: "SIGUSR1",
  11: "SIGSEGV",
  12: "SIGUSR2",
  13: "SIGPIPE",
  14: "SIGALRM",
  15: "SIGTERM",
  17: "SIGCHLD",
  18: "SIGCONT",
  19: "SIGSTOP",
  20: "SIGTSTP",
  21: "SIGTTIN",
  22: "SIGTTOU",
  23: "SIGURG",
  24: "SIGXCPU",
  25: "SIGXFSZ",
  26: "SIGVTALRM",
  27: "SIGPROF",
  28: "SIGWINCH",
  29: "SIGIO",
  30: "SIGPWR",
  31: "SIGSYS",
};

const wifexited = (s: number) => (s & 0x7f) === 0;
const wexitstatus = (s: number) => (s >> 8) & 0xff;
const wtermsig = (s: number) => s & 0x7f;
/** glibc: ((signed char) ((s & 0x7f) + 1) >> 1) > 0. */
const wifsignaled = (s: number) => (((((s & 0x7f) + 1) << 24) >> 24) >> 1) > 0;
const wifstopped = (s: number) => (s & 0xff) === 0x7f;
const wstopsig = (s: number) => wexitstatus(s);

// ---- Constants -------------------------------------------------------------------------------

const CONSTANTS: Record<string, number> = {
  CLD_CONTINUED: 6,
  CLD_DUMPED: 3,
  CLD_EXITED: 1,
  CLD_KILLED: 2,
  CLD_STOPPED: 5,
  CLD_TRAPPED: 4,
  EX_CANTCREAT: 73,
  EX_CONFIG: 78,
  EX_DATAERR: 65,
  EX_IOERR: 74,
  EX_NOHOST: 68,
  EX_NOINPUT: 66,
  EX_NOPERM: 77,
  EX_NOUSER: 67,
  EX_OK: 0,
  EX_OSERR: 71,
  EX_OSFILE: 72,
  EX_PROTOCOL: 76,
  EX_SOFTWARE: 70,
  EX_TEMPFAIL: 75,
  EX_UNAVAILABLE: 69,
  EX_USAGE: 64,
  F_LOCK: 1,
  F_OK: 0,
  F_TEST: 3,
  F_TLOCK: 2,
  F_ULOCK: 0,
  GRND_NONBLOCK: 1,
  GRND_RANDOM: 2,
  NGROUPS_MAX: 65536,
  O_ACCMODE: 3,
  O_APPEND: 1024,
  O_ASYNC: 8192,
  O_CLOEXEC: 524288,
  O_CREAT: 64,
  O_DIRECT: 16384,
  O_DIRECTORY: 65536,
  O_DSYNC: 4096,
  O_EXCL: 128,
  O_FSYNC: 1052672,
  O_LARGEFILE: 0,
  O_NDELAY: 2048,
  O_NOATIME: 262144,
  O_NOCTTY: 256,
  O_NOFOLLOW: 131072,
  O_NONBLOCK: 2048,
  O_PATH: 2097152,
  O_RDONLY: 0,
  O_RDWR: 2,
  O_RSYNC: 1052672,
  O_SYNC: 1052672,
  O_TMPFILE: 4259840,
  O_TRUNC: 512,
  O_WRONLY: 1,
  POSIX_FADV_DONTNEED: 4,
  POSIX_FADV_NOREUSE: 5,
  POSIX_FADV_NORMAL: 0,
  POSIX_FADV_RANDOM: 1,
  POSIX_FADV_SEQUENTIAL: 2,
  POSIX_FADV_WILLNEED: 3,
  PRIO_PGRP: 1,
  PRIO_PROCESS: 0,
  PRIO_USER: 2,
  P_ALL: 0,
  P_PGID: 2,
  P_PID: 1,
  P_PIDFD: 3,
  RTLD_DEEPBIND: 8,
  RTLD_GLOBAL: 256,
  RTLD_LAZY: 1,
  RTLD_LOCAL: 0,
  RTLD_NODELETE: 4096,
  RTLD_NOLOAD: 4,
  RTLD_NOW: 2,
  R_OK: 4,
  SCHED_BATCH: 3,
  SCHED_FIFO: 1,
  SCHED_IDLE: 5,
  SCHED_OTHER: 0,
  SCHED_RESET_ON_FORK: 1073741824,
  SCHED_RR: 2,
  SEEK_DATA: 3,
  SEEK_HOLE: 4,
  ST_APPEND: 256,
  ST_MANDLOCK: 64,
  ST_NOATIME: 1024,
  ST_NODEV: 4,
  ST_NODIRATIME: 2048,
  ST_NOEXEC: 8,
  ST_NOSUID: 2,
  ST_RDONLY: 1,
  ST_RELATIME: 4096,
  ST_SYNCHRONOUS: 16,
  ST_WRITE: 128,
  TMP_MAX: 238328,
  WCONTINUED: 8,
  WEXITED: 4,
  WNOHANG: 1,
  WNOWAIT: 16777216,
  WSTOPPED: 2,
  WUNTRACED: 2,
  W_OK: 2,
  X_OK: 1,
};

/**
 * What os.py reads to build supports_dir_fd / supports_fd / supports_follow_symlinks: only what
 * works. Not HAVE_UTIMENSAT: Deno cannot set a symlink's own times.
 */
const HAVE_FUNCTIONS = [
  "HAVE_FACCESSAT",
  "HAVE_FCHDIR",
  "HAVE_FCHMOD",
  "HAVE_FCHMODAT",
  "HAVE_FDOPENDIR",
  "HAVE_FSTATAT",
  "HAVE_FTRUNCATE",
  "HAVE_LINKAT",
  "HAVE_LSTAT",
  "HAVE_MKDIRAT",
  "HAVE_OPENAT",
  "HAVE_READLINKAT",
  "HAVE_RENAMEAT",
  "HAVE_SYMLINKAT",
  "HAVE_UNLINKAT",
];

// ---- Helpers for the environment and process facts ---------------------------------------------

function readEnviron(): PyDict {
  const d = new PyDict();
  let env: Readonly<Record<string, string>>;
  const grantedEnv = currentInterpreter?.access.env ?? null;
  if (grantedEnv !== null) env = grantedEnv;
  else {
    try {
      if (!granted({ name: "env" })) return d;
      env = Deno.env.toObject();
    } catch {
      // No --allow-env: Python sees an empty environment (documented, never an error).
      return d;
    }
  }
  for (const k in env) d.set(new PyBytes(fsEncode(k)), new PyBytes(fsEncode(env[k])));
  return d;
}

/** An environment name or value as text (str, or bytes decoded as the file system does). */
function envText(fname: string, v: PyValue, what: string): string {
  const p = fspath(v);
  if (typeof p === "string") {
    if (p.includes("\0")) throw pyError(PyExc_ValueError, "embedded null byte");
    return p;
  }
  const b = (p as PyBytes).bytes;
  if (b.includes(0)) {
    throw pyError(PyExc_ValueError, `${fname}: embedded null character in ${what}`);
  }
  return fsDecode(b);
}

function denyToOSError(e: unknown, flag: string): never {
  fs.osErrorFromDeno(e, undefined, flag);
}

/** A Deno call needing --allow-sys=kind; denied (never prompted for), it raises OSError. */
function sysCall<T>(kind: Deno.SysPermissionDescriptor["kind"], f: () => T): T {
  const flag = "--allow-sys";
  if (!granted({ name: "sys", kind })) {
    denyToOSError(new Deno.errors.NotCapable(`Requires sys access to "${kind}"`), flag);
  }
  try {
    return f();
  } catch (e) {
    denyToOSError(e, flag);
  }
}

function cpuTimes(): { user: number; system: number } {
  const u = nodeProcess().cpuUsage();
  return { user: u.user / 1e6, system: u.system / 1e6 };
}

function readProcText(path: string): string | undefined {
  try {
    return Deno.readTextFileSync(path).trim();
  } catch {
    return undefined;
  }
}

// ---- The module ------------------------------------------------------------------------------

type Fn = (args: PyValue[], kw: readonly string[] | null) => PyValue;

export function createModule(): PyModule {
  const m = new PyModule("posix");
  const d = m.dict;
  d.setStr(
    "__doc__",
    "This module provides access to operating system functionality that is\n" +
      "standardized by the C Standard and the POSIX standard (a thinly\n" +
      "disguised Unix interface).  Refer to the library manual and\n" +
      "corresponding Unix manual entries for more information on calls.",
  );
  const def = (name: string, f: Fn) => {
    d.setStr(name, new PyBuiltinFunction(name, f, undefined, name, "posix"));
  };
  /** Per-descriptor inheritable / blocking flags (Deno has no fcntl; kept for the API). */
  const inheritable = new Set<number>();
  const nonBlocking = new Set<number>();
  let umaskValue = 0o022;

  for (const [k, v] of Object.entries(CONSTANTS)) d.setStr(k, v);
  d.setStr("error", PyExc_OSError);
  d.setStr("stat_result", statResultType);
  d.setStr("uname_result", unameResultType);
  d.setStr("terminal_size", terminalSizeType);
  d.setStr("times_result", timesResultType);
  d.setStr("DirEntry", dirEntryType);
  d.setStr("_have_functions", new PyList(HAVE_FUNCTIONS.slice()));
  d.setStr("environ", readEnviron());

  // -- stat family
  def("stat", (args, kw) => {
    const [path, dirFd, follow] = bind(
      "stat",
      args,
      kw,
      ["path", "$dir_fd", "$follow_symlinks"],
      1,
    );
    const p = pathArg("stat", "path", path, true);
    if (p.fd !== undefined && dirFd !== undefined && dirFd !== None) {
      throw pyError(PyExc_ValueError, "stat: can't specify both dir_fd and fd");
    }
    return statPath(p, followArg(follow), dirFd);
  });
  def("lstat", (args, kw) => {
    const [path, dirFd] = bind("lstat", args, kw, ["path", "$dir_fd"], 1);
    return statPath(pathArg("lstat", "path", path), false, dirFd);
  });
  def("fstat", (args, kw) => {
    const [fd] = bind("fstat", args, kw, ["fd"], 1);
    return makeStatResult(fs.fstat(fdArg(fd!)));
  });

  // -- directories
  /** listdir/scandir of a descriptor: the directory it was opened on. */
  const dirOf = (
    p: PathArg,
  ): string => (p.fd !== undefined ? withFilename(p, () => fs.fdDirectory(p.fd!)) : p.str);
  def("listdir", (args, kw) => {
    const [path] = bind("listdir", args, kw, ["path"]);
    const p = pathArg("listdir", "path", path ?? None, true, true);
    const dir = dirOf(p);
    const names = withFilename(p, () => fs.listDir(dir));
    return new PyList(names.map((n) => asPathFlavour(n, p.isBytes)));
  });
  def("scandir", (args, kw) => {
    const [path] = bind("scandir", args, kw, ["path"]);
    return scandir(pathArg("scandir", "path", path ?? None, true, true), dirOf);
  });
  def("getcwd", (args, kw) => {
    checkArgs("posix.getcwd", args, kw, 0, 0);
    return fs.getcwd();
  });
  def("getcwdb", (args, kw) => {
    checkArgs("posix.getcwdb", args, kw, 0, 0);
    return new PyBytes(fsEncode(fs.getcwd()));
  });
  def("chdir", (args, kw) => {
    const [path] = bind("chdir", args, kw, ["path"], 1);
    const p = pathArg("chdir", "path", path, true);
    const dir = dirOf(p);
    withFilename(p, () => fs.chdir(dir));
    return None;
  });
  def("mkdir", (args, kw) => {
    const [path, mode, dirFd] = bind("mkdir", args, kw, ["path", "mode", "$dir_fd"], 1);
    const p = pathArg("mkdir", "path", path);
    const at = atPath(p, dirFd);
    withFilename(p, () => fs.mkdir(at, mode === undefined ? 0o777 : intArg(mode)));
    return None;
  });
  def("rmdir", (args, kw) => {
    const [path, dirFd] = bind("rmdir", args, kw, ["path", "$dir_fd"], 1);
    const p = pathArg("rmdir", "path", path);
    const at = atPath(p, dirFd);
    withFilename(p, () => fs.rmdir(at));
    return None;
  });
  for (const name of ["unlink", "remove"]) {
    def(name, (args, kw) => {
      const [path, dirFd] = bind(name, args, kw, ["path", "$dir_fd"], 1);
      const p = pathArg(name, "path", path);
      const at = atPath(p, dirFd);
      withFilename(p, () => fs.unlink(at));
      return None;
    });
  }
  for (const name of ["rename", "replace"]) {
    def(name, (args, kw) => {
      const [src, dst, sfd, dfd] = bind(name, args, kw, [
        "src",
        "dst",
        "$src_dir_fd",
        "$dst_dir_fd",
      ], 2);
      const a = pathArg(name, "src", src), b = pathArg(name, "dst", dst);
      fs.rename(atPath(a, sfd), atPath(b, dfd), a.obj, b.obj);
      return None;
    });
  }
  def("readlink", (args, kw) => {
    const [path, dirFd] = bind("readlink", args, kw, ["path", "$dir_fd"], 1);
    const p = pathArg("readlink", "path", path);
    const at = atPath(p, dirFd);
    return asPathFlavour(withFilename(p, () => fs.readlink(at)), p.isBytes);
  });
  def("symlink", (args, kw) => {
    const [src, dst, , dirFd] = bind("symlink", args, kw, [
      "src",
      "dst",
      "target_is_directory",
      "$dir_fd",
    ], 2);
    const a = pathArg("symlink", "src", src), b = pathArg("symlink", "dst", dst);
    fs.symlink(a.str, atPath(b, dirFd), a.obj, b.obj);
    return None;
  });
  def("link", (args, kw) => {
    const [src, dst, sfd, dfd, follow] = bind(
      "link",
      args,
      kw,
      ["src", "dst", "$src_dir_fd", "$dst_dir_fd", "$follow_symlinks"],
      2,
    );
    const a = pathArg("link", "src", src), b = pathArg("link", "dst", dst);
    let from = atPath(a, sfd);
    // link(2) itself links a symlink; follow_symlinks=True (linkat's AT_SYMLINK_FOLLOW) links
    // its target.
    if (followArg(follow)) {
      try {
        if ((fs.stat(from, false).mode & fs.S_IFMT) === fs.S_IFLNK) from = fs.realpath(from);
      } catch {
        // a missing source is reported by the link itself
      }
    }
    fs.link(from, atPath(b, dfd), a.obj, b.obj);
    return None;
  });
  def("chmod", (args, kw) => {
    const [path, mode, dirFd, follow] = bind("chmod", args, kw, [
      "path",
      "mode",
      "$dir_fd",
      "$follow_symlinks",
    ], 2);
    const p = pathArg("chmod", "path", path, true);
    const md = intArg(mode!);
    if (p.fd !== undefined) {
      const fp = withFilename(p, () => fs.fdAbsolutePath(p.fd!));
      fs.chmod(fp, md);
      return None;
    }
    const at = atPath(p, dirFd);
    withFilename(p, () => {
      // fchmodat(AT_SYMLINK_NOFOLLOW) works on everything but a symlink (EOPNOTSUPP).
      if (!followArg(follow) && (fs.stat(at, false).mode & fs.S_IFMT) === fs.S_IFLNK) fsErr(95);
      fs.chmod(at, md);
    });
    return None;
  });
  def("chown", (args, kw) => {
    const [path, uid, gid, dirFd, follow] = bind(
      "chown",
      args,
      kw,
      ["path", "uid", "gid", "$dir_fd", "$follow_symlinks"],
      3,
    );
    noDirFd("chown", dirFd);
    if (follow !== undefined && !abs.isTrue(follow)) {
      throw pyError(
        PyExc_NotImplementedError,
        "chown: follow_symlinks unavailable on this platform",
      );
    }
    const p = pathArg("chown", "path", path);
    withFilename(p, () => fs.chown(p.str, intArg(uid!), intArg(gid!)));
    return None;
  });
  def("utime", (args, kw) => {
    const [path, times, ns, dirFd, follow] = bind(
      "utime",
      args,
      kw,
      ["path", "times", "$ns", "$dir_fd", "$follow_symlinks"],
      1,
    );
    const p = pathArg("utime", "path", path);
    const hasTimes = times !== undefined && times !== None;
    if (hasTimes && ns !== undefined) {
      throw pyError(PyExc_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    }
    let a: bigint | undefined, mt: bigint | undefined;
    if (hasTimes) {
      if (!(times instanceof PyTuple) || times.items.length !== 2) {
        throw pyError(PyExc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
      }
      a = timeNs(times.items[0]);
      mt = timeNs(times.items[1]);
    } else if (ns !== undefined) {
      if (!(ns instanceof PyTuple) || ns.items.length !== 2) {
        throw pyError(PyExc_TypeError, "utime: 'ns' must be a tuple of two ints");
      }
      a = BigInt(abs.asIndex(ns.items[0]));
      mt = BigInt(abs.asIndex(ns.items[1]));
    }
    const at = atPath(p, dirFd);
    // CPython's utime errors name no file.
    withoutFilename(() => {
      if (!followArg(follow) && (fs.stat(at, false).mode & fs.S_IFMT) === fs.S_IFLNK) fsErr(95);
      fs.utime(at, a, mt);
    });
    return None;
  });
  def("access", (args, kw) => {
    const [path, mode, dirFd] = bind(
      "access",
      args,
      kw,
      ["path", "mode", "$dir_fd", "$effective_ids", "$follow_symlinks"],
      2,
    );
    const p = pathArg("access", "path", path);
    const md = intArg(mode!);
    let at: string;
    try {
      at = atPath(p, dirFd);
    } catch {
      return false;
    }
    // Deno has no separate effective ids, and access never fails: it answers.
    return fs.access(at, md);
  });
  def("truncate", (args, kw) => {
    const [path, length] = bind("truncate", args, kw, ["path", "length"], 2);
    const p = pathArg("truncate", "path", path, true);
    const n = intArg(length!);
    if (p.fd !== undefined) withFilename(p, () => fs.truncate(p.fd!, n));
    else withFilename(p, () => fs.truncatePath(p.str, n));
    return None;
  });

  // -- file descriptors
  def("open", (args, kw) => {
    const [path, flags, mode, dirFd] = bindArgs(
      "open",
      args,
      kw,
      ["path", "flags", "mode", "$dir_fd"],
      2,
    );
    const p = pathArg("open", "path", path);
    const at = atPath(p, dirFd);
    const fd = withFilename(
      p,
      () => fs.open(at, intArg(flags!), mode === undefined ? 0o777 : intArg(mode)),
    );
    return fd;
  });
  def("close", (args, kw) => {
    const [fd] = bind("close", args, kw, ["fd"], 1);
    const n = fdArg(fd!);
    fs.close(n);
    inheritable.delete(n);
    nonBlocking.delete(n);
    return None;
  });
  def("closerange", (args, kw) => {
    checkArgs("closerange", args, kw, 2, 2);
    const lo = intArg(args[0]), hi = intArg(args[1]);
    for (let fd = Math.max(lo, 0); fd < hi && fd < lo + 65536; fd++) {
      if (fs.isOpen(fd)) fs.close(fd);
    }
    return None;
  });
  def("read", (args, kw) => {
    checkArgs("read", args, kw, 2, 2);
    const fd = fdArg(args[0]);
    const n = intArg(args[1]);
    if (n < 0) fsErr(22);
    return new PyBytes(fs.read(fd, n).slice());
  });
  def("write", (args, kw) => {
    checkArgs("write", args, kw, 2, 2);
    const fd = fdArg(args[0]);
    const b = bytesOf(args[1]);
    if (b === undefined) {
      throw pyError(
        PyExc_TypeError,
        `a bytes-like object is required, not '${typeOf(args[1]).name}'`,
      );
    }
    return fs.write(fd, b);
  });
  def("lseek", (args, kw) => {
    checkArgs("lseek", args, kw, 3, 3);
    const fd = fdArg(args[0]);
    const pos = Number(abs.asIndex(args[1]));
    return fs.seek(fd, pos, intArg(args[2]));
  });
  def("ftruncate", (args, kw) => {
    checkArgs("ftruncate", args, kw, 2, 2);
    fs.truncate(fdArg(args[0]), intArg(args[1]));
    return None;
  });
  def("isatty", (args, kw) => {
    checkArgs("isatty", args, kw, 1, 1);
    return fs.isatty(fdArg(args[0]));
  });
  def("fsync", (args, kw) => {
    const [fd] = bind("fsync", args, kw, ["fd"], 1);
    fs.fsync(fdArg(fd!, true));
    return None;
  });
  def("fdatasync", (args, kw) => {
    const [fd] = bind("fdatasync", args, kw, ["fd"], 1);
    fs.fsync(fdArg(fd!, true));
    return None;
  });
  def("dup", (args, kw) => {
    checkArgs("dup", args, kw, 1, 1);
    return fs.dup(fdArg(args[0]));
  });
  def("dup2", (args, kw) => {
    const [fd, fd2, inh] = bindArgs("dup2", args, kw, ["fd", "fd2", "inheritable"], 2);
    const r = fs.dup2(fdArg(fd!), fdArg(fd2!));
    if (inh === undefined || abs.isTrue(inh)) inheritable.add(r);
    else inheritable.delete(r);
    return r;
  });
  def("pipe", (args, kw) => {
    checkArgs("pipe", args, kw, 0, 0);
    return makeTuple(fs.pipe());
  });
  def("get_inheritable", (args, kw) => {
    checkArgs("get_inheritable", args, kw, 1, 1);
    const fd = fdArg(args[0]);
    if (!fs.isOpen(fd)) fsErr(9);
    return inheritable.has(fd);
  });
  def("set_inheritable", (args, kw) => {
    checkArgs("set_inheritable", args, kw, 2, 2);
    const fd = fdArg(args[0]);
    if (!fs.isOpen(fd)) fsErr(9);
    if (abs.isTrue(args[1])) inheritable.add(fd);
    else inheritable.delete(fd);
    return None;
  });
  def("get_blocking", (args, kw) => {
    checkArgs("get_blocking", args, kw, 1, 1);
    const fd = fdArg(args[0]);
    if (!fs.isOpen(fd)) fsErr(9);
    return !nonBlocking.has(fd);
  });
  def("set_blocking", (args, kw) => {
    checkArgs("set_blocking", args, kw, 2, 2);
    const fd = fdArg(args[0]);
    if (!fs.isOpen(fd)) fsErr(9);
    if (abs.isTrue(args[1])) nonBlocking.delete(fd);
    else nonBlocking.add(fd);
    return None;
  });
  def("device_encoding", (args, kw) => {
    const [fd] = bind("device_encoding", args, kw, ["fd"], 1);
    return fs.isatty(fdArg(fd!)) ? "UTF-8" : None;
  });
  def("get_terminal_size", (args, kw) => {
    checkArgs("get_terminal_size", args, kw, 0, 1);
    const fd = args.length > 0 ? fdArg(args[0]) : 1;
    if (fd < 0 || fd > 2 || !fs.isatty(fd)) fsErr(fs.isOpen(fd) ? 25 : 9);
    let size: { columns: number; rows: number };
    try {
      size = Deno.consoleSize();
    } catch {
      fsErr(25);
    }
    return newStructSeq(terminalSizeType, [size.columns, size.rows]);
  });

  // -- names and conversions
  def("fspath", (args, kw) => {
    const [path] = bind("fspath", args, kw, ["path"], 1);
    return fspath(path!);
  });
  def("strerror", (args, kw) => {
    checkArgs("strerror", args, kw, 1, 1);
    return strerror(intArg(args[0]));
  });
  def("umask", (args, kw) => {
    checkArgs("umask", args, kw, 1, 1);
    const mask = intArg(args[0]);
    try {
      return Deno.umask(mask);
    } catch {
      const old = umaskValue;
      umaskValue = mask & 0o777;
      return old;
    }
  });

  // -- environment
  def("putenv", (args, kw) => {
    checkArgs("putenv", args, kw, 2, 2);
    const name = envText("putenv", args[0], "name");
    const value = envText("putenv", args[1], "value");
    if (name.includes("=")) throw pyError(PyExc_ValueError, "illegal environment variable name");
    if (name === "") fsErr(22);
    // An interpreter with a granted environment changes only its own os.environ.
    if ((currentInterpreter?.access.env ?? null) !== null) return None;
    // No --allow-env: os.environ still updates its own mapping.
    if (granted({ name: "env", variable: name })) Deno.env.set(name, value);
    return None;
  });
  def("unsetenv", (args, kw) => {
    checkArgs("unsetenv", args, kw, 1, 1);
    const name = envText("unsetenv", args[0], "name");
    if (name === "" || name.includes("=")) fsErr(22);
    if ((currentInterpreter?.access.env ?? null) !== null) return None;
    // No --allow-env: nothing to remove from the real environment.
    if (granted({ name: "env", variable: name })) Deno.env.delete(name);
    return None;
  });

  // -- process facts
  def("getpid", (args, kw) => {
    checkArgs("getpid", args, kw, 0, 0);
    return Deno.pid;
  });
  def("getppid", (args, kw) => {
    checkArgs("getppid", args, kw, 0, 0);
    return Deno.ppid;
  });
  // Deno.uid/gid need --allow-sys (Deno guards /proc too, so nothing else answers).
  const ids: [string, boolean][] = [
    ["getuid", true],
    ["geteuid", true],
    ["getgid", false],
    ["getegid", false],
  ];
  for (const [name, isUid] of ids) {
    def(name, (args, kw) => {
      checkArgs(name, args, kw, 0, 0);
      return sysCall(isUid ? "uid" : "gid", () => (isUid ? Deno.uid() : Deno.gid())) ?? 0;
    });
  }
  def("getgroups", (args, kw) => {
    checkArgs("getgroups", args, kw, 0, 0);
    const status = readProcText("/proc/self/status");
    const line = status?.split("\n").find((l) => l.startsWith("Groups:"));
    if (line === undefined) {
      return new PyList([sysCall("gid", () => Deno.gid()) ?? 0]);
    }
    return new PyList(line.slice(7).trim().split(/\s+/).filter((x) => x !== "").map(Number));
  });
  def("getlogin", (args, kw) => {
    checkArgs("getlogin", args, kw, 0, 0);
    const name = hostEnv("LOGNAME") ?? hostEnv("USER");
    if (name === undefined) fsErr(6);
    return name;
  });
  def("uname", (args, kw) => {
    checkArgs("uname", args, kw, 0, 0);
    const hostname = sysCall("hostname", () => Deno.hostname());
    const release = sysCall("osRelease", () => Deno.osRelease());
    const version = readProcText("/proc/sys/kernel/version") ?? "";
    const sysname = Deno.build.os === "linux" ? "Linux" : Deno.build.os;
    return newStructSeq(unameResultType, [sysname, hostname, release, version, Deno.build.arch]);
  });
  def("urandom", (args, kw) => {
    checkArgs("urandom", args, kw, 1, 1);
    const n = abs.asIndex(args[0]);
    if (n < 0) throw pyError(PyExc_ValueError, "negative argument not allowed");
    const out = new Uint8Array(Number(n));
    for (let o = 0; o < out.length; o += 65536) {
      crypto.getRandomValues(out.subarray(o, Math.min(out.length, o + 65536)));
    }
    return new PyBytes(out);
  });
  def("cpu_count", (args, kw) => {
    checkArgs("cpu_count", args, kw, 0, 0);
    const n = navigator.hardwareConcurrency;
    return typeof n === "number" && n > 0 ? n : None;
  });
  def("sched_getaffinity", (args, kw) => {
    checkArgs("sched_getaffinity", args, kw, 1, 1);
    intArg(args[0]);
    const n = navigator.hardwareConcurrency || 1;
    return makeSet(Array.from({ length: n }, (_, i) => i));
  });
  const start = performance.now();
  def("times", (args, kw) => {
    checkArgs("times", args, kw, 0, 0);
    const t = cpuTimes();
    return newStructSeq(timesResultType, [
      new PyFloat(t.user),
      new PyFloat(t.system),
      new PyFloat(0),
      new PyFloat(0),
      new PyFloat((performance.now() - start) / 1000 + performance.timeOrigin / 1000 % 1e6),
    ]);
  });

  // -- wait statuses
  const statusFn = (name: string, f: (s: number) => PyValue) => {
    def(name, (args, kw) => {
      const [status] = bindArgs(name, args, kw, ["status"], 1);
      return f(intArg(status!));
    });
  };
  statusFn("WIFEXITED", wifexited);
  statusFn("WEXITSTATUS", wexitstatus);
  statusFn("WIFSIGNALED", wifsignaled);
  statusFn("WTERMSIG", wtermsig);
  statusFn("WIFSTOPPED", wifstopped);
  statusFn("WSTOPSIG", wstopsig);
  statusFn("WCOREDUMP", (s) => (s & 0x80) !== 0);
  statusFn("WIFCONTINUED", (s) => s === 0xffff);
  def("waitstatus_to_exitcode", (args, kw) => {
    const [status] = bind("waitstatus_to_exitcode", args, kw, ["status"], 1);
    const s = intArg(status!);
    if (wifexited(s)) return wexitstatus(s);
    if (wifsignaled(s)) return -wtermsig(s);
    if (wifstopped(s)) {
      throw pyError(PyExc_ValueError, `process stopped by delivery of signal ${wstopsig(s)}`);
    }
    throw pyError(PyExc_ValueError, `invalid wait status: ${s}`);
  });

  // -- processes
  def("kill", (args, kw) => {
    checkArgs("kill", args, kw, 2, 2);
    const pid = intArg(args[0]), sig = intArg(args[1]);
    const name = SIGNALS[sig];
    if (name === undefined && sig !== 0) fsErr(22);
    if (sig === 0) return None;
    try {
      Deno.kill(pid, name);
    } catch (e) {
      if (e instanceof Deno.errors.NotFound || /os error 3/.test(String(e))) fsErr(3);
      fs.osErrorFromDeno(e, undefined, "--allow-run");
    }
    return None;
  });
  def("_exit", (args, kw) => {
    checkArgs("_exit", args, kw, 1, 1);
    Deno.exit(intArg(args[0]));
  });
  def("abort", (args, kw) => {
    checkArgs("abort", args, kw, 0, 0);
    Deno.exit(134);
  });
  def("system", (args, kw) => {
    const [command] = bind("system", args, kw, ["command"], 1);
    const p = pathArg("system", "command", command);
    if (currentInterpreter?.access.run === false) {
      throw osError(
        PyExc_OSError,
        13,
        "Permission denied (not granted by the host: Interpreter option run)",
      );
    }
    let out: Deno.CommandOutput;
    try {
      out = new Deno.Command("/bin/sh", {
        args: ["-c", p.str],
        cwd: fs.getcwd(),
        stdin: "inherit",
        stdout: "inherit",
        stderr: "inherit",
      }).outputSync();
    } catch (e) {
      fs.osErrorFromDeno(e, undefined, "--allow-run");
    }
    if (out.signal !== null) {
      const num = Number(Object.keys(SIGNALS).find((k) => SIGNALS[Number(k)] === out.signal));
      return num & 0x7f;
    }
    return (out.code & 0xff) << 8;
  });
  def("register_at_fork", (_args, _kw) => None);
  // Coil starts no child processes (no fork/exec), so there is never one to wait for.
  def("waitpid", (args, kw) => {
    checkArgs("waitpid", args, kw, 2, 2);
    intArg(args[0]);
    intArg(args[1]);
    fsErr(10);
  });
  def("wait", (args, kw) => {
    checkArgs("wait", args, kw, 0, 0);
    fsErr(10);
  });

  return m;
}
