// BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair (bufferedio.c). One JS
// class keeps a read buffer (rbuf[rpos..rlen]) and a write buffer (wbuf[0..wlen]); the raw
// stream's position is the logical one plus the unread readahead minus the unwritten bytes.
// A raw stream that is exactly FileIO is driven directly; any other goes through its Python
// methods (readinto, write, seek, tell, ...).
import { None, type PyType, type PyValue } from "../../objects/object.ts";
import {
  bindArgs,
  checkArgs,
  defineGetter,
  defineMethods,
} from "../../objects/builtin_function.ts";
import {
  isBaseException,
  newException,
  PyExc_BlockingIOError,
  PyExc_OSError,
  PyExc_ValueError,
  stopIteration,
} from "../../objects/exceptions.ts";
import {
  asIndex,
  callMethod,
  getAttr,
  getAttrOrUndefined,
  isTrue,
  repr,
} from "../../objects/abstract.ts";
import { PyByteArray, PyBytes } from "../../objects/bytes.ts";
import { newMemoryView, releaseView } from "../../objects/memoryview.ts";
import {
  attrClosed,
  concatBytes,
  DEFAULT_BUFFER_SIZE,
  indexArg,
  makeIOType,
  requireBytesLike,
  sizeArg,
  typeError,
  unsupported,
  valueError,
  type WritableBuffer,
  writableBuffer,
} from "./common.ts";
import { bufferedIOBaseType, PyIOBase } from "./iobase.ts";
import {
  fileIORead,
  fileIOReadAll,
  fileIOSeek,
  fileIOType,
  fileIOWrite,
  PyFileIO,
} from "./fileio.ts";

const EMPTY = new Uint8Array(0);

export class PyBuffered extends PyIOBase {
  raw: PyValue | null = null;
  /** The raw stream when it is exactly a FileIO (driven without Python calls). */
  fastRaw: PyFileIO | null = null;
  ok = false;
  detached = false;
  readable = false;
  writable = false;
  bufferSize = DEFAULT_BUFFER_SIZE;
  rbuf: Uint8Array = EMPTY;
  rpos = 0;
  rlen = 0;
  wbuf: Uint8Array = EMPTY;
  wlen = 0;
  finalizing = false;
}

export const bufferedReaderType: PyType = makeIOType(
  "BufferedReader",
  bufferedIOBaseType,
  (cls) => new PyBuffered(cls),
);
export const bufferedWriterType: PyType = makeIOType(
  "BufferedWriter",
  bufferedIOBaseType,
  (cls) => new PyBuffered(cls),
);
export const bufferedRandomType: PyType = makeIOType(
  "BufferedRandom",
  bufferedIOBaseType,
  (cls) => new PyBuffered(cls),
);

const B = (v: PyValue) => v as PyBuffered;

function checkInit(b: PyBuffered): PyValue {
  if (!b.ok) {
    if (b.detached) valueError("raw stream has been detached");
    valueError("I/O operation on uninitialized object");
  }
  return b.raw!;
}

export function bufferedIsClosed(b: PyBuffered): boolean {
  const raw = checkInit(b);
  if (b.fastRaw !== null) return b.fastRaw.fd < 0;
  return attrClosed(raw);
}

function checkClosed(b: PyBuffered, message: string): void {
  if (bufferedIsClosed(b) && b.rlen - b.rpos === 0) valueError(message);
}

// ---- raw calls --------------------------------------------------------------------------------

/** raw.readinto() of up to n bytes: the data, or null when the raw stream would block. */
function rawRead(b: PyBuffered, n: number): Uint8Array | null {
  if (b.fastRaw !== null) return fileIORead(b.fastRaw, n);
  const arr = new PyByteArray(new Array(n).fill(0));
  const view = newMemoryView(arr);
  let r: PyValue;
  try {
    r = callMethod(b.raw!, "readinto", [view]);
  } finally {
    // The raw stream must not keep the buffer (CPython releases it after the call too).
    releaseView(view);
  }
  if (r === None) return null;
  const got = Number(asIndex(r));
  if (got < 0 || got > n) {
    throw newException(PyExc_OSError, [
      `raw readinto() returned invalid length ${got} (should have been between 0 and ${n})`,
    ]);
  }
  return Uint8Array.from(arr.data.slice(0, got));
}

function rawWrite(b: PyBuffered, data: Uint8Array): number | null {
  if (b.fastRaw !== null) return fileIOWrite(b.fastRaw, data);
  const r = callMethod(b.raw!, "write", [new PyBytes(data)]);
  if (r === None) return null;
  const n = Number(asIndex(r));
  if (n < 0 || n > data.length) {
    throw newException(PyExc_OSError, [
      `raw write() returned invalid length ${n} (should have been between 0 and ${data.length})`,
    ]);
  }
  return n;
}

function rawSeek(b: PyBuffered, pos: number, whence: number): number {
  if (b.fastRaw !== null) return fileIOSeek(b.fastRaw, pos, whence);
  const r = Number(asIndex(callMethod(b.raw!, "seek", [pos, whence])));
  if (r < 0) {
    throw newException(PyExc_OSError, [`Raw stream returned invalid position ${r}`]);
  }
  return r;
}

function rawTell(b: PyBuffered): number {
  if (b.fastRaw !== null) return fileIOSeek(b.fastRaw, 0, 1);
  const r = Number(asIndex(callMethod(b.raw!, "tell", [])));
  if (r < 0) {
    throw newException(PyExc_OSError, [`Raw stream returned invalid position ${r}`]);
  }
  return r;
}

// ---- writing ------------------------------------------------------------------------------------

function blockingError(written: number): never {
  throw newException(PyExc_BlockingIOError, [
    11,
    "write could not complete without blocking",
    written,
  ]);
}

/** Writes out the write buffer. */
export function flushWrites(b: PyBuffered): void {
  let off = 0;
  while (off < b.wlen) {
    const n = rawWrite(b, b.wbuf.subarray(off, b.wlen));
    if (n === null) {
      b.wbuf.copyWithin(0, off, b.wlen);
      b.wlen -= off;
      blockingError(0);
    }
    off += n!;
  }
  b.wlen = 0;
}

/** Drops the readahead, moving the raw stream back to the logical position. */
function dropReadahead(b: PyBuffered): void {
  const avail = b.rlen - b.rpos;
  if (avail > 0) rawSeek(b, -avail, 1);
  b.rpos = b.rlen = 0;
}

export function bufferedWrite(b: PyBuffered, data: Uint8Array): number {
  checkInit(b);
  if (bufferedIsClosed(b)) valueError("write to closed file");
  if (b.rlen > b.rpos) dropReadahead(b);
  else b.rpos = b.rlen = 0;
  const n = data.length;
  if (b.wlen + n <= b.bufferSize) {
    if (b.wbuf.length < b.bufferSize) {
      const nb = new Uint8Array(b.bufferSize);
      nb.set(b.wbuf.subarray(0, b.wlen));
      b.wbuf = nb;
    }
    b.wbuf.set(data, b.wlen);
    b.wlen += n;
    return n;
  }
  flushWrites(b);
  if (n >= b.bufferSize) {
    let off = 0;
    while (off < n) {
      const k = rawWrite(b, data.subarray(off));
      if (k === null) blockingError(off);
      off += k!;
    }
    return n;
  }
  if (b.wbuf.length < b.bufferSize) b.wbuf = new Uint8Array(b.bufferSize);
  b.wbuf.set(data, 0);
  b.wlen = n;
  return n;
}

/** flush(): write out pending data and put the raw stream at the logical position. */
export function bufferedFlush(b: PyBuffered): void {
  checkInit(b);
  if (bufferedIsClosed(b)) valueError("flush of closed file");
  if (b.writable) flushWrites(b);
  if (b.readable && b.rlen > b.rpos && b.writable) dropReadahead(b);
}

// ---- reading ------------------------------------------------------------------------------------

/** Refills the (empty) read buffer with one raw read; returns bytes read or null. */
function fill(b: PyBuffered): number | null {
  if (b.rbuf.length < b.bufferSize) b.rbuf = new Uint8Array(b.bufferSize);
  b.rpos = b.rlen = 0;
  const data = rawRead(b, b.bufferSize);
  if (data === null) return null;
  b.rbuf.set(data, 0);
  b.rlen = data.length;
  return data.length;
}

function prepareRead(b: PyBuffered): void {
  if (b.writable && b.wlen > 0) flushWrites(b);
}

function readAll(b: PyBuffered): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  if (b.rlen > b.rpos) chunks.push(b.rbuf.slice(b.rpos, b.rlen));
  b.rpos = b.rlen = 0;
  if (b.fastRaw !== null) {
    const rest = fileIOReadAll(b.fastRaw);
    if (rest === null) return chunks.length === 0 ? null : concatBytes(chunks);
    chunks.push(rest);
    return concatBytes(chunks);
  }
  const readall = getAttrOrUndefined(b.raw!, "readall");
  if (readall !== undefined) {
    const r = callMethod(b.raw!, "readall", []);
    if (r === None) return chunks.length === 0 ? null : concatBytes(chunks);
    if (!(r instanceof PyBytes)) {
      typeError("readall() should return bytes");
    }
    chunks.push(r.bytes);
    return chunks.length === 0 ? EMPTY : concatBytes(chunks);
  }
  for (;;) {
    const r = callMethod(b.raw!, "read", []);
    if (r === None) return chunks.length === 0 ? null : concatBytes(chunks);
    const data = requireBytesLike(r);
    if (data.length === 0) break;
    chunks.push(data);
  }
  return chunks.length === 0 ? EMPTY : concatBytes(chunks);
}

export function bufferedRead(b: PyBuffered, n: number): Uint8Array | null {
  checkInit(b);
  if (n < -1) valueError("read length must be non-negative or -1");
  checkClosed(b, "read of closed file");
  if (n === -1) {
    prepareRead(b);
    return readAll(b);
  }
  const avail = b.rlen - b.rpos;
  if (n <= avail) {
    const out = b.rbuf.slice(b.rpos, b.rpos + n);
    b.rpos += n;
    return out;
  }
  prepareRead(b);
  const chunks: Uint8Array[] = [];
  let got = 0;
  if (avail > 0) {
    chunks.push(b.rbuf.slice(b.rpos, b.rlen));
    got = avail;
  }
  b.rpos = b.rlen = 0;
  while (got < n) {
    const remaining = n - got;
    if (remaining >= b.bufferSize) {
      const data = rawRead(b, remaining - (remaining % b.bufferSize));
      if (data === null) {
        if (got === 0) return null;
        break;
      }
      if (data.length === 0) break;
      chunks.push(data.slice());
      got += data.length;
      continue;
    }
    const k = fill(b);
    if (k === null) {
      if (got === 0) return null;
      break;
    }
    if (k === 0) break;
    const take = Math.min(k, remaining);
    chunks.push(b.rbuf.slice(0, take));
    b.rpos = take;
    got += take;
  }
  return chunks.length === 0 ? EMPTY : concatBytes(chunks, got);
}

function bufferedPeek(b: PyBuffered): Uint8Array {
  checkInit(b);
  checkClosed(b, "peek of closed file");
  if (b.rlen > b.rpos) return b.rbuf.slice(b.rpos, b.rlen);
  prepareRead(b);
  fill(b);
  return b.rbuf.slice(b.rpos, b.rlen);
}

export function bufferedRead1(b: PyBuffered, n: number): Uint8Array {
  checkInit(b);
  if (n < 0) n = b.bufferSize;
  checkClosed(b, "read of closed file");
  if (n === 0) return EMPTY;
  const avail = b.rlen - b.rpos;
  if (avail > 0) {
    const k = Math.min(avail, n);
    const out = b.rbuf.slice(b.rpos, b.rpos + k);
    b.rpos += k;
    return out;
  }
  prepareRead(b);
  b.rpos = b.rlen = 0;
  // Nothing buffered: one raw read, straight to the caller (as CPython).
  return rawRead(b, n) ?? EMPTY;
}

function bufferedReadline(b: PyBuffered, limit: number): Uint8Array {
  checkInit(b);
  checkClosed(b, "readline of closed file");
  const chunks: Uint8Array[] = [];
  let got = 0;
  let first = true;
  for (;;) {
    if (b.rlen === b.rpos) {
      if (first) prepareRead(b);
      const k = fill(b);
      if (k === null || k === 0) break;
    }
    first = false;
    let end = b.rbuf.subarray(b.rpos, b.rlen).indexOf(10);
    const found = end >= 0;
    end = found ? b.rpos + end + 1 : b.rlen;
    if (limit >= 0 && got + (end - b.rpos) >= limit) {
      end = b.rpos + (limit - got);
      chunks.push(b.rbuf.slice(b.rpos, end));
      got += end - b.rpos;
      b.rpos = end;
      break;
    }
    chunks.push(b.rbuf.slice(b.rpos, end));
    got += end - b.rpos;
    b.rpos = end;
    if (found) break;
  }
  return chunks.length === 0 ? EMPTY : concatBytes(chunks, got);
}

/** readinto / readinto1 (CPython 3.11's _buffered_readinto_generic). */
function bufferedReadinto(b: PyBuffered, buf: WritableBuffer, once: boolean): PyValue {
  checkInit(b);
  checkClosed(b, "readinto of closed file");
  const len = buf.length;
  let written = 0;
  const avail = b.rlen - b.rpos;
  if (avail > 0) {
    if (avail >= len) {
      buf.set(b.rbuf.subarray(b.rpos, b.rpos + len), 0);
      b.rpos += len;
      return len;
    }
    buf.set(b.rbuf.subarray(b.rpos, b.rlen), 0);
    written = avail;
  }
  prepareRead(b);
  b.rpos = b.rlen = 0;
  let remaining = len - written;
  while (remaining > 0) {
    let n: number | null;
    if (remaining > b.bufferSize) {
      const data = rawRead(b, remaining);
      n = data === null ? null : data.length;
      if (data !== null) buf.set(data, written);
    } else {
      n = fill(b);
      if (n !== null && n > 0) {
        const take = Math.min(n, remaining);
        buf.set(b.rbuf.subarray(0, take), written);
        b.rpos = take;
        written += take;
        remaining -= take;
        continue;
      }
    }
    if (n === 0 || (n === null && written > 0)) break;
    if (n === null) return None;
    written += n;
    remaining -= n;
    if (once) break;
  }
  return written;
}

export function bufferedTell(b: PyBuffered): number {
  checkInit(b);
  const pos = rawTell(b) - (b.rlen - b.rpos) + b.wlen;
  return pos < 0 ? 0 : pos;
}

export function bufferedSeek(b: PyBuffered, target: number, whence: number): number {
  checkInit(b);
  // 3 and 4 are SEEK_DATA / SEEK_HOLE: passed on to the raw stream, as on Linux.
  if (whence < 0 || whence > 4) valueError(`whence value ${whence} unsupported`);
  checkClosed(b, "seek of closed file");
  if (b.fastRaw === null) {
    const r = callMethod(b.raw!, "seekable", []);
    if (!isTrue(r)) unsupported("File or stream is not seekable.");
  }
  const avail = b.rlen - b.rpos;
  if (whence < 2 && b.readable && avail > 0 && b.wlen === 0) {
    const current = rawTell(b);
    const offset = whence === 0 ? target - (current - avail) : target;
    if (offset >= -b.rpos && offset <= avail) {
      b.rpos += offset;
      return current - avail + offset;
    }
  }
  if (b.writable) flushWrites(b);
  if (whence === 1) target -= b.rlen - b.rpos;
  b.rpos = b.rlen = 0;
  return rawSeek(b, target, whence);
}

export function bufferedClose(b: PyBuffered): void {
  checkInit(b);
  if (bufferedIsClosed(b)) return;
  let error: unknown = undefined;
  try {
    if (b.fastRaw !== null || b.cls === bufferedReaderType) {
      if (b.writable) bufferedFlush(b);
    } else callMethod(b, "flush", []);
  } catch (e) {
    error = e;
  }
  try {
    callMethod(b.raw!, "close", []);
  } catch (e) {
    if (error !== undefined && isBaseException(e)) {
      (e as unknown as { context: PyValue }).context ??= error as PyValue;
    }
    error = e;
  }
  b.rbuf = EMPTY;
  b.rpos = b.rlen = 0;
  if (error !== undefined) throw error;
}

function checkRawCapability(raw: PyValue, name: string, message: string): void {
  const r = callMethod(raw, name, []);
  if (r !== true) unsupported(message);
}

function bufferedInit(
  b: PyBuffered,
  args: PyValue[],
  kw: readonly string[] | null,
  fname: string,
  readable: boolean,
  writable: boolean,
): void {
  const [raw, size] = bindArgs(fname, args, kw, ["raw", "buffer_size"], 1, 1);
  b.ok = false;
  b.detached = false;
  if (readable && writable) {
    checkRawCapability(raw!, "seekable", "File or stream is not seekable.");
  }
  if (readable) checkRawCapability(raw!, "readable", "File or stream is not readable.");
  if (writable) checkRawCapability(raw!, "writable", "File or stream is not writable.");
  const n = size === undefined ? DEFAULT_BUFFER_SIZE : indexArg(size);
  if (n <= 0) valueError("buffer size must be strictly positive");
  b.raw = raw!;
  b.fastRaw = typeof raw === "object" && raw.cls === fileIOType ? raw as PyFileIO : null;
  b.readable = readable;
  b.writable = writable;
  b.bufferSize = n;
  b.rbuf = EMPTY;
  b.wbuf = EMPTY;
  b.rpos = b.rlen = b.wlen = 0;
  b.ok = true;
}

/** Methods shared by the three buffered classes (those that make sense for the kind). */
function sharedMethods(type: PyType, readable: boolean, writable: boolean): void {
  const fname = type.name;
  defineMethods(type, {
    __init__(args, kw) {
      bufferedInit(B(args[0]), args, kw, fname, readable, writable);
      return None;
    },
    detach(args, kw) {
      checkArgs("detach", args, kw, 0, 0, 1);
      const b = B(args[0]);
      const raw = checkInit(b);
      callMethod(b, "flush", []);
      b.raw = null;
      b.fastRaw = null;
      b.ok = false;
      b.detached = true;
      return raw;
    },
    flush(args, kw) {
      checkArgs("flush", args, kw, 0, 0, 1);
      const b = B(args[0]);
      if (!writable) {
        const raw = checkInit(b);
        return callMethod(raw, "flush", []);
      }
      bufferedFlush(b);
      return None;
    },
    close(args, kw) {
      checkArgs("close", args, kw, 0, 0, 1);
      bufferedClose(B(args[0]));
      return None;
    },
    seekable(args) {
      return callMethod(checkInit(B(args[0])), "seekable", []);
    },
    fileno(args) {
      return callMethod(checkInit(B(args[0])), "fileno", []);
    },
    isatty(args) {
      return callMethod(checkInit(B(args[0])), "isatty", []);
    },
    _dealloc_warn: () => None,
    seek(args, kw) {
      checkArgs("seek", args, kw, 1, 2, 1);
      const b = B(args[0]);
      const target = indexArg(args[1]);
      const whence = args[2] === undefined ? 0 : indexArg(args[2]);
      return bufferedSeek(b, target, whence);
    },
    tell(args, kw) {
      checkArgs("tell", args, kw, 0, 0, 1);
      return bufferedTell(B(args[0]));
    },
    truncate(args, kw) {
      checkArgs("truncate", args, kw, 0, 1, 1);
      const b = B(args[0]);
      checkInit(b);
      checkClosed(b, "truncate of closed file");
      if (!b.writable) unsupported("truncate");
      bufferedFlush(b);
      const pos = args[1] === undefined || args[1] === None ? bufferedTell(b) : args[1];
      const r = callMethod(b.raw!, "truncate", [pos]);
      b.rpos = b.rlen = 0;
      return r;
    },
    __repr__(args) {
      const b = B(args[0]);
      const tname = `_io.${type.name}`;
      let name: PyValue | undefined;
      try {
        name = getAttrOrUndefined(b, "name");
      } catch (e) {
        if (!(isBaseException(e) && e.cls.mro.includes(PyExc_ValueError))) throw e;
        name = undefined;
      }
      return name === undefined ? `<${tname}>` : `<${tname} name=${repr(name)}>`;
    },
    __sizeof__(args) {
      return 96 + B(args[0]).bufferSize;
    },
  });
  if (readable) {
    defineMethods(type, {
      readable(args) {
        return callMethod(checkInit(B(args[0])), "readable", []);
      },
      read(args, kw) {
        checkArgs("read", args, kw, 0, 1, 1);
        const r = bufferedRead(B(args[0]), sizeArg(args[1]));
        return r === null ? None : new PyBytes(r);
      },
      peek(args, kw) {
        checkArgs("peek", args, kw, 0, 1, 1);
        return new PyBytes(bufferedPeek(B(args[0])));
      },
      read1(args, kw) {
        checkArgs("read1", args, kw, 0, 1, 1);
        return new PyBytes(bufferedRead1(B(args[0]), sizeArg(args[1])));
      },
      readinto(args, kw) {
        checkArgs("readinto", args, kw, 1, 1, 1);
        return bufferedReadinto(B(args[0]), writableBuffer(args[1], "readinto"), false);
      },
      readinto1(args, kw) {
        checkArgs("readinto1", args, kw, 1, 1, 1);
        return bufferedReadinto(B(args[0]), writableBuffer(args[1], "readinto1"), true);
      },
      readline(args, kw) {
        checkArgs("readline", args, kw, 0, 1, 1);
        return new PyBytes(bufferedReadline(B(args[0]), sizeArg(args[1])));
      },
      __next__(args) {
        const v = type.tp_iternext!(B(args[0]));
        if (v === undefined) throw stopIteration(None);
        return v;
      },
    });
    type.tp_iternext = (o) => {
      const b = o as PyBuffered;
      if (b.cls !== type) {
        const line = callMethod(b, "readline", []);
        return requireBytesLike(line).length === 0 ? undefined : line;
      }
      const line = bufferedReadline(b, -1);
      return line.length === 0 ? undefined : new PyBytes(line);
    };
  }
  if (writable) {
    defineMethods(type, {
      writable(args) {
        return callMethod(checkInit(B(args[0])), "writable", []);
      },
      write(args, kw) {
        checkArgs("write", args, kw, 1, 1, 1);
        const b = B(args[0]);
        checkInit(b);
        return bufferedWrite(b, requireBytesLike(args[1]));
      },
    });
  }
  defineGetter(type, "raw", (b) => B(b).raw ?? None);
  defineGetter(type, "closed", (b) => {
    const raw = checkInit(B(b));
    return getAttr(raw, "closed");
  });
  defineGetter(type, "name", (b) => getAttr(checkInit(B(b)), "name"));
  defineGetter(type, "mode", (b) => getAttr(checkInit(B(b)), "mode"));
  defineGetter(type, "_finalizing", (b) => B(b).finalizing);
}

sharedMethods(bufferedReaderType, true, false);
sharedMethods(bufferedWriterType, false, true);
sharedMethods(bufferedRandomType, true, true);

// ---- BufferedRWPair -----------------------------------------------------------------------------

export class PyRWPair extends PyIOBase {
  reader: PyBuffered | null = null;
  writer: PyBuffered | null = null;
}

export const bufferedRWPairType: PyType = makeIOType(
  "BufferedRWPair",
  bufferedIOBaseType,
  (cls) => new PyRWPair(cls),
);

const P = (v: PyValue): PyRWPair => {
  const p = v as PyRWPair;
  if (p.reader === null || p.writer === null) {
    valueError("I/O operation on uninitialized object");
  }
  return p;
};

function forward(side: "reader" | "writer", name: string) {
  return (args: PyValue[]) => callMethod(P(args[0])[side]!, name, args.slice(1));
}

defineMethods(bufferedRWPairType, {
  __init__(args, kw) {
    if (kw !== null && kw.length > 0) typeError("BufferedRWPair() takes no keyword arguments");
    checkArgs("BufferedRWPair", args, kw, 2, 3, 1);
    const [, reader, writer, size] = args;
    checkRawCapability(reader!, "readable", "File or stream is not readable.");
    checkRawCapability(writer!, "writable", "File or stream is not writable.");
    const p = args[0] as PyRWPair;
    const r = new PyBuffered(bufferedReaderType);
    const w = new PyBuffered(bufferedWriterType);
    const sizeArgs = size === undefined ? [] : [size];
    bufferedInit(r, [r, reader!, ...sizeArgs], null, "BufferedReader", true, false);
    bufferedInit(w, [w, writer!, ...sizeArgs], null, "BufferedWriter", false, true);
    p.reader = r;
    p.writer = w;
    return None;
  },
  read: forward("reader", "read"),
  peek: forward("reader", "peek"),
  read1: forward("reader", "read1"),
  readinto: forward("reader", "readinto"),
  readinto1: forward("reader", "readinto1"),
  write: forward("writer", "write"),
  flush: forward("writer", "flush"),
  readable: forward("reader", "readable"),
  writable: forward("writer", "writable"),
  close(args) {
    const p = P(args[0]);
    let error: unknown = undefined;
    try {
      callMethod(p.writer!, "close", []);
    } catch (e) {
      error = e;
    }
    try {
      callMethod(p.reader!, "close", []);
    } catch (e) {
      error ??= e;
    }
    if (error !== undefined) throw error;
    return None;
  },
  isatty(args) {
    const p = P(args[0]);
    if (isTrue(callMethod(p.writer!, "isatty", []))) return true;
    return callMethod(p.reader!, "isatty", []);
  },
});
defineGetter(bufferedRWPairType, "closed", (p) => getAttr(P(p).writer!, "closed"));
