// The file system Python code sees. All file access of the interpreter (posix/os, _io, the
// import system) goes through here, so an interpreter sees only what its host grants.
// Plain TypeScript, synchronous (Deno's *Sync APIs).
//
// - Each interpreter has its own state (`FileSystemState`: working directory, mounts, file
//   descriptors, what of the host it may reach), made current by interpreter_state's activate.
// - Paths are resolved against the state's own working directory (`getcwd`/`chdir`), which
//   starts as Deno.cwd(); Deno.chdir is never called, so chdir also works into mounted trees.
// - Host access: `access === null` passes every call to Deno, whose permissions are then the
//   only wall (the `coil` command). Otherwise only paths under `access.read` (and `access.write`
//   for changes) reach Deno, checked on the path and, for existing paths, on where its symlinks
//   lead; anything else is PermissionError naming the Interpreter option that would grant it.
// - File descriptors: 0, 1, 2 are Deno.stdin/stdout/stderr (writes go straight to
//   Deno.stdout/stderr.writeSync, nothing buffered). Others are small ints from 3 up, lowest
//   free first, mapping to a shared open-file description (dup'ed fds share the offset, as in
//   POSIX): a Deno.FsFile, an in-memory reader over a mounted tree's file, or a pipe end.
// - Mounted trees are read-only: any change under a mount prefix raises OSError(EROFS).
// - Errors are Python OSError subclasses (the errno picks the subclass). A denial by Deno's
//   permission system becomes PermissionError whose strerror names the flag that would grant
//   it: "[Errno 13] Permission denied (Deno needs --allow-read): 'x'".
import { granted as permissionGranted } from "./permissions.ts";
import { osError, PyExc_OSError } from "../objects/exceptions.ts";
import { None, type PyObject, type PyValue } from "../objects/object.ts";
import { call } from "../objects/abstract.ts";
import { strerror } from "./errno_table.ts";

export interface FileStat {
  /** st_mode with the file type bits (S_IFREG 0o100000, S_IFDIR 0o040000, S_IFLNK 0o120000...). */
  mode: number;
  ino: number | bigint;
  dev: number | bigint;
  nlink: number;
  uid: number;
  gid: number;
  size: number;
  atimeNs: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  blksize: number;
  blocks: number;
}

/** A read-only tree mounted at an absolute prefix (the stdlib zip is mounted this way). */
export interface ReadOnlyTree {
  /** `rel` is relative to the mount prefix, "" for the mount root, "/"-separated, no "." or "..". */
  stat(rel: string): { isDirectory: boolean; size: number } | undefined;
  /** Entry names of a directory. */
  list(rel: string): string[] | undefined;
  /** A file's bytes. */
  read(rel: string): Uint8Array | undefined;
}

/** One entry of `scanDir`: the name and the type as the directory read reported it. */
export interface DirEntryInfo {
  name: string;
  isDirectory: boolean;
  isFile: boolean;
  isSymlink: boolean;
}

// ---- Linux constants used here (posix exports the same values) ----------------------------

export const O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_ACCMODE = 3;
export const O_CREAT = 0o100, O_EXCL = 0o200, O_TRUNC = 0o1000, O_APPEND = 0o2000;
export const O_DIRECTORY = 0o200000, O_NOFOLLOW = 0o400000;
export const S_IFMT = 0o170000, S_IFDIR = 0o040000, S_IFREG = 0o100000, S_IFLNK = 0o120000;
export const S_IFIFO = 0o010000, S_IFCHR = 0o020000;
export const F_OK = 0, X_OK = 1, W_OK = 2, R_OK = 4;

const ENOENT = 2, EIO = 5, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21;
const EINVAL = 22, ESPIPE = 29, EROFS = 30, EAGAIN = 11, ENOTEMPTY = 39;

// ---- Errors --------------------------------------------------------------------------------

/** The OSError for errno with CPython's message ("[Errno 2] No such file or directory: 'x'"). */
export function errnoError(code: number, filename?: PyValue, filename2?: PyValue): never {
  if (filename === undefined) throw osError(PyExc_OSError, code, strerror(code));
  if (filename2 === undefined) {
    throw osErrorNamed(code, strerror(code), filename);
  }
  throw osErrorWith(code, strerror(code), filename, filename2);
}

/** OSError(errno, strerror, filename) keeping a bytes (or other) filename object as is. */
function osErrorNamed(code: number, message: string, filename: PyValue) {
  if (typeof filename === "string") return osError(PyExc_OSError, code, message, filename);
  return call(PyExc_OSError, [code, message, filename], null) as PyObject;
}

/** OSError(errno, strerror, filename, winerror, filename2): str() shows "'a' -> 'b'". */
function osErrorWith(code: number, message: string, filename: PyValue, filename2: PyValue) {
  return call(PyExc_OSError, [code, message, filename, None, filename2], null) as PyObject;
}

/** Which Deno flag grants an operation, from Deno's NotCapable message or the operation. */
function denoFlag(e: Error, fallback: string): string {
  const m = /--allow-[a-z-]+/.exec(e.message);
  return m !== null ? m[0] : fallback;
}

/**
 * Converts an error thrown by a Deno API into the Python OSError CPython would raise.
 * `flag` is the Deno permission the operation needs (named when Deno's permission system
 * refused it).
 */
export function osErrorFromDeno(
  e: unknown,
  filename?: PyValue,
  flag = "--allow-read",
  filename2?: PyValue,
): never {
  if (!(e instanceof Error)) throw e;
  if (e instanceof Deno.errors.NotCapable) {
    const message = `${strerror(EACCES)} (Deno needs ${denoFlag(e, flag)})`;
    if (filename === undefined || filename === None) {
      throw osError(PyExc_OSError, EACCES, message);
    }
    if (filename2 !== undefined) throw osErrorWith(EACCES, message, filename, filename2);
    throw osErrorNamed(EACCES, message, filename);
  }
  const code = denoErrno(e);
  if (code === undefined) {
    // Not an OS error (a JS error in this module would be a bug): keep its text.
    if (!(e as { code?: unknown }).code && !/os error/.test(e.message) && isJsBug(e)) throw e;
    if (filename === undefined || filename === None) throw osError(PyExc_OSError, EIO, e.message);
    throw osErrorNamed(EIO, e.message, filename);
  }
  if (filename === undefined || filename === None) errnoError(code);
  errnoError(code, filename, filename2);
}

function isJsBug(e: Error): boolean {
  return e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError;
}

const errnoByClass: [new (...a: never[]) => Error, number][] = [
  [Deno.errors.NotFound, ENOENT],
  [Deno.errors.PermissionDenied, EACCES],
  [Deno.errors.AlreadyExists, EEXIST],
  [Deno.errors.IsADirectory, EISDIR],
  [Deno.errors.NotADirectory, ENOTDIR],
  [Deno.errors.BadResource, EBADF],
  [Deno.errors.WouldBlock, EAGAIN],
  [Deno.errors.FilesystemLoop, 40],
  [Deno.errors.Busy, 16],
  [Deno.errors.NotSupported, 95],
  [Deno.errors.InvalidData, EINVAL],
];

/** The errno of a Deno OS error: "(os error N)" in its message, else by class. */
function denoErrno(e: Error): number | undefined {
  const m = /\(os error (\d+)\)/.exec(e.message);
  if (m !== null) return Number(m[1]);
  for (const [cls, code] of errnoByClass) if (e instanceof cls) return code;
  return undefined;
}

// ---- Paths and the working directory ---------------------------------------------------------

/** What of the host's file system an interpreter may reach (Interpreter option `fs`). */
export interface FileAccess {
  /** Absolute folders or files that may be read (write grants may be read too). */
  readonly read: readonly string[];
  /** Absolute folders or files that may be changed. */
  readonly write: readonly string[];
}

/** One interpreter's file system: working directory, mounts, descriptors and host access. */
export class FileSystemState {
  cwd: string | null;
  readonly mounts = new Map<string, ReadOnlyTree>();
  readonly fds = new Map<number, OpenFile>();
  constructor(
    /** null: the host's whole file system, as Deno's permissions allow. */
    readonly access: FileAccess | null = null,
    cwd: string | null = null,
  ) {
    this.cwd = cwd;
    this.fds.set(0, { kind: "std", which: 0, refs: 1 });
    this.fds.set(1, { kind: "std", which: 1, refs: 1 });
    this.fds.set(2, { kind: "std", which: 2, refs: 1 });
  }
}

let current = new FileSystemState();

/** Makes `fs` the file system of the code that runs next (interpreter_state's activate). */
export function setFileSystem(fs: FileSystemState): void {
  current = fs;
}

/** The path, unless the interpreter was not granted it: then PermissionError. */
function granted(path: string, mode: "read" | "write"): string {
  if (current.access !== null && !isGranted(path, mode)) {
    throw osErrorNamed(
      EACCES,
      `Permission denied (not granted by the host: Interpreter option fs.${mode})`,
      path,
    );
  }
  return path;
}

/** Whether the interpreter's grants cover `path` (absolute) and where its symlinks lead. */
function isGranted(path: string, mode: "read" | "write"): boolean {
  const access = current.access;
  if (access === null) return true;
  const grants = mode === "read" ? [...access.read, ...access.write] : access.write;
  const within = (p: string) =>
    grants.some((g) => p === g || p.startsWith(g === "/" ? "/" : g + "/"));
  if (!within(absolutePath(path))) return false;
  try {
    // A symlink inside a granted folder must not lead out of it.
    return within(Deno.realPathSync(path));
  } catch {
    return true; // not there yet (a file being created) or a dangling link: the path decides
  }
}

/** A directory that exists only because mount points lie below it, in a sandbox. */
function onlyAboveMounts(abs: string): boolean {
  return current.access !== null && mountChildren(abs).length > 0 && !isGranted(abs, "read");
}

export function getcwd(): string {
  if (current.cwd === null) {
    try {
      current.cwd = Deno.cwd();
    } catch (e) {
      osErrorFromDeno(e, undefined, "--allow-read");
    }
  }
  return current.cwd!;
}

/** Lexically normalized absolute path ("." and ".." removed, no trailing slash). */
export function absolutePath(path: string): string {
  return normalizePath(path.startsWith("/") ? path : `${getcwd()}/${path}`);
}

/** An absolute path with "." and ".." removed lexically and no trailing slash. */
export function normalizePath(absolute: string): string {
  const out: string[] = [];
  for (const part of absolute.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return "/" + out.join("/");
}

/** The path handed to Deno: absolute (against our cwd) but not normalized, so symlinks and
 * ".." resolve as the OS does. */
function osPath(path: string, mode: "read" | "write"): string {
  if (path === "") errnoError(ENOENT, path);
  return granted(path.startsWith("/") ? path : `${getcwd()}/${path}`, mode);
}

export function chdir(path: string): void {
  const st = stat(path, true);
  if ((st.mode & S_IFMT) !== S_IFDIR) errnoError(ENOTDIR, path);
  const abs = absolutePath(path);
  current.cwd = mountOf(abs) !== undefined || onlyAboveMounts(abs) ? abs : realpath(path);
}

// ---- Mounts ----------------------------------------------------------------------------------

export function mount(prefix: string, tree: ReadOnlyTree): void {
  current.mounts.set(absolutePath(prefix), tree);
}

export function unmount(prefix: string): void {
  current.mounts.delete(absolutePath(prefix));
}

/** The mount holding an absolute normalized path and the path relative to it. */
function mountOf(abs: string): { tree: ReadOnlyTree; rel: string } | undefined {
  if (current.mounts.size === 0) return undefined;
  let best: string | undefined;
  for (const prefix of current.mounts.keys()) {
    if (abs === prefix || abs.startsWith(prefix === "/" ? "/" : prefix + "/")) {
      if (best === undefined || prefix.length > best.length) best = prefix;
    }
  }
  if (best === undefined) return undefined;
  const rel = abs === best ? "" : abs.slice(best === "/" ? 1 : best.length + 1);
  return { tree: current.mounts.get(best)!, rel };
}

/** Names of mount points directly below a directory that is an ancestor of them. */
function mountChildren(abs: string): string[] {
  const names: string[] = [];
  const base = abs === "/" ? "/" : abs + "/";
  for (const prefix of current.mounts.keys()) {
    if (prefix.startsWith(base) && prefix !== abs) {
      const name = prefix.slice(base.length).split("/")[0];
      if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}

/** The entry for a name below `abs` that leads to mount points: a mounted file or a folder. */
function mountChildEntry(abs: string, name: string): DirEntryInfo {
  const m = mountOf((abs === "/" ? "" : abs) + "/" + name);
  const isDirectory = m === undefined || (m.tree.stat(m.rel)?.isDirectory ?? true);
  return { name, isDirectory, isFile: !isDirectory, isSymlink: false };
}

/** Whether `path` lies in a mounted (read-only) tree. */
function isMounted(path: string): boolean {
  return current.mounts.size > 0 && mountOf(absolutePath(path)) !== undefined;
}

function rejectMounted(path: string): void {
  if (isMounted(path)) errnoError(EROFS, path);
}

function mountedStat(st: { isDirectory: boolean; size: number }): FileStat {
  return {
    mode: st.isDirectory ? S_IFDIR | 0o555 : S_IFREG | 0o444,
    ino: 0,
    dev: 0,
    nlink: 1,
    uid: 0,
    gid: 0,
    size: st.isDirectory ? 0 : st.size,
    atimeNs: 0n,
    mtimeNs: 0n,
    ctimeNs: 0n,
    blksize: 4096,
    blocks: Math.ceil(st.size / 512),
  };
}

// ---- Stat ------------------------------------------------------------------------------------

function ns(d: Date | null): bigint {
  return d === null ? 0n : BigInt(d.getTime()) * 1000000n;
}

function fromDeno(info: Deno.FileInfo): FileStat {
  let mode = info.mode;
  if (mode === null) {
    mode = info.isDirectory ? S_IFDIR | 0o755 : info.isSymlink ? S_IFLNK | 0o777 : S_IFREG | 0o644;
  }
  return {
    mode,
    ino: info.ino ?? 0,
    dev: info.dev,
    nlink: info.nlink ?? 1,
    uid: info.uid ?? 0,
    gid: info.gid ?? 0,
    size: info.size,
    atimeNs: ns(info.atime),
    mtimeNs: ns(info.mtime),
    ctimeNs: ns(info.ctime ?? info.mtime),
    blksize: info.blksize ?? 4096,
    blocks: info.blocks ?? 0,
  };
}

export function stat(path: string, followSymlinks: boolean): FileStat {
  if (current.mounts.size > 0) {
    const abs = absolutePath(path);
    const m = mountOf(abs);
    if (m !== undefined) {
      const st = m.tree.stat(m.rel);
      if (st === undefined) errnoError(ENOENT, path);
      return mountedStat(st);
    }
  }
  if (onlyAboveMounts(absolutePath(path))) return mountedStat({ isDirectory: true, size: 0 });
  try {
    const p = osPath(path, "read");
    return fromDeno(followSymlinks ? Deno.statSync(p) : Deno.lstatSync(p));
  } catch (e) {
    // Directories above a mount point exist even when the host has no such directory.
    if (e instanceof Deno.errors.NotFound && mountChildren(absolutePath(path)).length > 0) {
      return mountedStat({ isDirectory: true, size: 0 });
    }
    osErrorFromDeno(e, path, "--allow-read");
  }
}

/** True when `path` exists (following symlinks); never raises for a missing file. */
export function exists(path: string): boolean {
  try {
    stat(path, true);
    return true;
  } catch {
    return false;
  }
}

// ---- Directories -----------------------------------------------------------------------------

export function scanDir(path: string): DirEntryInfo[] {
  const abs = absolutePath(path === "" ? "." : path);
  const m = mountOf(abs);
  if (m !== undefined) {
    const names = m.tree.list(m.rel);
    if (names === undefined) {
      errnoError(m.tree.stat(m.rel) === undefined ? ENOENT : ENOTDIR, path);
    }
    return names.map((name) => {
      const st = m.tree.stat(m.rel === "" ? name : `${m.rel}/${name}`);
      const isDirectory = st?.isDirectory ?? false;
      return { name, isDirectory, isFile: !isDirectory, isSymlink: false };
    });
  }
  const out: DirEntryInfo[] = [];
  if (onlyAboveMounts(abs)) return mountChildren(abs).map((name) => mountChildEntry(abs, name));
  try {
    for (const e of Deno.readDirSync(osPath(path === "" ? "." : path, "read"))) {
      out.push({
        name: e.name,
        isDirectory: e.isDirectory,
        isFile: e.isFile,
        isSymlink: e.isSymlink,
      });
    }
  } catch (e) {
    const extra = mountChildren(abs);
    if (e instanceof Deno.errors.NotFound && extra.length > 0) {
      return extra.map((name) => mountChildEntry(abs, name));
    }
    osErrorFromDeno(e, path, "--allow-read");
  }
  for (const name of mountChildren(abs)) {
    if (!out.some((e) => e.name === name)) out.push(mountChildEntry(abs, name));
  }
  return out;
}

export function listDir(path: string): string[] {
  return scanDir(path).map((e) => e.name);
}

export function mkdir(path: string, mode = 0o777): void {
  rejectMounted(path);
  try {
    Deno.mkdirSync(osPath(path, "write"), { mode });
  } catch (e) {
    osErrorFromDeno(e, path, "--allow-write");
  }
}

export function rmdir(path: string): void {
  rejectMounted(path);
  const st = stat(path, false);
  if ((st.mode & S_IFMT) !== S_IFDIR) errnoError(ENOTDIR, path);
  try {
    Deno.removeSync(osPath(path, "write"));
  } catch (e) {
    osErrorFromDeno(e, path, "--allow-write");
  }
}

export function unlink(path: string): void {
  rejectMounted(path);
  const st = stat(path, false);
  if ((st.mode & S_IFMT) === S_IFDIR) errnoError(EISDIR, path);
  try {
    Deno.removeSync(osPath(path, "write"));
  } catch (e) {
    osErrorFromDeno(e, path, "--allow-write");
  }
}

/**
 * rename(2): replaces an existing destination (a file, or an empty directory by a directory).
 * Errors name `srcName` / `dstName` (default: the paths).
 */
export function rename(
  src: string,
  dst: string,
  srcName: PyValue = src,
  dstName: PyValue = dst,
): void {
  if (isMounted(src) || isMounted(dst)) errnoError(EROFS, srcName, dstName);
  try {
    Deno.renameSync(osPath(src, "write"), osPath(dst, "write"));
  } catch (e) {
    osErrorFromDeno(e, srcName, "--allow-write", dstName);
  }
}

export function replace(src: string, dst: string, srcName?: PyValue, dstName?: PyValue): void {
  rename(src, dst, srcName, dstName);
}

export function readlink(path: string): string {
  if (isMounted(path)) {
    stat(path, false);
    errnoError(EINVAL, path);
  }
  try {
    return Deno.readLinkSync(osPath(path, "read"));
  } catch (e) {
    osErrorFromDeno(e, path, "--allow-read");
  }
}

export function symlink(
  target: string,
  path: string,
  targetName: PyValue = target,
  pathName: PyValue = path,
): void {
  if (isMounted(path)) {
    errnoError(EROFS, targetName, pathName);
  }
  try {
    Deno.symlinkSync(target, osPath(path, "write"));
  } catch (e) {
    osErrorFromDeno(e, targetName, "--allow-write", pathName);
  }
}

export function link(
  src: string,
  dst: string,
  srcName: PyValue = src,
  dstName: PyValue = dst,
): void {
  if (isMounted(src) || isMounted(dst)) errnoError(EROFS, srcName, dstName);
  try {
    Deno.linkSync(osPath(src, "write"), osPath(dst, "write"));
  } catch (e) {
    osErrorFromDeno(e, srcName, "--allow-write", dstName);
  }
}

export function chmod(path: string, mode: number): void {
  rejectMounted(path);
  try {
    Deno.chmodSync(osPath(path, "write"), mode & 0o7777);
  } catch (e) {
    osErrorFromDeno(e, path, "--allow-write");
  }
}

export function chown(path: string, uid: number, gid: number): void {
  rejectMounted(path);
  try {
    Deno.chownSync(osPath(path, "write"), uid < 0 ? null : uid, gid < 0 ? null : gid);
  } catch (e) {
    osErrorFromDeno(e, path, "--allow-write");
  }
}

/** utime(2) with times in nanoseconds; undefined means "now". */
export function utime(path: string, atimeNs?: bigint, mtimeNs?: bigint): void {
  rejectMounted(path);
  const now = Date.now() / 1000;
  const a = atimeNs === undefined ? now : Number(atimeNs) / 1e9;
  const m = mtimeNs === undefined ? now : Number(mtimeNs) / 1e9;
  try {
    Deno.utimeSync(osPath(path, "write"), a, m);
  } catch (e) {
    osErrorFromDeno(e, path, "--allow-write");
  }
}

/** truncate(2) by path. */
export function truncatePath(path: string, length: number): void {
  rejectMounted(path);
  if (length < 0) errnoError(EINVAL, path);
  try {
    const st = stat(path, true);
    if ((st.mode & S_IFMT) === S_IFDIR) errnoError(EISDIR, path);
    Deno.truncateSync(osPath(path, "write"), length);
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    osErrorFromDeno(e, path, "--allow-write");
  }
}

export function realpath(path: string): string {
  const abs = absolutePath(path);
  if (mountOf(abs) !== undefined) return abs;
  try {
    return Deno.realPathSync(osPath(path, "read"));
  } catch (e) {
    if (e instanceof Deno.errors.NotFound && mountChildren(abs).length > 0) return abs;
    osErrorFromDeno(e, path, "--allow-read");
  }
}

function currentIds(): { uid: number | null; gid: number | null } {
  // Never prompts for --allow-sys: denied, the ids are unknown.
  const uid = permissionGranted({ name: "sys", kind: "uid" }) ? Deno.uid() : null;
  const gid = permissionGranted({ name: "sys", kind: "gid" }) ? Deno.gid() : null;
  return { uid, gid };
}

/**
 * access(2) from the file's mode bits and the process's ids (Deno has no access call). Returns
 * false rather than raising, as os.access does.
 */
export function access(path: string, mode: number): boolean {
  let st: FileStat;
  try {
    st = stat(path, true);
  } catch {
    return false;
  }
  if (mode === F_OK) return true;
  if ((mode & W_OK) && isMounted(path)) return false;
  const { uid, gid } = currentIds();
  const perm = st.mode & 0o777;
  if (uid === 0) {
    // root reads and writes anything; executes when any execute bit is set (or a directory).
    if ((mode & X_OK) && (perm & 0o111) === 0 && (st.mode & S_IFMT) !== S_IFDIR) return false;
    return true;
  }
  const bits = uid === null || uid === st.uid
    ? perm >> 6
    : gid === st.gid
    ? (perm >> 3) & 7
    : perm & 7;
  return (bits & mode) === mode;
}

// ---- File descriptors ------------------------------------------------------------------------

/** An open file description, shared by dup'ed descriptors. */
type OpenFile =
  | {
    kind: "file";
    file: Deno.FsFile;
    path: string;
    /** The absolute path at open time (dir_fd-relative paths resolve against it). */
    abs: string;
    refs: number;
    readable: boolean;
    writable: boolean;
    append: boolean;
  }
  | { kind: "mem"; data: Uint8Array; pos: number; path: string; abs: string; refs: number }
  | { kind: "pipe"; pipe: Pipe; end: "r" | "w"; refs: number }
  | { kind: "std"; which: 0 | 1 | 2; refs: number };

/** An in-memory pipe (Deno has no anonymous pipes): a byte queue between two ends. */
interface Pipe {
  chunks: Uint8Array[];
  readers: number;
  writers: number;
}

function lowestFree(from = 0): number {
  let fd = from;
  while (current.fds.has(fd)) fd++;
  return fd;
}

function entry(fd: number): OpenFile {
  const f = current.fds.get(fd);
  if (f === undefined) errnoError(EBADF);
  return f;
}

/** The path a descriptor was opened with (undefined for stdio and pipes). */
export function fdPath(fd: number): string | undefined {
  const f = current.fds.get(fd);
  return f !== undefined && (f.kind === "file" || f.kind === "mem") ? f.path : undefined;
}

/**
 * The directory a descriptor was opened on, as an absolute path (what openat-style calls
 * resolve relative paths against): EBADF for a closed descriptor, ENOTDIR for a non-directory.
 */
export function fdDirectory(fd: number): string {
  const f = entry(fd);
  if (f.kind !== "file" && f.kind !== "mem") errnoError(ENOTDIR);
  if ((fstat(fd).mode & S_IFMT) !== S_IFDIR) errnoError(ENOTDIR);
  return f.abs;
}

/** The absolute path a descriptor was opened with (EBADF for stdio, pipes, closed fds). */
export function fdAbsolutePath(fd: number): string {
  const f = entry(fd);
  if (f.kind !== "file" && f.kind !== "mem") errnoError(EBADF);
  return f.abs;
}

export function isOpen(fd: number): boolean {
  return current.fds.has(fd);
}

/** open(2) with Linux O_* flags; returns the new descriptor. */
export function open(path: string, flags: number, mode = 0o666): number {
  const acc = flags & O_ACCMODE;
  const writing = acc !== O_RDONLY || (flags & (O_CREAT | O_TRUNC)) !== 0;
  const m = current.mounts.size > 0 ? mountOf(absolutePath(path)) : undefined;
  if (m !== undefined) {
    const st = m.tree.stat(m.rel);
    if (st === undefined) {
      if (flags & O_CREAT) errnoError(EROFS, path);
      errnoError(ENOENT, path);
    }
    if (writing) errnoError(st.isDirectory && acc !== O_RDONLY ? EISDIR : EROFS, path);
    if (flags & O_CREAT && flags & O_EXCL) errnoError(EEXIST, path);
    if (st.isDirectory) {
      const fd = lowestFree(3);
      current.fds.set(fd, {
        kind: "mem",
        data: new Uint8Array(0),
        pos: 0,
        path,
        abs: absolutePath(path),
        refs: 1,
      });
      return fd;
    }
    if ((flags & O_DIRECTORY) !== 0) errnoError(ENOTDIR, path);
    const data = m.tree.read(m.rel);
    if (data === undefined) errnoError(ENOENT, path);
    const fd = lowestFree(3);
    current.fds.set(fd, { kind: "mem", data, pos: 0, path, abs: absolutePath(path), refs: 1 });
    return fd;
  }
  const p = osPath(path, writing ? "write" : "read");
  if (flags & O_DIRECTORY) {
    const st = stat(path, (flags & O_NOFOLLOW) === 0);
    if ((st.mode & S_IFMT) !== S_IFDIR) errnoError(ENOTDIR, path);
  }
  if (flags & O_NOFOLLOW) {
    try {
      if (Deno.lstatSync(p).isSymlink) errnoError(40, path);
    } catch (e) {
      if (!(e instanceof Deno.errors.NotFound)) osErrorFromDeno(e, path);
    }
  }
  const readable = acc === O_RDONLY || acc === O_RDWR;
  const writable = acc === O_WRONLY || acc === O_RDWR;
  const append = (flags & O_APPEND) !== 0;
  if (writable && (flags & O_DIRECTORY) === 0) {
    // Opening a directory for writing is EISDIR (Deno may say otherwise).
    try {
      if (Deno.statSync(p).isDirectory) errnoError(EISDIR, path);
    } catch (e) {
      if (!(e instanceof Deno.errors.NotFound)) osErrorFromDeno(e, path);
    }
  }
  let file: Deno.FsFile;
  try {
    file = Deno.openSync(p, {
      read: readable,
      // Deno refuses create/truncate without write access; O_RDONLY|O_CREAT still creates.
      write: writable || (!append && (flags & (O_CREAT | O_TRUNC)) !== 0),
      append: append && writable,
      truncate: (flags & O_TRUNC) !== 0 && writable,
      create: (flags & O_CREAT) !== 0 && (flags & O_EXCL) === 0,
      createNew: (flags & O_CREAT) !== 0 && (flags & O_EXCL) !== 0,
      mode,
    });
  } catch (e) {
    osErrorFromDeno(e, path, writing ? "--allow-write" : "--allow-read");
  }
  const fd = lowestFree(3);
  const absPath = absolutePath(path);
  current.fds.set(fd, {
    kind: "file",
    file,
    path,
    abs: absPath,
    refs: 1,
    readable,
    writable,
    append,
  });
  return fd;
}

const EMPTY = new Uint8Array(0);

/** Reads up to n bytes (short reads allowed; empty means end of file). */
export function read(fd: number, n: number): Uint8Array {
  const f = entry(fd);
  if (n < 0) errnoError(EINVAL);
  if (n === 0) return EMPTY;
  switch (f.kind) {
    case "mem": {
      if (f.data.length === 0 && f.pos === 0 && isMountedDir(f.path)) errnoError(EISDIR);
      const end = Math.min(f.data.length, f.pos + n);
      const out = f.data.slice(f.pos, end);
      f.pos = end;
      return out;
    }
    case "file": {
      if (!f.readable) errnoError(EBADF);
      const buf = new Uint8Array(Math.min(n, 1 << 24));
      try {
        const k = f.file.readSync(buf);
        return k === null ? EMPTY : buf.subarray(0, k);
      } catch (e) {
        osErrorFromDeno(e);
      }
      break;
    }
    case "pipe": {
      if (f.end !== "r") errnoError(EBADF);
      const p = f.pipe;
      if (p.chunks.length === 0) {
        // Nothing can ever arrive while this single thread waits: EOF if no writer is left,
        // else report that the read would block.
        if (p.writers === 0) return EMPTY;
        errnoError(EAGAIN);
      }
      // Hand out what is buffered, up to n bytes, as one read(2) on a pipe does.
      const parts: Uint8Array[] = [];
      let got = 0;
      while (got < n && p.chunks.length > 0) {
        const first = p.chunks[0];
        const take = Math.min(first.length, n - got);
        parts.push(first.subarray(0, take));
        got += take;
        if (take === first.length) p.chunks.shift();
        else p.chunks[0] = first.subarray(take);
      }
      const out = new Uint8Array(got);
      let o = 0;
      for (const part of parts) {
        out.set(part, o);
        o += part.length;
      }
      return out;
    }
    case "std": {
      if (f.which !== 0) errnoError(EBADF);
      const buf = new Uint8Array(Math.min(n, 1 << 20));
      try {
        const k = Deno.stdin.readSync(buf);
        return k === null ? EMPTY : buf.subarray(0, k);
      } catch (e) {
        osErrorFromDeno(e);
      }
    }
  }
  return EMPTY;
}

function isMountedDir(path: string): boolean {
  const m = mountOf(absolutePath(path));
  return m !== undefined && m.tree.stat(m.rel)?.isDirectory === true;
}

/** Reads to end of file. */
export function readAll(fd: number): Uint8Array {
  const f = entry(fd);
  if (f.kind === "mem") {
    if (f.data.length === 0 && f.pos === 0 && isMountedDir(f.path)) errnoError(EISDIR);
    const out = f.data.slice(f.pos);
    f.pos = f.data.length;
    return out;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: Uint8Array;
    try {
      chunk = read(fd, 65536);
    } catch (e) {
      // A pipe with a live writer but no data: what was read so far is all there is.
      if (f.kind === "pipe" && total > 0) break;
      throw e;
    }
    if (chunk.length === 0) break;
    chunks.push(chunk.slice());
    total += chunk.length;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Writes the bytes (all of them for files and stdio); returns the count written. */
export function write(fd: number, data: Uint8Array): number {
  const f = entry(fd);
  switch (f.kind) {
    case "mem":
      errnoError(EBADF);
      break;
    case "file": {
      if (!f.writable) errnoError(EBADF);
      try {
        let rest = data;
        while (rest.length > 0) rest = rest.subarray(f.file.writeSync(rest));
      } catch (e) {
        osErrorFromDeno(e, undefined, "--allow-write");
      }
      return data.length;
    }
    case "pipe": {
      if (f.end !== "w") errnoError(EBADF);
      if (f.pipe.readers === 0) errnoError(32);
      if (data.length > 0) f.pipe.chunks.push(data.slice());
      return data.length;
    }
    case "std": {
      if (f.which === 0) errnoError(EBADF);
      const out = f.which === 1 ? Deno.stdout : Deno.stderr;
      let rest = data;
      while (rest.length > 0) rest = rest.subarray(out.writeSync(rest));
      return data.length;
    }
  }
  return 0;
}

/** lseek(2); returns the new position. */
export function seek(fd: number, offset: number, whence: number): number {
  const f = entry(fd);
  if (whence < 0 || whence > 2) errnoError(EINVAL);
  switch (f.kind) {
    case "mem": {
      const base = whence === 0 ? 0 : whence === 1 ? f.pos : f.data.length;
      const pos = base + offset;
      if (pos < 0) errnoError(EINVAL);
      f.pos = pos;
      return pos;
    }
    case "file":
      try {
        return f.file.seekSync(offset, whence as Deno.SeekMode);
      } catch (e) {
        if (e instanceof Error && /os error 22|Invalid argument/.test(e.message)) {
          errnoError(EINVAL);
        }
        osErrorFromDeno(e);
      }
      break;
    default:
      errnoError(ESPIPE);
  }
  return 0;
}

/** ftruncate(2). */
export function truncate(fd: number, length: number): void {
  const f = entry(fd);
  if (length < 0) errnoError(EINVAL);
  if (f.kind !== "file" || !f.writable) errnoError(f.kind === "mem" ? EBADF : EINVAL);
  try {
    f.file.truncateSync(length);
  } catch (e) {
    osErrorFromDeno(e, undefined, "--allow-write");
  }
}

function release(f: OpenFile): void {
  if (--f.refs > 0) return;
  if (f.kind === "file") {
    try {
      f.file.close();
    } catch {
      // already closed by Deno: nothing left to release
    }
  } else if (f.kind === "pipe") {
    if (f.end === "r") f.pipe.readers--;
    else f.pipe.writers--;
  }
}

export function close(fd: number): void {
  const f = entry(fd);
  current.fds.delete(fd);
  release(f);
}

export function isatty(fd: number): boolean {
  const f = current.fds.get(fd);
  if (f === undefined) return false;
  try {
    if (f.kind === "std") {
      return (f.which === 0 ? Deno.stdin : f.which === 1 ? Deno.stdout : Deno.stderr)
        .isTerminal();
    }
    if (f.kind === "file") return f.file.isTerminal();
  } catch {
    return false;
  }
  return false;
}

export function fsync(fd: number): void {
  const f = entry(fd);
  if (f.kind === "file") {
    try {
      f.file.syncSync();
    } catch (e) {
      osErrorFromDeno(e);
    }
  } else if (f.kind !== "std") errnoError(EINVAL);
}

export function fstat(fd: number): FileStat {
  const f = entry(fd);
  switch (f.kind) {
    case "file":
      try {
        return fromDeno(f.file.statSync());
      } catch (e) {
        osErrorFromDeno(e);
      }
      break;
    case "mem": {
      const dir = f.data.length === 0 && isMountedDir(f.path);
      return mountedStat({ isDirectory: dir, size: f.data.length });
    }
    case "pipe":
      return { ...mountedStat({ isDirectory: false, size: 0 }), mode: S_IFIFO | 0o600 };
    case "std":
      return {
        ...mountedStat({ isDirectory: false, size: 0 }),
        mode: (isatty(fd) ? S_IFCHR : S_IFIFO) | 0o620,
      };
  }
  errnoError(EBADF);
}

/** dup(2): a new descriptor sharing the open file description. */
export function dup(fd: number, minFd = 0): number {
  const f = entry(fd);
  const nfd = lowestFree(minFd);
  f.refs++;
  current.fds.set(nfd, f);
  return nfd;
}

/** dup2(2): makes fd2 refer to fd's open file description. */
export function dup2(fd: number, fd2: number): number {
  const f = entry(fd);
  if (fd2 < 0) errnoError(EBADF);
  if (fd === fd2) return fd2;
  const old = current.fds.get(fd2);
  f.refs++;
  current.fds.set(fd2, f);
  if (old !== undefined) release(old);
  return fd2;
}

/** pipe(2), in memory: [read end, write end]. */
export function pipe(): [number, number] {
  const p: Pipe = { chunks: [], readers: 1, writers: 1 };
  const r = lowestFree(3);
  current.fds.set(r, { kind: "pipe", pipe: p, end: "r", refs: 1 });
  const w = lowestFree(3);
  current.fds.set(w, { kind: "pipe", pipe: p, end: "w", refs: 1 });
  return [r, w];
}

/** Whether a descriptor may be read / written (for _io's mode checks). */
export function fdAccess(fd: number): { readable: boolean; writable: boolean } {
  const f = entry(fd);
  switch (f.kind) {
    case "file":
      return { readable: f.readable, writable: f.writable };
    case "mem":
      return { readable: true, writable: false };
    case "pipe":
      return { readable: f.end === "r", writable: f.end === "w" };
    case "std":
      return { readable: f.which === 0, writable: f.which !== 0 };
  }
}

/** Whether a descriptor supports seeking. */
export function seekable(fd: number): boolean {
  const f = entry(fd);
  if (f.kind === "mem") return true;
  if (f.kind !== "file") return false;
  try {
    f.file.seekSync(0, Deno.SeekMode.Current);
    return true;
  } catch {
    return false;
  }
}

/** Whole file contents by path (the import system's read). */
export function readFile(path: string): Uint8Array {
  const fd = open(path, O_RDONLY);
  try {
    return readAll(fd);
  } finally {
    close(fd);
  }
}

export { EACCES, EBADF, EEXIST, EINVAL, EISDIR, ENOENT, ENOTDIR, ENOTEMPTY, EROFS };
