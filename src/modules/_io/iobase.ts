// The abstract bases: _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase with the default
// methods CPython's iobase.c / bufferedio.c / textio.c give them. They work through Python
// attribute access (self.read, self.closed, ...) so that Python subclasses (io.py, _pyio, user
// classes) get CPython's behaviour.
import {
  None,
  objectType,
  PyDict,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
} from "../../objects/object.ts";
import { checkArgs, defineGetter, defineMethods } from "../../objects/builtin_function.ts";
import { pyError, PyExc_NotImplementedError, stopIteration } from "../../objects/exceptions.ts";
import {
  asIndex,
  callMethod,
  getAttrOrUndefined,
  getIter,
  iterNext,
  len,
} from "../../objects/abstract.ts";
import { PyByteArray, PyBytes } from "../../objects/bytes.ts";
import { PyList } from "../../objects/list.ts";
import {
  attrClosed,
  concatBytes,
  DEFAULT_BUFFER_SIZE,
  makeIOType,
  sizeArg,
  typeError,
  unsupported,
  valueError,
  writableBuffer,
} from "./common.ts";

/** Every _io object: the layout all _io types (and Python subclasses of the bases) share. */
export class PyIOBase extends PyObject {}

export const ioBaseType: PyType = makeIOType("_IOBase", objectType, (cls) => new PyIOBase(cls));
export const rawIOBaseType: PyType = makeIOType("_RawIOBase", ioBaseType, null);
export const bufferedIOBaseType: PyType = makeIOType("_BufferedIOBase", ioBaseType, null);
export const textIOBaseType: PyType = makeIOType("_TextIOBase", ioBaseType, null);

const CLOSED_ATTR = "__IOBase_closed";

/** Whether _IOBase.close() already ran on `self` (its `__IOBase_closed` marker). */
function baseIsClosed(self: PyValue): boolean {
  return typeof self === "object" && self.dict !== null &&
    self.dict.getStr(CLOSED_ATTR) !== undefined;
}

/** _checkClosed through `self.closed` (CPython's _PyIOBase_check_closed). */
export function checkClosedAttr(self: PyValue): void {
  if (attrClosed(self)) valueError("I/O operation on closed file.");
}

function checkBoolResult(self: PyValue, name: string, message: string): PyValue {
  const r = callMethod(self, name, []);
  if (r !== true) {
    if (typeof r !== "boolean") typeError(`${name}() should return a bool`);
    unsupported(message);
  }
  return true;
}

/** _IOBase.readline: peek() (when the object has one) to find the line end, then read(). */
export function ioBaseReadline(self: PyValue, limit: number): PyBytes {
  const peek = getAttrOrUndefined(self, "peek");
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (limit < 0 || total < limit) {
    let nreadahead = 1;
    if (peek !== undefined) {
      const ahead = callMethod(self, "peek", [1]);
      if (!(ahead instanceof PyBytes)) {
        typeError(`peek() should have returned a bytes object, not '${typeOf(ahead).name}'`);
      }
      const buf = ahead.bytes;
      if (buf.length > 0) {
        let n = 0;
        const max = limit >= 0 ? Math.min(buf.length, limit - total) : buf.length;
        while (n < max) {
          if (buf[n++] === 10) break;
        }
        nreadahead = n;
      }
    }
    const b = callMethod(self, "read", [nreadahead]);
    if (!(b instanceof PyBytes)) {
      typeError(`read() should have returned a bytes object, not '${typeOf(b).name}'`);
    }
    const data = b.bytes;
    if (data.length === 0) break;
    chunks.push(data);
    total += data.length;
    if (data[data.length - 1] === 10) break;
  }
  return new PyBytes(chunks.length === 0 ? new Uint8Array(0) : concatBytes(chunks, total));
}

/** _IOBase.readlines(hint): the lines up to a total size of at least `hint`. */
export function ioBaseReadlines(self: PyValue, hint: number): PyList {
  const out: PyValue[] = [];
  const it = getIter(self);
  let total = 0;
  for (let line = iterNext(it); line !== undefined; line = iterNext(it)) {
    out.push(line);
    if (hint > 0) {
      const n = len(line);
      if (n > hint - total) break;
      total += n;
    }
  }
  return new PyList(out);
}

defineMethods(ioBaseType, {
  seek(args) {
    void args;
    return unsupported("seek");
  },
  tell(args, kw) {
    checkArgs("tell", args, kw, 0, 0, 1);
    return callMethod(args[0], "seek", [0, 1]);
  },
  truncate() {
    return unsupported("truncate");
  },
  flush(args, kw) {
    checkArgs("flush", args, kw, 0, 0, 1);
    if (baseIsClosed(args[0])) valueError("I/O operation on closed file.");
    return None;
  },
  close(args, kw) {
    checkArgs("close", args, kw, 0, 0, 1);
    const self = args[0];
    if (baseIsClosed(self)) return None;
    let error: unknown = undefined;
    try {
      callMethod(self, "flush", []);
    } catch (e) {
      error = e;
    }
    const o = self as PyObject;
    o.dict ??= new PyDict();
    o.dict.setStr(CLOSED_ATTR, true);
    if (error !== undefined) throw error;
    return None;
  },
  seekable: () => false,
  readable: () => false,
  writable: () => false,
  _checkClosed(args) {
    checkClosedAttr(args[0]);
    return None;
  },
  _checkSeekable(args) {
    return checkBoolResult(args[0], "seekable", "File or stream is not seekable.");
  },
  _checkReadable(args) {
    return checkBoolResult(args[0], "readable", "File or stream is not readable.");
  },
  _checkWritable(args) {
    return checkBoolResult(args[0], "writable", "File or stream is not writable.");
  },
  fileno() {
    return unsupported("fileno");
  },
  isatty(args, kw) {
    checkArgs("isatty", args, kw, 0, 0, 1);
    checkClosedAttr(args[0]);
    return false;
  },
  __enter__(args) {
    checkClosedAttr(args[0]);
    return args[0];
  },
  __exit__(args) {
    return callMethod(args[0], "close", []);
  },
  readline(args, kw) {
    checkArgs("readline", args, kw, 0, 1, 1);
    return ioBaseReadline(args[0], sizeArg(args[1]));
  },
  readlines(args, kw) {
    checkArgs("readlines", args, kw, 0, 1, 1);
    return ioBaseReadlines(args[0], sizeArg(args[1]));
  },
  writelines(args, kw) {
    checkArgs("writelines", args, kw, 1, 1, 1);
    const self = args[0];
    checkClosedAttr(self);
    const it = getIter(args[1]);
    for (let line = iterNext(it); line !== undefined; line = iterNext(it)) {
      callMethod(self, "write", [line]);
    }
    return None;
  },
  __iter__(args) {
    checkClosedAttr(args[0]);
    return args[0];
  },
  __next__(args) {
    const v = ioBaseType.tp_iternext!(args[0] as PyObject);
    if (v === undefined) throw stopIteration(None);
    return v;
  },
});
ioBaseType.tp_iternext = (self) => {
  const line = callMethod(self, "readline", []);
  return len(line) === 0 ? undefined : line;
};
defineGetter(ioBaseType, "closed", (self) => baseIsClosed(self));
defineGetter(ioBaseType, "__dict__", (self) => {
  const o = self as PyObject;
  o.dict ??= new PyDict();
  return o.dict;
});

// ---- _RawIOBase ------------------------------------------------------------------------------

/** _RawIOBase.read(size): readinto() a fresh bytearray, or readall() for a negative size. */
defineMethods(rawIOBaseType, {
  read(args, kw) {
    checkArgs("read", args, kw, 0, 1, 1);
    const self = args[0];
    const n = sizeArg(args[1]);
    if (n < 0) return callMethod(self, "readall", []);
    const buf = newByteArray(n);
    const r = callMethod(self, "readinto", [buf]);
    if (r === None) return None;
    const got = Number(asIndex(r));
    if (got < 0 || got > n) valueError(`readinto returned ${got} outside buffer size ${n}`);
    return new PyBytes(Uint8Array.from(buf.data.slice(0, got)));
  },
  readall(args, kw) {
    checkArgs("readall", args, kw, 0, 0, 1);
    const chunks: Uint8Array[] = [];
    for (;;) {
      const data = callMethod(args[0], "read", [DEFAULT_BUFFER_SIZE]);
      if (data === None) {
        if (chunks.length === 0) return None;
        break;
      }
      if (!(data instanceof PyBytes)) typeError("read() should return bytes");
      if (data.bytes.length === 0) break;
      chunks.push(data.bytes);
    }
    return new PyBytes(chunks.length === 0 ? new Uint8Array(0) : concatBytes(chunks));
  },
  readinto() {
    throw pyError(PyExc_NotImplementedError);
  },
  write() {
    throw pyError(PyExc_NotImplementedError);
  },
});

function newByteArray(n: number): PyByteArray {
  return new PyByteArray(new Array(n).fill(0));
}

// ---- _BufferedIOBase -------------------------------------------------------------------------

function bufferedReadintoGeneric(args: PyValue[], method: "read" | "read1"): PyValue {
  const self = args[0];
  const buf = writableBuffer(args[1], method === "read" ? "readinto" : "readinto1");
  const data = callMethod(self, method, [buf.length]);
  const bytes = data instanceof PyBytes ? data.bytes : undefined;
  if (bytes === undefined) typeError("read() should return bytes");
  if (bytes!.length > buf.length) {
    valueError(
      `read() returned too much data: ${buf.length} bytes requested, ${bytes!.length} returned`,
    );
  }
  buf.set(bytes!, 0);
  return bytes!.length;
}

defineMethods(bufferedIOBaseType, {
  detach: () => unsupported("detach"),
  read: () => unsupported("read"),
  read1: () => unsupported("read1"),
  readinto(args, kw) {
    checkArgs("readinto", args, kw, 1, 1, 1);
    return bufferedReadintoGeneric(args, "read");
  },
  readinto1(args, kw) {
    checkArgs("readinto1", args, kw, 1, 1, 1);
    return bufferedReadintoGeneric(args, "read1");
  },
  write: () => unsupported("write"),
});

// ---- _TextIOBase -----------------------------------------------------------------------------

defineMethods(textIOBaseType, {
  detach: () => unsupported("detach"),
  read: () => unsupported("read"),
  readline: () => unsupported("readline"),
  write: () => unsupported("write"),
});
defineGetter(textIOBaseType, "encoding", () => None);
defineGetter(textIOBaseType, "newlines", () => None);
defineGetter(textIOBaseType, "errors", () => None);
