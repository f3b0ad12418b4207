// memoryview over bytes and bytearray (a one-dimensional, unsigned-byte view: format 'B').
// CPython's Objects/memoryobject.c, reduced to the byte case.
import { defineGetter, defineMethods, defineNew } from "./builtin_function.ts";
import {
  None,
  NotImplemented,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "./object.ts";
import { pyError, PyExc_IndexError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.ts";
import { asIndex, getIter, iterateToArray } from "./abstract.ts";
import { bytesOf, PyByteArray, PyBytes } from "./bytes.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { makeTuple } from "./tuple.ts";
import { PyList } from "./list.ts";
import { seqIndex } from "./sequence.ts";
import { intValue } from "./int.ts";

export const memoryViewType: PyType = new PyType(typeType, "memoryview", [objectType]);
memoryViewType.isFinal = true;

/** A view of `length` bytes of `obj` starting at `start`, every `step`. */
export class PyMemoryView extends PyObject {
  released = false;
  constructor(
    readonly obj: PyBytes | PyByteArray,
    readonly start: number,
    readonly length: number,
    readonly step: number,
  ) {
    super(memoryViewType);
  }
}

const MV = (v: PyValue) => v as PyMemoryView;

function check(m: PyMemoryView): void {
  if (m.released) {
    throw pyError(PyExc_ValueError, "operation forbidden on released memoryview object");
  }
}

function byteAt(m: PyMemoryView, i: number): number {
  const o = m.obj;
  const j = m.start + i * m.step;
  return o instanceof PyBytes ? o.bytes[j] : o.data[j];
}

/** The viewed bytes as a fresh Uint8Array. */
export function memoryViewBytes(m: PyMemoryView): Uint8Array {
  const out = new Uint8Array(m.length);
  for (let i = 0; i < m.length; i++) out[i] = byteAt(m, i);
  return out;
}

defineNew(memoryViewType, (_cls, args) => {
  const src = args[0];
  if (src instanceof PyMemoryView) {
    return new PyMemoryView(src.obj, src.start, src.length, src.step);
  }
  if (src instanceof PyBytes) return new PyMemoryView(src, 0, src.bytes.length, 1);
  if (src instanceof PyByteArray) return new PyMemoryView(src, 0, src.data.length, 1);
  throw pyError(
    PyExc_TypeError,
    `memoryview: a bytes-like object is required, not '${typeOf(src).name}'`,
  );
});

defineMethods(memoryViewType, {
  __len__(args) {
    check(MV(args[0]));
    return MV(args[0]).length;
  },
  __getitem__(args) {
    const m = MV(args[0]);
    check(m);
    const key = args[1];
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, m.length);
      return new PyMemoryView(m.obj, m.start + start * m.step, n, m.step * step);
    }
    const i0 = seqIndex(key, "memoryview");
    const i = i0 < 0 ? i0 + m.length : i0;
    if (i < 0 || i >= m.length) {
      throw pyError(PyExc_IndexError, "index out of range on dimension 1");
    }
    return byteAt(m, i);
  },
  __setitem__(args) {
    const m = MV(args[0]);
    check(m);
    if (!(m.obj instanceof PyByteArray)) {
      throw pyError(PyExc_TypeError, "cannot modify read-only memory");
    }
    const data = m.obj.data;
    const key = args[1];
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, m.length);
      const src = bytesOf(args[2]) ??
        Uint8Array.from(iterateToArray(args[2]).map((x) => Number(intValue(x))));
      if (src.length !== n) {
        throw pyError(
          PyExc_ValueError,
          "memoryview assignment: lvalue and rvalue have different structures",
        );
      }
      for (let k = 0; k < n; k++) data[m.start + (start + k * step) * m.step] = src[k];
      return None;
    }
    const i0 = Number(asIndex(key));
    const i = i0 < 0 ? i0 + m.length : i0;
    if (i < 0 || i >= m.length) {
      throw pyError(PyExc_IndexError, "index out of range on dimension 1");
    }
    const v = intValue(args[2]);
    if (v === undefined || v < 0 || v > 255) {
      throw pyError(PyExc_ValueError, "memoryview: invalid value for format 'B'");
    }
    data[m.start + i * m.step] = Number(v);
    return None;
  },
  __eq__(args) {
    const m = MV(args[0]);
    const other = args[1] instanceof PyMemoryView ? memoryViewBytes(args[1]) : bytesOf(args[1]);
    if (other === undefined) return NotImplemented;
    const mine = memoryViewBytes(m);
    return mine.length === other.length && mine.every((b, i) => b === other[i]);
  },
  __iter__(args) {
    check(MV(args[0]));
    return getIter(new PyList([...memoryViewBytes(MV(args[0]))]));
  },
  __repr__(args) {
    const m = MV(args[0]);
    return `<${m.released ? "released " : ""}memory at 0x7f${
      (m.start + 0x1000).toString(16).padStart(10, "0")
    }>`;
  },
  __enter__(args) {
    check(MV(args[0]));
    return args[0];
  },
  __exit__(args) {
    MV(args[0]).released = true;
    return None;
  },
  release(args) {
    MV(args[0]).released = true;
    return None;
  },
  tobytes(args) {
    check(MV(args[0]));
    return new PyBytes(memoryViewBytes(MV(args[0])));
  },
  tolist(args) {
    check(MV(args[0]));
    return new PyList([...memoryViewBytes(MV(args[0]))]);
  },
  hex(args) {
    check(MV(args[0]));
    return [...memoryViewBytes(MV(args[0]))].map((b) => b.toString(16).padStart(2, "0")).join("");
  },
  toreadonly(args) {
    const m = MV(args[0]);
    return new PyMemoryView(new PyBytes(memoryViewBytes(m)), 0, m.length, 1);
  },
});
defineGetter(memoryViewType, "obj", (m) => MV(m).obj);
defineGetter(memoryViewType, "nbytes", (m) => MV(m).length);
defineGetter(memoryViewType, "readonly", (m) => !(MV(m).obj instanceof PyByteArray));
defineGetter(memoryViewType, "format", () => "B");
defineGetter(memoryViewType, "itemsize", () => 1);
defineGetter(memoryViewType, "ndim", () => 1);
defineGetter(memoryViewType, "shape", (m) => makeTuple([MV(m).length]));
defineGetter(memoryViewType, "strides", (m) => makeTuple([MV(m).step]));
defineGetter(memoryViewType, "released", (m) => MV(m).released);
memoryViewType.dict.setStr("__hash__", None);
