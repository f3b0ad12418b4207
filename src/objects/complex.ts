// complex: a pair of doubles. CPython's Objects/complexobject.c.
import { bindArgs, defineGetter, defineMethods, defineNew } from "./builtin_function.ts";
import {
  NotImplemented,
  objectType,
  PyFloat,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "./object.ts";

export const complexType: PyType = new PyType(typeType, "complex", [objectType]);

export class PyComplex extends PyObject {
  readonly real: number;
  readonly imag: number;
  constructor(real: number, imag: number, cls: PyType = complexType) {
    super(cls);
    this.real = real;
    this.imag = imag;
  }
}
complexType.allocate = (cls) => new PyComplex(0, 0, cls);

/** Arithmetic on complex operands given as parts (op a non-in-place BinaryOp). */
export function complexOp(ar: number, ai: number, br: number, bi: number, op: number): PyValue {
  switch (op) {
    case BinaryOp.ADD:
      return new PyComplex(ar + br, ai + bi);
    case BinaryOp.SUBTRACT:
      return new PyComplex(ar - br, ai - bi);
    case BinaryOp.MULTIPLY:
      return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
    case BinaryOp.TRUE_DIVIDE: {
      if (br === 0 && bi === 0) throw pyError(PyExc_ZeroDivisionError, "complex division by zero");
      // Smith's algorithm, as CPython's _Py_c_quot.
      if (Math.abs(br) >= Math.abs(bi)) {
        const ratio = bi / br;
        const denom = br + bi * ratio;
        return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
      }
      const ratio = br / bi;
      const denom = br * ratio + bi;
      return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
    }
    case BinaryOp.POWER: {
      if (br === 0 && bi === 0) return new PyComplex(1, 0);
      if (ar === 0 && ai === 0) {
        if (bi !== 0 || br < 0) {
          throw pyError(PyExc_ZeroDivisionError, "0.0 to a negative or complex power");
        }
        return new PyComplex(0, 0);
      }
      if (bi === 0 && Number.isInteger(br) && Math.abs(br) <= 100) {
        // Integer powers by repeated multiplication (CPython's c_powi) for exact small results.
        let rr = 1, ri = 0;
        let n = Math.abs(br);
        let xr = ar, xi = ai;
        while (n > 0) {
          if (n & 1) [rr, ri] = [rr * xr - ri * xi, rr * xi + ri * xr];
          [xr, xi] = [xr * xr - xi * xi, 2 * xr * xi];
          n >>= 1;
        }
        if (br < 0) return complexOp(1, 0, rr, ri, BinaryOp.TRUE_DIVIDE);
        return new PyComplex(rr, ri);
      }
      const vabs = Math.hypot(ar, ai);
      let len = Math.pow(vabs, br);
      const at = Math.atan2(ai, ar);
      let phase = at * br;
      if (bi !== 0) {
        len /= Math.exp(at * bi);
        phase += bi * Math.log(vabs);
      }
      return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }
    case BinaryOp.FLOOR_DIVIDE:
    case BinaryOp.REMAINDER:
      return NotImplemented;
  }
  return NotImplemented;
}

function partRepr(x: number): string {
  // Like float repr but integral values print without ".0" (CPython's complex repr).
  const r = floatRepr(x);
  return r.endsWith(".0") ? r.slice(0, -2) : r;
}

export function complexRepr(c: PyComplex): string {
  if (c.real === 0 && !Object.is(c.real, -0)) return `${partRepr(c.imag)}j`;
  const im = partRepr(c.imag);
  const sign = im.startsWith("-") ? "" : "+";
  return `(${partRepr(c.real)}${sign}${im}j)`;
}

/** Parts of a number for mixed complex arithmetic, or undefined. */
function parts(v: PyValue): [number, number] | undefined {
  if (v instanceof PyComplex) return [v.real, v.imag];
  if (v instanceof PyFloat) return [v.value, 0];
  const i = intValue(v);
  if (i !== undefined) return [intToFloat(i), 0];
  return undefined;
}

function cbin(op: number, reflected = false) {
  return (args: PyValue[]) => {
    const a = parts(args[0])!;
    const b = parts(args[1]);
    if (b === undefined) return NotImplemented;
    return reflected
      ? complexOp(b[0], b[1], a[0], a[1], op)
      : complexOp(a[0], a[1], b[0], b[1], op);
  };
}

function parseComplex(s: string): [number, number] {
  const t = s.trim().replace(/^\((.*)\)$/, "$1").trim().replace(/(\d)_(?=\d)/g, "$1");
  const num = "(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|inf|infinity|nan)";
  const conv = (x: string) => {
    if (x === "+" || x === "") return 1;
    if (x === "-") return -1;
    return Number(x.replace(/infinity|inf/i, "Infinity").replace(/nan/i, "NaN"));
  };
  let m = new RegExp(`^([+-]?${num})$`, "i").exec(t);
  if (m !== null) return [conv(m[1]), 0];
  m = new RegExp(`^([+-]?(?:${num})?)[jJ]$`, "i").exec(t);
  if (m !== null) return [0, conv(m[1])];
  m = new RegExp(`^([+-]?${num})([+-](?:${num})?)[jJ]$`, "i").exec(t);
  if (m !== null) return [conv(m[1]), conv(m[2])];
  throw pyError(PyExc_ValueError, "complex() arg is a malformed string");
}

defineNew(complexType, (cls, args, kwnames) => {
  const [real, imag] = bindArgs("complex", args, kwnames, ["real", "imag"]);
  let r = 0, i = 0;
  if (typeof real === "string") {
    if (imag !== undefined) {
      throw pyError(PyExc_TypeError, "complex() can't take second arg if first is a string");
    }
    [r, i] = parseComplex(real);
  } else if (real !== undefined) {
    const p = parts(real);
    if (p !== undefined) [r, i] = p;
    else {
      const f = lookupSpecial(real, "__complex__");
      if (f !== undefined) {
        const c = callSpecial(f, real, []);
        if (!(c instanceof PyComplex)) {
          throw pyError(
            PyExc_TypeError,
            `__complex__ returned non-complex (type ${typeOf(c).name})`,
          );
        }
        [r, i] = [c.real, c.imag];
      } else {
        r = toFloat(real);
      }
    }
  }
  if (imag !== undefined) {
    if (typeof imag === "string") {
      throw pyError(PyExc_TypeError, "complex() second arg can't be a string");
    }
    const p = parts(imag) ?? [toFloat(imag), 0];
    // CPython: real -= imag.imag; imag = imag.real (+ real.imag when real was complex).
    r -= p[1];
    i = real instanceof PyComplex ? i + p[0] : p[0];
  }
  return new PyComplex(r, i, cls);
});

const C = (v: PyValue) => v as PyComplex;

defineMethods(complexType, {
  __add__: cbin(BinaryOp.ADD),
  __radd__: cbin(BinaryOp.ADD, true),
  __sub__: cbin(BinaryOp.SUBTRACT),
  __rsub__: cbin(BinaryOp.SUBTRACT, true),
  __mul__: cbin(BinaryOp.MULTIPLY),
  __rmul__: cbin(BinaryOp.MULTIPLY, true),
  __truediv__: cbin(BinaryOp.TRUE_DIVIDE),
  __rtruediv__: cbin(BinaryOp.TRUE_DIVIDE, true),
  __pow__: cbin(BinaryOp.POWER),
  __rpow__: cbin(BinaryOp.POWER, true),
  __eq__(args) {
    const b = parts(args[1]);
    if (b === undefined) return NotImplemented;
    return C(args[0]).real === b[0] && C(args[0]).imag === b[1];
  },
  __ne__(args) {
    const b = parts(args[1]);
    if (b === undefined) return NotImplemented;
    return !(C(args[0]).real === b[0] && C(args[0]).imag === b[1]);
  },
  __neg__: (args) => new PyComplex(-C(args[0]).real, -C(args[0]).imag),
  __pos__: (args) => new PyComplex(C(args[0]).real, C(args[0]).imag),
  __abs__(args) {
    const r = Math.hypot(C(args[0]).real, C(args[0]).imag);
    if (
      !Number.isFinite(r) && Number.isFinite(C(args[0]).real) && Number.isFinite(C(args[0]).imag)
    ) {
      throw pyError(PyExc_OverflowError, "absolute value too large");
    }
    return new PyFloat(r);
  },
  __bool__: (args) => C(args[0]).real !== 0 || C(args[0]).imag !== 0,
  __hash__(args) {
    const c = C(args[0]);
    const h = (floatHash(c.real) + 1000003 * floatHash(c.imag)) % 2305843009213693951;
    return h === -1 ? -2 : h;
  },
  __repr__: (args) => complexRepr(C(args[0])),
  __format__(args) {
    const spec = args[1] as string;
    const c = C(args[0]);
    if (spec === "") return complexRepr(c);
    const p = parseFormatSpec(spec, "complex");
    if (p.type !== "" && !"eEfFgGn".includes(p.type)) {
      throw pyError(
        PyExc_ValueError,
        `Unknown format code '${p.type}' for object of type '${typeOf(args[0]).name}'`,
      );
    }
    if (p.fill === "0" && p.zero) {
      throw pyError(PyExc_ValueError, "Zero padding is not allowed in complex format specifier");
    }
    if (p.align === "=") {
      throw pyError(
        PyExc_ValueError,
        "'=' alignment flag is not allowed in complex format specifier",
      );
    }
    const type = p.type === "" ? (p.precision >= 0 ? "g" : "r") : p.type;
    const part = (x: number, sign: string) => {
      if (type === "r") {
        const r = partRepr(x);
        return sign === "+" && !r.startsWith("-")
          ? "+" + r
          : sign === " " && !r.startsWith("-")
          ? " " + r
          : r;
      }
      const prec = p.precision >= 0 ? `.${p.precision}` : "";
      return formatFloatWithSpec(x, `${sign}${p.alt ? "#" : ""}${p.grouping}${prec}${type}`);
    };
    let body: string;
    const omitReal = p.type === "" && c.real === 0 && !Object.is(c.real, -0);
    if (omitReal) body = part(c.imag, p.sign === "" ? "" : p.sign) + "j";
    else body = part(c.real, p.sign) + part(c.imag, "+") + "j";
    if (p.type === "" && !omitReal) body = `(${body})`;
    const n = p.width - [...body].length;
    if (n <= 0) return body;
    const fill = p.fill;
    if (p.align === "<") return body + fill.repeat(n);
    if (p.align === "^") {
      return fill.repeat(Math.floor(n / 2)) + body + fill.repeat(n - Math.floor(n / 2));
    }
    return fill.repeat(n) + body;
  },
  conjugate: (args) => new PyComplex(C(args[0]).real, -C(args[0]).imag),
  __getnewargs__: (args) => makeTuple([new PyFloat(C(args[0]).real), new PyFloat(C(args[0]).imag)]),
});
defineGetter(complexType, "real", (c) => new PyFloat(C(c).real));
defineGetter(complexType, "imag", (c) => new PyFloat(C(c).imag));

import { BinaryOp } from "../compiler/opcodes.ts";
import {
  pyError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_ZeroDivisionError,
} from "./exceptions.ts";
import { callSpecial, lookupSpecial } from "./abstract.ts";
import { floatHash, floatRepr, toFloat } from "./float.ts";
import { intToFloat, intValue } from "./int.ts";
import { formatFloatWithSpec, parseFormatSpec } from "./str_format.ts";
import { makeTuple } from "./tuple.ts";
