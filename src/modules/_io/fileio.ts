// _io.FileIO: raw binary I/O on a file descriptor of the file system layer (fileio.c).
import { None, PyDict, type PyType, type PyValue, typeOf } from "../../objects/object.ts";
import {
  bindArgs,
  checkArgs,
  defineGetter,
  defineMethods,
} from "../../objects/builtin_function.ts";
import { newException, PyExc_IsADirectoryError, PyOSError } from "../../objects/exceptions.ts";
import {
  call,
  callMethod,
  getAttrOrUndefined,
  isTrue,
  lookupSpecial,
  repr,
} from "../../objects/abstract.ts";
import { intValue } from "../../objects/int.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { strValue } from "../../objects/str.ts";
import * as fs from "../../runtime/file_system.ts";
import {
  indexArg,
  makeIOType,
  requireBytesLike,
  sizeArg,
  typeError,
  unsupported,
  valueError,
  writableBuffer,
} from "./common.ts";
import { PyIOBase, rawIOBaseType } from "./iobase.ts";
import { isattyFd, readFd, writeFd } from "./sinks.ts";

export class PyFileIO extends PyIOBase {
  fd = -1;
  readable = false;
  writable = false;
  appending = false;
  created = false;
  closefd = true;
  /** -1 unknown, else 0/1. */
  seekableCache = -1;
  blksize = 8192;
  finalizing = false;
}

export const fileIOType: PyType = makeIOType("FileIO", rawIOBaseType, (cls) => new PyFileIO(cls));

const F = (v: PyValue) => v as PyFileIO;

function checkOpen(f: PyFileIO): void {
  if (f.fd < 0) valueError("I/O operation on closed file");
}

function checkReadable(f: PyFileIO): void {
  checkOpen(f);
  if (!f.readable) unsupported("File not open for reading");
}

function checkWritable(f: PyFileIO): void {
  checkOpen(f);
  if (!f.writable) unsupported("File not open for writing");
}

/** A path argument as text (str, bytes or os.PathLike); CPython's PyUnicode_FSConverter. */
export function fsPath(v: PyValue): string {
  let p: PyValue = v;
  if (strValue(p) === undefined && !(p instanceof PyBytes)) {
    const fspath = lookupSpecial(p, "__fspath__");
    if (fspath === undefined) {
      typeError(`expected str, bytes or os.PathLike object, not ${typeOf(v).name}`);
    }
    p = callMethod(p, "__fspath__", []);
    if (strValue(p) === undefined && !(p instanceof PyBytes)) {
      typeError(
        `expected ${typeOf(v).name}.__fspath__() to return str or bytes, not ${typeOf(p).name}`,
      );
    }
  }
  const s = p instanceof PyBytes ? new TextDecoder().decode(p.bytes) : strValue(p)!;
  if (s.includes("\0")) valueError("embedded null byte");
  return s;
}

/** FileIO.__init__(file, mode='r', closefd=True, opener=None). */
export function fileIOInit(
  f: PyFileIO,
  file: PyValue,
  mode: string,
  closefd: boolean,
  opener: PyValue,
): void {
  if (f.fd >= 0) {
    // Re-initialising an open FileIO closes the old descriptor first (as CPython does).
    if (f.closefd) fs.close(f.fd);
    f.fd = -1;
  }
  let fdArg = -1;
  if (typeof file === "number" || typeof file === "boolean" || typeof file === "bigint") {
    const n = Number(file);
    if (n < 0) valueError("negative file descriptor");
    fdArg = n;
  } else if (typeof file === "object" && intValue(file) !== undefined) {
    fdArg = Number(intValue(file));
    if (fdArg < 0) valueError("negative file descriptor");
  }
  let path = "";
  if (fdArg < 0) path = fsPath(file);
  let rwa = false, plus = false;
  let readable = false, writable = false, created = false, appending = false;
  let flags = 0;
  for (const c of mode) {
    switch (c) {
      case "x":
      case "r":
      case "w":
      case "a":
        if (rwa) badMode();
        rwa = true;
        if (c === "x") {
          created = writable = true;
          flags |= fs.O_EXCL | fs.O_CREAT;
        } else if (c === "r") readable = true;
        else if (c === "w") {
          writable = true;
          flags |= fs.O_CREAT | fs.O_TRUNC;
        } else {
          writable = appending = true;
          flags |= fs.O_APPEND | fs.O_CREAT;
        }
        break;
      case "+":
        if (plus) badMode();
        readable = writable = plus = true;
        break;
      case "b":
        break;
      default:
        valueError(`invalid mode: ${mode}`);
    }
  }
  if (!rwa) badMode();
  flags |= readable && writable ? fs.O_RDWR : readable ? fs.O_RDONLY : fs.O_WRONLY;
  f.readable = readable;
  f.writable = writable;
  f.created = created;
  f.appending = appending;
  f.seekableCache = -1;
  let fd: number;
  if (fdArg >= 0) {
    fd = fdArg;
    f.closefd = closefd;
  } else {
    f.closefd = true;
    if (!closefd) valueError("Cannot use closefd=False with file name");
    if (opener === None) {
      fd = fs.open(path, flags, 0o666);
    } else {
      const r = call(opener, [file, flags], null);
      const n = intValue(r);
      if (n === undefined) typeError("expected integer from opener");
      fd = Number(n);
      if (fd < 0) valueError(`opener returned ${fd}`);
    }
  }
  try {
    const st = fs.fstat(fd);
    if ((st.mode & fs.S_IFMT) === fs.S_IFDIR) {
      throw newException(PyExc_IsADirectoryError, [21, "Is a directory", file]);
    }
    if (st.blksize > 1) f.blksize = st.blksize;
  } catch (e) {
    if (fdArg < 0) {
      try {
        fs.close(fd);
      } catch { /* already gone */ }
    }
    throw e;
  }
  f.fd = fd;
  f.dict ??= new PyDict();
  f.dict.setStr("name", file);
  if (appending) {
    // Start at the end, as CPython's lseek(fd, 0, SEEK_END) for 'a' mode.
    try {
      fs.seek(fd, 0, 2);
    } catch { /* not seekable: fine */ }
  }
}

function badMode(): never {
  return valueError(
    "Must have exactly one of create/read/write/append mode and at most one plus",
  );
}

export function fileIOModeString(f: PyFileIO): string {
  if (f.created) return f.readable ? "xb+" : "xb";
  if (f.appending) return f.readable ? "ab+" : "ab";
  if (f.readable) return f.writable ? "rb+" : "rb";
  return "wb";
}

/** FileIO.read(n) as bytes (null when the read would block). */
export function fileIORead(f: PyFileIO, n: number): Uint8Array | null {
  checkReadable(f);
  if (n < 0) return fileIOReadAll(f);
  try {
    return readFd(f.fd, n);
  } catch (e) {
    if (isEagain(e)) return null;
    throw e;
  }
}

export function fileIOReadAll(f: PyFileIO): Uint8Array | null {
  checkReadable(f);
  try {
    return f.fd <= 2 ? readAllFd(f.fd) : fs.readAll(f.fd);
  } catch (e) {
    if (isEagain(e)) return null;
    throw e;
  }
}

function readAllFd(fd: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const c = readFd(fd, 65536);
    if (c.length === 0) break;
    chunks.push(c.slice());
    total += c.length;
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function isEagain(e: unknown): boolean {
  return e instanceof PyOSError && e.errno === 11;
}

export function fileIOWrite(f: PyFileIO, data: Uint8Array): number {
  checkWritable(f);
  return writeFd(f.fd, data);
}

export function fileIOSeek(f: PyFileIO, pos: number, whence: number): number {
  checkOpen(f);
  return fs.seek(f.fd, pos, whence);
}

export function fileIOClose(f: PyFileIO): void {
  if (f.fd < 0) return;
  const fd = f.fd;
  f.fd = -1;
  if (f.closefd) fs.close(fd);
}

export function fileIOSeekable(f: PyFileIO): boolean {
  checkOpen(f);
  if (f.seekableCache < 0) {
    let ok = true;
    try {
      fs.seek(f.fd, 0, 1);
    } catch {
      ok = false;
    }
    f.seekableCache = ok ? 1 : 0;
  }
  return f.seekableCache === 1;
}

defineMethods(fileIOType, {
  __init__(args, kw) {
    const [file, mode, closefd, opener] = bindArgs(
      "FileIO",
      args,
      kw,
      ["file", "mode", "closefd", "opener"],
      1,
      1,
    );
    let m = "r";
    if (mode !== undefined) {
      const s = strValue(mode);
      if (s === undefined) {
        typeError(`FileIO() argument 'mode' must be str, not ${typeOf(mode).name}`);
      }
      m = s!;
    }
    fileIOInit(
      F(args[0]),
      file!,
      m,
      closefd === undefined ? true : isTrue(closefd),
      opener ?? None,
    );
    return None;
  },
  read(args, kw) {
    checkArgs("read", args, kw, 0, 1, 1);
    const f = F(args[0]);
    const r = fileIORead(f, sizeArg(args[1]));
    return r === null ? None : new PyBytes(r);
  },
  readall(args, kw) {
    checkArgs("readall", args, kw, 0, 0, 1);
    const r = fileIOReadAll(F(args[0]));
    return r === null ? None : new PyBytes(r);
  },
  readinto(args, kw) {
    checkArgs("readinto", args, kw, 1, 1, 1);
    const f = F(args[0]);
    const buf = writableBuffer(args[1], "readinto");
    checkReadable(f);
    const data = fileIORead(f, buf.length);
    if (data === null) return None;
    buf.set(data, 0);
    return data.length;
  },
  write(args, kw) {
    checkArgs("write", args, kw, 1, 1, 1);
    const f = F(args[0]);
    checkWritable(f);
    return fileIOWrite(f, requireBytesLike(args[1]));
  },
  seek(args, kw) {
    checkArgs("seek", args, kw, 1, 2, 1);
    const f = F(args[0]);
    checkOpen(f);
    const pos = indexArg(args[1]);
    const whence = args[2] === undefined ? 0 : indexArg(args[2]);
    return fileIOSeek(f, pos, whence);
  },
  tell(args, kw) {
    checkArgs("tell", args, kw, 0, 0, 1);
    return fileIOSeek(F(args[0]), 0, 1);
  },
  truncate(args, kw) {
    checkArgs("truncate", args, kw, 0, 1, 1);
    const f = F(args[0]);
    checkOpen(f);
    if (!f.writable) unsupported("File not open for writing");
    const size = args[1] === undefined || args[1] === None
      ? fs.seek(f.fd, 0, 1)
      : indexArg(args[1]);
    fs.truncate(f.fd, size);
    return size;
  },
  close(args, kw) {
    checkArgs("close", args, kw, 0, 0, 1);
    const f = F(args[0]);
    // _RawIOBase.close (flush, mark closed) first, then release the descriptor.
    let error: unknown = undefined;
    try {
      const baseClose = rawIOBaseType.mro[1].dict.getStr("close")!;
      call(baseClose, [f], null);
    } catch (e) {
      error = e;
    }
    try {
      fileIOClose(f);
    } catch (e) {
      error ??= e;
    }
    if (error !== undefined) throw error;
    return None;
  },
  seekable(args, kw) {
    checkArgs("seekable", args, kw, 0, 0, 1);
    return fileIOSeekable(F(args[0]));
  },
  readable(args, kw) {
    checkArgs("readable", args, kw, 0, 0, 1);
    checkOpen(F(args[0]));
    return F(args[0]).readable;
  },
  writable(args, kw) {
    checkArgs("writable", args, kw, 0, 0, 1);
    checkOpen(F(args[0]));
    return F(args[0]).writable;
  },
  fileno(args, kw) {
    checkArgs("fileno", args, kw, 0, 0, 1);
    checkOpen(F(args[0]));
    return F(args[0]).fd;
  },
  isatty(args, kw) {
    checkArgs("isatty", args, kw, 0, 0, 1);
    checkOpen(F(args[0]));
    return isattyFd(F(args[0]).fd);
  },
  _dealloc_warn: () => None,
  __repr__(args) {
    const f = F(args[0]);
    const tname = `_io.${fileIOType.name}`;
    if (f.fd < 0) return `<${tname} [closed]>`;
    const name = getAttrOrUndefined(f, "name");
    const mode = fileIOModeString(f);
    const cf = f.closefd ? "True" : "False";
    if (name === undefined) return `<${tname} fd=${f.fd} mode='${mode}' closefd=${cf}>`;
    return `<${tname} name=${repr(name)} mode='${mode}' closefd=${cf}>`;
  },
});
defineGetter(fileIOType, "closed", (f) => F(f).fd < 0);
defineGetter(fileIOType, "closefd", (f) => F(f).closefd);
defineGetter(fileIOType, "mode", (f) => fileIOModeString(F(f)));
defineGetter(fileIOType, "_blksize", (f) => F(f).blksize);
defineGetter(fileIOType, "_finalizing", (f) => F(f).finalizing);
