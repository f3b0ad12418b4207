// _io.BytesIO: an in-memory binary stream (bytesio.c). The data lives in a growable Uint8Array.
//
// getbuffer() returns a memoryview over a bytearray snapshot; changes made through the view are
// copied back before the next BytesIO operation and the view is dropped when BytesIO changes
// its data. (CPython instead refuses resizing while a view exists: Coil has no reference
// counting, so an unreleased temporary view would block the object forever.)
import { None, PyDict, type PyType, type PyValue, typeOf } from "../../objects/object.ts";
import { checkArgs, defineGetter, defineMethods } from "../../objects/builtin_function.ts";
import { stopIteration } from "../../objects/exceptions.ts";
import { getIter, iterNext } from "../../objects/abstract.ts";
import { PyByteArray, PyBytes } from "../../objects/bytes.ts";
import { newMemoryView, PyMemoryView } from "../../objects/memoryview.ts";
import { PyList } from "../../objects/list.ts";
import { makeTuple, PyTuple } from "../../objects/tuple.ts";
import { bindArgs } from "../../objects/builtin_function.ts";
import {
  indexArg,
  makeIOType,
  requireBytesLike,
  sizeArg,
  typeError,
  valueError,
  writableBuffer,
} from "./common.ts";
import { bufferedIOBaseType, PyIOBase } from "./iobase.ts";
import { copyDict } from "./stringio.ts";

const EMPTY = new Uint8Array(0);

export class PyBytesIO extends PyIOBase {
  buf: Uint8Array = EMPTY;
  size = 0;
  pos = 0;
  closed = false;
  exports: PyMemoryView[] | null = null;
}

export const bytesIOType: PyType = makeIOType(
  "BytesIO",
  bufferedIOBaseType,
  (cls) => new PyBytesIO(cls),
);

const B = (v: PyValue) => v as PyBytesIO;

/** Copies changes made through getbuffer() views back into the data. */
function syncExports(b: PyBytesIO, dropAll: boolean): void {
  const ex = b.exports!;
  for (const m of ex) {
    const data = (m.obj as PyByteArray).data;
    const n = Math.min(data.length, b.size);
    for (let i = 0; i < n; i++) b.buf[i] = data[i];
  }
  if (dropAll) b.exports = null;
  else {
    const live = ex.filter((m) => !m.released);
    b.exports = live.length === 0 ? null : live;
  }
}

function check(b: PyBytesIO): void {
  if (b.closed) valueError("I/O operation on closed file.");
  if (b.exports !== null) syncExports(b, false);
}

function mutate(b: PyBytesIO): void {
  if (b.closed) valueError("I/O operation on closed file.");
  if (b.exports !== null) syncExports(b, true);
}

function ensureCapacity(b: PyBytesIO, n: number): void {
  if (n <= b.buf.length) return;
  const cap = Math.max(n, b.buf.length * 2, 64);
  const nb = new Uint8Array(cap);
  nb.set(b.buf.subarray(0, b.size));
  b.buf = nb;
}

export function bytesIOWrite(b: PyBytesIO, data: Uint8Array): number {
  mutate(b);
  const n = data.length;
  if (n === 0) return 0;
  const end = b.pos + n;
  ensureCapacity(b, end);
  if (b.pos > b.size) b.buf.fill(0, b.size, b.pos);
  b.buf.set(data, b.pos);
  b.pos = end;
  if (end > b.size) b.size = end;
  return n;
}

function setValue(b: PyBytesIO, data: Uint8Array): void {
  b.buf = data.slice();
  b.size = data.length;
  b.pos = 0;
}

export function bytesIORead(b: PyBytesIO, n: number): Uint8Array {
  const avail = Math.max(0, b.size - b.pos);
  if (n < 0 || n > avail) n = avail;
  const out = b.buf.slice(b.pos, b.pos + n);
  b.pos += n;
  return out;
}

function readline(b: PyBytesIO, limit: number): Uint8Array {
  const start = b.pos;
  if (start >= b.size) return EMPTY;
  let end = b.buf.indexOf(10, start);
  end = end < 0 || end >= b.size ? b.size : end + 1;
  if (limit >= 0 && end - start > limit) end = start + limit;
  b.pos = end;
  return b.buf.slice(start, end);
}

defineMethods(bytesIOType, {
  __init__(args, kw) {
    const [initial] = bindArgs("BytesIO", args, kw, ["initial_bytes"], 0, 1);
    const b = B(args[0]);
    if (b.exports !== null) syncExports(b, true);
    b.closed = false;
    if (initial === undefined || initial === None) setValue(b, EMPTY);
    else setValue(b, requireBytesLike(initial));
    return None;
  },
  getvalue(args, kw) {
    checkArgs("getvalue", args, kw, 0, 0, 1);
    const b = B(args[0]);
    check(b);
    return new PyBytes(b.buf.slice(0, b.size));
  },
  getbuffer(args, kw) {
    checkArgs("getbuffer", args, kw, 0, 0, 1);
    const b = B(args[0]);
    check(b);
    const arr = new PyByteArray(Array.from(b.buf.subarray(0, b.size)));
    const view = newMemoryView(arr);
    (b.exports ??= []).push(view);
    return view;
  },
  read(args, kw) {
    checkArgs("read", args, kw, 0, 1, 1);
    const b = B(args[0]);
    check(b);
    return new PyBytes(bytesIORead(b, sizeArg(args[1])));
  },
  read1(args, kw) {
    checkArgs("read1", args, kw, 0, 1, 1);
    const b = B(args[0]);
    check(b);
    return new PyBytes(bytesIORead(b, sizeArg(args[1])));
  },
  readinto(args, kw) {
    checkArgs("readinto", args, kw, 1, 1, 1);
    const b = B(args[0]);
    const target = writableBuffer(args[1], "readinto");
    check(b);
    const data = bytesIORead(b, target.length);
    target.set(data, 0);
    return data.length;
  },
  readline(args, kw) {
    checkArgs("readline", args, kw, 0, 1, 1);
    const b = B(args[0]);
    check(b);
    return new PyBytes(readline(b, sizeArg(args[1])));
  },
  readlines(args, kw) {
    checkArgs("readlines", args, kw, 0, 1, 1);
    const b = B(args[0]);
    check(b);
    const hint = sizeArg(args[1]);
    const out: PyValue[] = [];
    let total = 0;
    for (;;) {
      const line = readline(b, -1);
      if (line.length === 0) break;
      out.push(new PyBytes(line));
      total += line.length;
      if (hint > 0 && total >= hint) break;
    }
    return new PyList(out);
  },
  write(args, kw) {
    checkArgs("write", args, kw, 1, 1, 1);
    const b = B(args[0]);
    if (b.closed) valueError("I/O operation on closed file.");
    return bytesIOWrite(b, requireBytesLike(args[1]));
  },
  writelines(args, kw) {
    checkArgs("writelines", args, kw, 1, 1, 1);
    const b = B(args[0]);
    check(b);
    const it = getIter(args[1]);
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
      bytesIOWrite(b, requireBytesLike(v));
    }
    return None;
  },
  seek(args, kw) {
    checkArgs("seek", args, kw, 1, 2, 1);
    const b = B(args[0]);
    let pos = indexArg(args[1]);
    const whence = args[2] === undefined ? 0 : indexArg(args[2]);
    check(b);
    if (pos < 0 && whence === 0) valueError(`negative seek value ${pos}`);
    if (whence === 1) pos = Math.max(0, b.pos + pos);
    else if (whence === 2) pos = Math.max(0, b.size + pos);
    else if (whence !== 0) valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    b.pos = pos;
    return pos;
  },
  tell(args, kw) {
    checkArgs("tell", args, kw, 0, 0, 1);
    check(B(args[0]));
    return B(args[0]).pos;
  },
  truncate(args, kw) {
    checkArgs("truncate", args, kw, 0, 1, 1);
    const b = B(args[0]);
    mutate(b);
    let size = b.pos;
    if (args[1] !== undefined && args[1] !== None) {
      size = indexArg(args[1]);
      if (size < 0) valueError(`negative size value ${size}`);
    }
    if (size < b.size) b.size = size;
    return size;
  },
  readable(args) {
    check(B(args[0]));
    return true;
  },
  writable(args) {
    check(B(args[0]));
    return true;
  },
  seekable(args) {
    check(B(args[0]));
    return true;
  },
  flush(args) {
    check(B(args[0]));
    return None;
  },
  isatty(args) {
    check(B(args[0]));
    return false;
  },
  close(args) {
    const b = B(args[0]);
    if (b.exports !== null) syncExports(b, true);
    b.closed = true;
    b.buf = EMPTY;
    b.size = b.pos = 0;
    return None;
  },
  __iter__: (args) => args[0],
  __next__(args) {
    const v = bytesIOType.tp_iternext!(B(args[0]));
    if (v === undefined) throw stopIteration(None);
    return v;
  },
  __getstate__(args, kw) {
    checkArgs("__getstate__", args, kw, 0, 0, 1);
    const b = B(args[0]);
    check(b);
    return makeTuple([
      new PyBytes(b.buf.slice(0, b.size)),
      b.pos,
      b.dict === null || b.dict.map.size === 0 ? None : copyDict(b.dict),
    ]);
  },
  __setstate__(args, kw) {
    checkArgs("__setstate__", args, kw, 1, 1, 1);
    const b = B(args[0]);
    const st = args[1];
    if (!(st instanceof PyTuple) || st.items.length < 3) {
      typeError(
        `_io.BytesIO.__setstate__ argument should be 3-tuple, got ${typeOf(st).name}`,
      );
    }
    const [value, pos, dict] = (st as PyTuple).items;
    mutate(b);
    setValue(b, requireBytesLike(value));
    if (typeof pos !== "number") {
      typeError(`second item of state must be an integer, not ${typeOf(pos).name}`);
    }
    if ((pos as number) < 0) valueError("position value cannot be negative");
    b.pos = pos as number;
    if (dict !== None) {
      if (!(dict instanceof PyDict)) {
        typeError(`third item of state should be a dict, got a ${typeOf(dict).name}`);
      }
      b.dict ??= new PyDict();
      for (const e of (dict as PyDict).entries()) b.dict.set(e.key, e.value);
    }
    return None;
  },
  __sizeof__(args) {
    return 64 + B(args[0]).buf.length;
  },
});
bytesIOType.tp_iternext = (o) => {
  const b = o as PyBytesIO;
  check(b);
  const line = readline(b, -1);
  return line.length === 0 ? undefined : new PyBytes(line);
};
defineGetter(bytesIOType, "closed", (b) => B(b).closed);
