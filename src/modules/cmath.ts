// The cmath module: CPython 3.11's Modules/cmathmodule.c in TypeScript. Special values
// (infinities, NaNs, signed zeros) come from the C99 Annex G tables CPython uses; finite
// arguments follow CPython's formulas, which avoid spurious overflow and keep branch cuts.
import { type NativeFn, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { floatType, PyFloat, type PyValue, typeOf } from "../objects/object.ts";
import {
  pyError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.ts";
import { callSpecial, lookupSpecial } from "../objects/abstract.ts";
import { PyComplex } from "../objects/complex.ts";
import { makeTuple } from "../objects/tuple.ts";
import { PyModule } from "../runtime/module_object.ts";
import {
  asinh,
  atan2,
  clinicArgs,
  copysign,
  ldexp,
  log1p,
  oneArg,
  posArgs,
  sinh,
  toDouble,
} from "./math.ts";

// ---- Conversion and errors --------------------------------------------------------------------

/** PyComplex_AsCComplex: complex, __complex__, else a real number via PyFloat_AsDouble. */
function toComplex(v: PyValue): [number, number] {
  if (v instanceof PyComplex) return [v.real, v.imag];
  if (typeof v === "object" && !(v instanceof PyFloat && v.cls === floatType)) {
    const f = lookupSpecial(v, "__complex__");
    if (f !== undefined) {
      const r = callSpecial(f, v, []);
      if (!(r instanceof PyComplex)) {
        throw pyError(
          PyExc_TypeError,
          `__complex__ returned non-complex (type ${typeOf(r).name})`,
        );
      }
      return [r.real, r.imag];
    }
  }
  return [toDouble(v), 0];
}

const EDOM = 33, ERANGE = 34;

/**
 * The C functions' errno: set by each computation and read by the wrapper right after it,
 * within one call (it carries nothing between calls).
 */
const err = { no: 0 };

/** A complex result as two doubles (re, im), reused by the wrappers. */
type C = [number, number];

function mathError(): never {
  if (err.no === EDOM) throw pyError(PyExc_ValueError, "math domain error");
  throw pyError(PyExc_OverflowError, "math range error");
}

// ---- Special value tables ---------------------------------------------------------------------

const enum ST {
  NINF, // negative infinity
  NEG, // negative finite nonzero
  NZERO, // -0.0
  PZERO, // +0.0
  POS, // positive finite nonzero
  PINF, // positive infinity
  NAN, // not a number
}

function specialType(d: number): ST {
  if (Number.isFinite(d)) {
    if (d !== 0) return d > 0 ? ST.POS : ST.NEG;
    return Object.is(d, -0) ? ST.NZERO : ST.PZERO;
  }
  if (Number.isNaN(d)) return ST.NAN;
  return d > 0 ? ST.PINF : ST.NINF;
}

const P = Math.PI, P14 = 0.25 * Math.PI, P12 = 0.5 * Math.PI, P34 = 0.75 * Math.PI;
const INF = Infinity, N = NaN;
const U = -9.5426319407711027e33; // placeholder: never read for finite arguments

/** A 7x7 table indexed [specialType(re)][specialType(im)], given as 49 (re, im) pairs. */
function table(pairs: number[]): Float64Array {
  return new Float64Array(pairs);
}

function lookup(t: Float64Array, re: number, im: number): C {
  const i = (specialType(re) * 7 + specialType(im)) * 2;
  return [t[i], t[i + 1]];
}

// deno-fmt-ignore
const ACOS_SV = table([
  P34,INF, P,INF, P,INF, P,-INF, P,-INF, P34,-INF, N,INF,
  P12,INF, U,U, U,U, U,U, U,U, P12,-INF, N,N,
  P12,INF, U,U, P12,0, P12,-0, U,U, P12,-INF, P12,N,
  P12,INF, U,U, P12,0, P12,-0, U,U, P12,-INF, P12,N,
  P12,INF, U,U, U,U, U,U, U,U, P12,-INF, N,N,
  P14,INF, 0,INF, 0,INF, 0,-INF, 0,-INF, P14,-INF, N,INF,
  N,INF, N,N, N,N, N,N, N,N, N,-INF, N,N,
]);
// deno-fmt-ignore
const ACOSH_SV = table([
  INF,-P34, INF,-P, INF,-P, INF,P, INF,P, INF,P34, INF,N,
  INF,-P12, U,U, U,U, U,U, U,U, INF,P12, N,N,
  INF,-P12, U,U, 0,-P12, 0,P12, U,U, INF,P12, N,N,
  INF,-P12, U,U, 0,-P12, 0,P12, U,U, INF,P12, N,N,
  INF,-P12, U,U, U,U, U,U, U,U, INF,P12, N,N,
  INF,-P14, INF,-0, INF,-0, INF,0, INF,0, INF,P14, INF,N,
  INF,N, N,N, N,N, N,N, N,N, INF,N, N,N,
]);
// deno-fmt-ignore
const ASINH_SV = table([
  -INF,-P14, -INF,-0, -INF,-0, -INF,0, -INF,0, -INF,P14, -INF,N,
  -INF,-P12, U,U, U,U, U,U, U,U, -INF,P12, N,N,
  -INF,-P12, U,U, -0,-0, -0,0, U,U, -INF,P12, N,N,
  INF,-P12, U,U, 0,-0, 0,0, U,U, INF,P12, N,N,
  INF,-P12, U,U, U,U, U,U, U,U, INF,P12, N,N,
  INF,-P14, INF,-0, INF,-0, INF,0, INF,0, INF,P14, INF,N,
  INF,N, N,N, N,-0, N,0, N,N, INF,N, N,N,
]);
// deno-fmt-ignore
const ATANH_SV = table([
  -0,-P12, -0,-P12, -0,-P12, -0,P12, -0,P12, -0,P12, -0,N,
  -0,-P12, U,U, U,U, U,U, U,U, -0,P12, N,N,
  -0,-P12, U,U, -0,-0, -0,0, U,U, -0,P12, -0,N,
  0,-P12, U,U, 0,-0, 0,0, U,U, 0,P12, 0,N,
  0,-P12, U,U, U,U, U,U, U,U, 0,P12, N,N,
  0,-P12, 0,-P12, 0,-P12, 0,P12, 0,P12, 0,P12, 0,N,
  0,-P12, N,N, N,N, N,N, N,N, 0,P12, N,N,
]);
// deno-fmt-ignore
const COSH_SV = table([
  INF,N, U,U, INF,0, INF,-0, U,U, INF,N, INF,N,
  N,N, U,U, U,U, U,U, U,U, N,N, N,N,
  N,0, U,U, 1,0, 1,-0, U,U, N,0, N,0,
  N,0, U,U, 1,-0, 1,0, U,U, N,0, N,0,
  N,N, U,U, U,U, U,U, U,U, N,N, N,N,
  INF,N, U,U, INF,-0, INF,0, U,U, INF,N, INF,N,
  N,N, N,N, N,0, N,0, N,N, N,N, N,N,
]);
// deno-fmt-ignore
const EXP_SV = table([
  0,0, U,U, 0,-0, 0,0, U,U, 0,0, 0,0,
  N,N, U,U, U,U, U,U, U,U, N,N, N,N,
  N,N, U,U, 1,-0, 1,0, U,U, N,N, N,N,
  N,N, U,U, 1,-0, 1,0, U,U, N,N, N,N,
  N,N, U,U, U,U, U,U, U,U, N,N, N,N,
  INF,N, U,U, INF,-0, INF,0, U,U, INF,N, INF,N,
  N,N, N,N, N,-0, N,0, N,N, N,N, N,N,
]);
// deno-fmt-ignore
const LOG_SV = table([
  INF,-P34, INF,-P, INF,-P, INF,P, INF,P, INF,P34, INF,N,
  INF,-P12, U,U, U,U, U,U, U,U, INF,P12, N,N,
  INF,-P12, U,U, -INF,-P, -INF,P, U,U, INF,P12, N,N,
  INF,-P12, U,U, -INF,-0, -INF,0, U,U, INF,P12, N,N,
  INF,-P12, U,U, U,U, U,U, U,U, INF,P12, N,N,
  INF,-P14, INF,-0, INF,-0, INF,0, INF,0, INF,P14, INF,N,
  INF,N, N,N, N,N, N,N, N,N, INF,N, N,N,
]);
// deno-fmt-ignore
const SINH_SV = table([
  INF,N, U,U, -INF,-0, -INF,0, U,U, INF,N, INF,N,
  N,N, U,U, U,U, U,U, U,U, N,N, N,N,
  0,N, U,U, -0,-0, -0,0, U,U, 0,N, 0,N,
  0,N, U,U, 0,-0, 0,0, U,U, 0,N, 0,N,
  N,N, U,U, U,U, U,U, U,U, N,N, N,N,
  INF,N, U,U, INF,-0, INF,0, U,U, INF,N, INF,N,
  N,N, N,N, N,-0, N,0, N,N, N,N, N,N,
]);
// deno-fmt-ignore
const SQRT_SV = table([
  INF,-INF, 0,-INF, 0,-INF, 0,INF, 0,INF, INF,INF, N,INF,
  INF,-INF, U,U, U,U, U,U, U,U, INF,INF, N,N,
  INF,-INF, U,U, 0,-0, 0,0, U,U, INF,INF, N,N,
  INF,-INF, U,U, 0,-0, 0,0, U,U, INF,INF, N,N,
  INF,-INF, U,U, U,U, U,U, U,U, INF,INF, N,N,
  INF,-INF, INF,-0, INF,-0, INF,0, INF,0, INF,INF, INF,N,
  INF,-INF, N,N, N,N, N,N, N,N, INF,INF, N,N,
]);
// deno-fmt-ignore
const TANH_SV = table([
  -1,0, U,U, -1,-0, -1,0, U,U, -1,0, -1,0,
  N,N, U,U, U,U, U,U, U,U, N,N, N,N,
  N,N, U,U, -0,-0, -0,0, U,U, N,N, N,N,
  N,N, U,U, 0,-0, 0,0, U,U, N,N, N,N,
  N,N, U,U, U,U, U,U, U,U, N,N, N,N,
  1,0, U,U, 1,-0, 1,0, U,U, 1,0, 1,0,
  N,N, N,N, N,-0, N,0, N,N, N,N, N,N,
]);
// deno-fmt-ignore
const RECT_SV = table([
  INF,N, U,U, -INF,0, -INF,-0, U,U, INF,N, INF,N,
  N,N, U,U, U,U, U,U, U,U, N,N, N,N,
  0,0, U,U, -0,0, -0,-0, U,U, 0,0, 0,0,
  0,0, U,U, 0,-0, 0,0, U,U, 0,0, 0,0,
  N,N, U,U, U,U, U,U, U,U, N,N, N,N,
  INF,N, U,U, INF,-0, INF,0, U,U, INF,N, INF,N,
  N,N, N,N, N,0, N,0, N,N, N,N, N,N,
]);

// ---- The complex functions (C99 Annex G results; errno as CPython's c_* functions) --------

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE_DOUBLE = DBL_MAX / 4;
const SQRT_LARGE_DOUBLE = Math.sqrt(LARGE_DOUBLE);
const LOG_LARGE_DOUBLE = Math.log(LARGE_DOUBLE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const SCALE_UP = 2 * Math.floor(53 / 2) + 1; // turns subnormals into normals
const SCALE_DOWN = -(SCALE_UP + 1) / 2;
const LN2 = 0.6931471805599453094;
const LN10 = 2.302585092994045684;

const finite = Number.isFinite;
const isInf = (x: number) => x === Infinity || x === -Infinity;

// hypot as glibc's (Borges' corrected sqrt(x*x + y*y), without FMA): libm's hypot is what
// CPython's cmath and abs(complex) use, and it differs from math.hypot in the last bit at times.
const HYPOT_SCALE = 2 ** -600;
const HYPOT_LARGE = 2 ** 511;
const HYPOT_TINY = 2 ** -459;
const HYPOT_EPS = 2 ** -54;

function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number, t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

export function hypot(x: number, y: number): number {
  if (!finite(x) || !finite(y)) return isInf(x) || isInf(y) ? INF : x + y;
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > HYPOT_LARGE) {
    if (ay <= ax * HYPOT_EPS) return ax + ay;
    return hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
  }
  if (ay < HYPOT_TINY) {
    if (ax >= ay / HYPOT_EPS) return ax + ay;
    return hypotKernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
  }
  if (ay <= ax * HYPOT_EPS) return ax + ay;
  return hypotKernel(ax, ay);
}

function cSqrt(re: number, im: number): C {
  if (!finite(re) || !finite(im)) {
    err.no = 0;
    return lookup(SQRT_SV, re, im);
  }
  if (re === 0 && im === 0) {
    err.no = 0;
    return [0, im];
  }
  let ax = Math.abs(re);
  const ay = Math.abs(im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot(ax, ay) may be subnormal: rescale first.
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(Math.sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  err.no = 0;
  if (re >= 0) return [s, copysign(d, im)];
  return [d, copysign(s, im)];
}

function cAcos(re: number, im: number): C {
  if (!finite(re) || !finite(im)) {
    err.no = 0;
    return lookup(ACOS_SV, re, im);
  }
  let r: C;
  if (Math.abs(re) > LARGE_DOUBLE || Math.abs(im) > LARGE_DOUBLE) {
    r = [
      atan2(Math.abs(im), re),
      -copysign(Math.log(hypot(re / 2, im / 2)) + LN2 * 2, im),
    ];
  } else {
    const s1 = cSqrt(1 - re, -im);
    const s2 = cSqrt(1 + re, im);
    r = [2 * atan2(s1[0], s2[0]), asinh(s2[0] * s1[1] - s2[1] * s1[0])];
  }
  err.no = 0;
  return r;
}

function cAcosh(re: number, im: number): C {
  if (!finite(re) || !finite(im)) {
    err.no = 0;
    return lookup(ACOSH_SV, re, im);
  }
  let r: C;
  if (Math.abs(re) > LARGE_DOUBLE || Math.abs(im) > LARGE_DOUBLE) {
    r = [Math.log(hypot(re / 2, im / 2)) + LN2 * 2, atan2(im, re)];
  } else {
    const s1 = cSqrt(re - 1, im);
    const s2 = cSqrt(re + 1, im);
    r = [asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * atan2(s1[1], s2[0])];
  }
  err.no = 0;
  return r;
}

function cAsinh(re: number, im: number): C {
  if (!finite(re) || !finite(im)) {
    err.no = 0;
    return lookup(ASINH_SV, re, im);
  }
  let r: C;
  if (Math.abs(re) > LARGE_DOUBLE || Math.abs(im) > LARGE_DOUBLE) {
    const l = Math.log(hypot(re / 2, im / 2)) + LN2 * 2;
    r = [im >= 0 ? copysign(l, re) : -copysign(l, -re), atan2(im, Math.abs(re))];
  } else {
    const s1 = cSqrt(1 + im, -re);
    const s2 = cSqrt(1 - im, re);
    r = [
      asinh(s1[0] * s2[1] - s2[0] * s1[1]),
      atan2(im, s1[0] * s2[0] - s1[1] * s2[1]),
    ];
  }
  err.no = 0;
  return r;
}

function cAsin(re: number, im: number): C {
  // asin(z) = -i asinh(iz)
  const s = cAsinh(-im, re);
  return [s[1], -s[0]];
}

function cAtanh(re: number, im: number): C {
  if (!finite(re) || !finite(im)) {
    err.no = 0;
    return lookup(ATANH_SV, re, im);
  }
  // Reduce to re >= 0 with atanh(z) = -atanh(-z).
  if (re < 0) {
    const r = cAtanh(-re, -im);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(im);
  let r: C;
  if (re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
    // atanh(z) ~ 1/z +/- i*pi/2 for large z.
    const h = hypot(re / 2, im / 2);
    r = [re / 4 / h / h, copysign(Math.PI / 2, im)];
    err.no = 0;
  } else if (re === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) {
      r = [INF, im];
      err.no = EDOM;
    } else {
      r = [
        -Math.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))),
        copysign(atan2(2, -ay) / 2, im),
      ];
      err.no = 0;
    }
  } else {
    r = [
      log1p(4 * re / ((1 - re) * (1 - re) + ay * ay)) / 4,
      -atan2(-2 * im, (1 - re) * (1 + re) - ay * ay) / 2,
    ];
    err.no = 0;
  }
  return r;
}

function cAtan(re: number, im: number): C {
  // atan(z) = -i atanh(iz)
  const s = cAtanh(-im, re);
  return [s[1], -s[0]];
}

/** Shared by cosh and sinh: the inf + i*y cases with y finite and nonzero. */
function hypInfinite(re: number, im: number, isSinh: boolean): C {
  const c = Math.cos(im), s = Math.sin(im);
  if (re > 0) return [copysign(INF, c), copysign(INF, s)];
  return isSinh ? [-copysign(INF, c), copysign(INF, s)] : [copysign(INF, c), -copysign(INF, s)];
}

function cCosh(re: number, im: number): C {
  if (!finite(re) || !finite(im)) {
    const r = isInf(re) && finite(im) && im !== 0
      ? hypInfinite(re, im, false)
      : lookup(COSH_SV, re, im);
    err.no = isInf(im) && !Number.isNaN(re) ? EDOM : 0;
    return r;
  }
  let r: C;
  if (Math.abs(re) > LOG_LARGE_DOUBLE) {
    // cosh(re) overflows while cosh(z) may not.
    const x1 = re - copysign(1, re);
    r = [Math.cos(im) * Math.cosh(x1) * Math.E, Math.sin(im) * sinh(x1) * Math.E];
  } else r = [Math.cos(im) * Math.cosh(re), Math.sin(im) * sinh(re)];
  err.no = isInf(r[0]) || isInf(r[1]) ? ERANGE : 0;
  return r;
}

function cSinh(re: number, im: number): C {
  if (!finite(re) || !finite(im)) {
    const r = isInf(re) && finite(im) && im !== 0
      ? hypInfinite(re, im, true)
      : lookup(SINH_SV, re, im);
    err.no = isInf(im) && !Number.isNaN(re) ? EDOM : 0;
    return r;
  }
  let r: C;
  if (Math.abs(re) > LOG_LARGE_DOUBLE) {
    const x1 = re - copysign(1, re);
    r = [Math.cos(im) * sinh(x1) * Math.E, Math.sin(im) * Math.cosh(x1) * Math.E];
  } else r = [Math.cos(im) * sinh(re), Math.sin(im) * Math.cosh(re)];
  err.no = isInf(r[0]) || isInf(r[1]) ? ERANGE : 0;
  return r;
}

function cCos(re: number, im: number): C {
  // cos(z) = cosh(iz)
  return cCosh(-im, re);
}

function cSin(re: number, im: number): C {
  // sin(z) = -i sinh(iz)
  const s = cSinh(-im, re);
  return [s[1], -s[0]];
}

function cTanh(re: number, im: number): C {
  if (!finite(re) || !finite(im)) {
    let r: C;
    if (isInf(re) && finite(im) && im !== 0) {
      r = [re > 0 ? 1 : -1, copysign(0, 2 * Math.sin(im) * Math.cos(im))];
    } else r = lookup(TANH_SV, re, im);
    err.no = isInf(im) && finite(re) ? EDOM : 0;
    return r;
  }
  let r: C;
  if (Math.abs(re) > LOG_LARGE_DOUBLE) {
    r = [copysign(1, re), 4 * Math.sin(im) * Math.cos(im) * Math.exp(-2 * Math.abs(re))];
  } else {
    const tx = Math.tanh(re);
    const ty = Math.tan(im);
    const cx = 1 / Math.cosh(re);
    const txty = tx * ty;
    const denom = 1 + txty * txty;
    r = [tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx];
  }
  err.no = 0;
  return r;
}

function cTan(re: number, im: number): C {
  // tan(z) = -i tanh(iz)
  const s = cTanh(-im, re);
  return [s[1], -s[0]];
}

function cExp(re: number, im: number): C {
  if (!finite(re) || !finite(im)) {
    let r: C;
    if (isInf(re) && finite(im) && im !== 0) {
      const c = Math.cos(im), s = Math.sin(im);
      r = re > 0 ? [copysign(INF, c), copysign(INF, s)] : [copysign(0, c), copysign(0, s)];
    } else r = lookup(EXP_SV, re, im);
    err.no = isInf(im) && (finite(re) || re === INF) ? EDOM : 0;
    return r;
  }
  let r: C;
  if (re > LOG_LARGE_DOUBLE) {
    const l = Math.exp(re - 1);
    r = [l * Math.cos(im) * Math.E, l * Math.sin(im) * Math.E];
  } else {
    const l = Math.exp(re);
    r = [l * Math.cos(im), l * Math.sin(im)];
  }
  err.no = isInf(r[0]) || isInf(r[1]) ? ERANGE : 0;
  return r;
}

function cLog(re: number, im: number): C {
  if (!finite(re) || !finite(im)) {
    err.no = 0;
    return lookup(LOG_SV, re, im);
  }
  const ax = Math.abs(re), ay = Math.abs(im);
  let lr: number;
  if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
    lr = Math.log(hypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      // hypot(ax, ay) would be subnormal: rescale.
      lr = Math.log(hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * LN2;
    } else {
      err.no = EDOM;
      return [-INF, atan2(im, re)];
    }
  } else {
    const h = hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      // Near |z| = 1 log(h) loses accuracy; use log1p on (am-1)(am+1) + an*an.
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      lr = log1p((am - 1) * (am + 1) + an * an) / 2;
    } else lr = Math.log(h);
  }
  err.no = 0;
  return [lr, atan2(im, re)];
}

function cLog10(re: number, im: number): C {
  const r = cLog(re, im);
  return [r[0] / LN10, r[1] / LN10];
}

/** _Py_c_quot: Smith's algorithm; division by zero sets EDOM. */
function cQuot(ar: number, ai: number, br: number, bi: number): C {
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) {
      err.no = EDOM;
      return [0, 0];
    }
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

/** _Py_c_abs: infinities win over NaNs; overflow of a finite z sets ERANGE. */
function cAbs(re: number, im: number): number {
  if (!finite(re) || !finite(im)) {
    if (isInf(re)) return Math.abs(re);
    if (isInf(im)) return Math.abs(im);
    return NaN;
  }
  const r = hypot(re, im);
  err.no = finite(r) ? 0 : ERANGE;
  return r;
}

function rect(r: number, phi: number): C {
  if (!finite(r) || !finite(phi)) {
    let z: C;
    if (isInf(r) && finite(phi) && phi !== 0) {
      const c = Math.cos(phi), s = Math.sin(phi);
      z = r > 0 ? [copysign(INF, c), copysign(INF, s)] : [-copysign(INF, c), -copysign(INF, s)];
    } else z = lookup(RECT_SV, r, phi);
    err.no = r !== 0 && !Number.isNaN(r) && isInf(phi) ? EDOM : 0;
    return z;
  }
  err.no = 0;
  // phi == 0 separately, for the sign of the zero imaginary part.
  if (phi === 0) return [r, r * phi];
  return [r * Math.cos(phi), r * Math.sin(phi)];
}

// ---- Module functions -------------------------------------------------------------------------

function complexOut(r: C): PyComplex {
  if (err.no !== 0) mathError();
  return new PyComplex(r[0], r[1]);
}

function cfunc(name: string, f: (re: number, im: number) => C): NativeFn {
  return (args, kwnames) => {
    const [re, im] = toComplex(oneArg("cmath", name, args, kwnames));
    err.no = 0;
    return complexOut(f(re, im));
  };
}

const TABLE: Record<string, NativeFn> = {
  acos: cfunc("acos", cAcos),
  acosh: cfunc("acosh", cAcosh),
  asin: cfunc("asin", cAsin),
  asinh: cfunc("asinh", cAsinh),
  atan: cfunc("atan", cAtan),
  atanh: cfunc("atanh", cAtanh),
  cos: cfunc("cos", cCos),
  cosh: cfunc("cosh", cCosh),
  exp: cfunc("exp", cExp),
  isclose(args, kwnames) {
    const [a, b, rel, abs] = clinicArgs(
      "isclose",
      args,
      kwnames,
      ["a", "b", "rel_tol", "abs_tol"],
      0,
      2,
      2,
    );
    const [ar, ai] = toComplex(a!);
    const [br, bi] = toComplex(b!);
    const relTol = rel === undefined ? 1e-09 : toDouble(rel);
    const absTol = abs === undefined ? 0.0 : toDouble(abs);
    if (relTol < 0 || absTol < 0) {
      throw pyError(PyExc_ValueError, "tolerances must be non-negative");
    }
    if (ar === br && ai === bi) return true;
    if (isInf(ar) || isInf(ai) || isInf(br) || isInf(bi)) return false;
    const diff = cAbs(ar - br, ai - bi);
    return diff <= relTol * cAbs(br, bi) || diff <= relTol * cAbs(ar, ai) || diff <= absTol;
  },
  isfinite(args, kwnames) {
    const [re, im] = toComplex(oneArg("cmath", "isfinite", args, kwnames));
    return finite(re) && finite(im);
  },
  isinf(args, kwnames) {
    const [re, im] = toComplex(oneArg("cmath", "isinf", args, kwnames));
    return isInf(re) || isInf(im);
  },
  isnan(args, kwnames) {
    const [re, im] = toComplex(oneArg("cmath", "isnan", args, kwnames));
    return Number.isNaN(re) || Number.isNaN(im);
  },
  log(args, kwnames) {
    posArgs("cmath", "log", args, kwnames, 1, 2);
    const [re, im] = toComplex(args[0]);
    err.no = 0;
    let x = cLog(re, im);
    if (args.length === 2) {
      const [br, bi] = toComplex(args[1]);
      const y = cLog(br, bi);
      x = cQuot(x[0], x[1], y[0], y[1]);
    }
    return complexOut(x);
  },
  log10: cfunc("log10", cLog10),
  phase(args, kwnames) {
    const [re, im] = toComplex(oneArg("cmath", "phase", args, kwnames));
    const phi = atan2(im, re);
    // glibc's atan2 sets ERANGE when a nonzero y gives an underflowed zero; phase reports it.
    if (phi === 0 && im !== 0 && finite(re)) {
      throw pyError(PyExc_OverflowError, "math range error");
    }
    return new PyFloat(phi);
  },
  polar(args, kwnames) {
    const [re, im] = toComplex(oneArg("cmath", "polar", args, kwnames));
    err.no = 0;
    const phi = atan2(im, re);
    const r = cAbs(re, im);
    if (err.no !== 0) mathError();
    return makeTuple([new PyFloat(r), new PyFloat(phi)]);
  },
  rect(args, kwnames) {
    posArgs("cmath", "rect", args, kwnames, 2, 2);
    const r = toDouble(args[0]), phi = toDouble(args[1]);
    return complexOut(rect(r, phi));
  },
  sin: cfunc("sin", cSin),
  sinh: cfunc("sinh", cSinh),
  sqrt: cfunc("sqrt", cSqrt),
  tan: cfunc("tan", cTan),
  tanh: cfunc("tanh", cTanh),
};

export function createModule(): PyModule {
  const m = new PyModule("cmath");
  const d = m.dict;
  d.setStr(
    "__doc__",
    "This module provides access to mathematical functions for complex\nnumbers.",
  );
  for (const name of Object.keys(TABLE).sort()) {
    d.setStr(name, new PyBuiltinFunction(name, TABLE[name], undefined, name, "cmath"));
  }
  d.setStr("pi", new PyFloat(Math.PI));
  d.setStr("e", new PyFloat(Math.E));
  d.setStr("tau", new PyFloat(2 * Math.PI));
  d.setStr("inf", new PyFloat(Infinity));
  d.setStr("infj", new PyComplex(0, Infinity));
  d.setStr("nan", new PyFloat(NaN));
  d.setStr("nanj", new PyComplex(0, NaN));
  return m;
}
