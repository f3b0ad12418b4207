// Expression unparsing, as CPython's Python/ast_unparse.c: under
// `from __future__ import annotations` annotations are stored as the source-like string
// `ast.unparse` would produce, e.g. `list[int] | None`.

import type * as ast from "./ast.ts";

const enum Pr {
  TUPLE,
  TEST,
  OR,
  AND,
  NOT,
  CMP,
  EXPR,
  BOR = EXPR,
  BXOR,
  BAND,
  SHIFT,
  ARITH,
  TERM,
  FACTOR,
  POWER,
  AWAIT,
  ATOM,
}

const BINOP: Record<ast.operator, [string, Pr]> = {
  Add: ["+", Pr.ARITH],
  Sub: ["-", Pr.ARITH],
  Mult: ["*", Pr.TERM],
  MatMult: ["@", Pr.TERM],
  Div: ["/", Pr.TERM],
  Mod: ["%", Pr.TERM],
  LShift: ["<<", Pr.SHIFT],
  RShift: [">>", Pr.SHIFT],
  BitOr: ["|", Pr.BOR],
  BitXor: ["^", Pr.BXOR],
  BitAnd: ["&", Pr.BAND],
  FloorDiv: ["//", Pr.TERM],
  Pow: ["**", Pr.POWER],
};
const CMPOP: Record<ast.cmpop, string> = {
  Eq: "==",
  NotEq: "!=",
  Lt: "<",
  LtE: "<=",
  Gt: ">",
  GtE: ">=",
  Is: "is",
  IsNot: "is not",
  In: "in",
  NotIn: "not in",
};

/** Python's repr() of a str. */
export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (cp < 0x20 || (cp >= 0x7f && cp <= 0xa0) || cp === 0xad) {
      out += "\\x" + cp.toString(16).padStart(2, "0");
    } else out += ch;
  }
  return out + quote;
}

function reprFloat(x: number): string {
  if (x === Infinity) return "1e309";
  if (x === -Infinity) return "-1e309";
  if (Number.isNaN(x)) return "nan";
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(1);
  const s = String(x);
  return s.replace(/e\+?(-?)(\d)$/, "e$10$2").replace("e+", "e+");
}

function constant(v: ast.ConstantValue): string {
  if (v === null) return "None";
  switch (typeof v) {
    case "boolean":
      return v ? "True" : "False";
    case "bigint":
      return v.toString();
    case "string":
      return reprStr(v);
  }
  switch (v.kind) {
    case "float":
      return reprFloat(v.value);
    case "complex":
      return reprFloat(v.imag).replace(/\.0$/, "") + "j";
    case "ellipsis":
      return "...";
    case "object":
      // A tuple/frozenset/complex constant of a hand-built tree (no Python repr here).
      return "...";
    case "bytes": {
      let s = "b'";
      for (const b of v.value) {
        if (b === 0x27 || b === 0x5c) s += "\\" + String.fromCharCode(b);
        else if (b >= 0x20 && b < 0x7f) s += String.fromCharCode(b);
        else s += "\\x" + b.toString(16).padStart(2, "0");
      }
      return s + "'";
    }
  }
}

export function unparse(e: ast.expr): string {
  return expr(e, Pr.TEST);
}

function paren(cond: boolean, s: string): string {
  return cond ? `(${s})` : s;
}

function args(a: ast.arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((p, i) => {
    let s = p.arg;
    if (i >= firstDefault) s += "=" + expr(a.defaults[i - firstDefault], Pr.TEST);
    parts.push(s);
    if (a.posonlyargs.length > 0 && i === a.posonlyargs.length - 1) parts.push("/");
  });
  if (a.vararg) parts.push("*" + a.vararg.arg);
  else if (a.kwonlyargs.length > 0) parts.push("*");
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i];
    parts.push(d ? `${p.arg}=${expr(d, Pr.TEST)}` : p.arg);
  });
  if (a.kwarg) parts.push("**" + a.kwarg.arg);
  return parts.join(", ");
}

function comprehensions(gens: ast.comprehension[]): string {
  return gens.map((g) =>
    `${g.is_async ? " async" : ""} for ${expr(g.target, Pr.TUPLE)} in ${
      expr(g.iter, Pr.TEST + 1)
    }` +
    g.ifs.map((c) => ` if ${expr(c, Pr.TEST + 1)}`).join("")
  ).join("");
}

function fstringBody(values: ast.expr[]): string {
  let out = "";
  for (const v of values) {
    if (v._type === "Constant" && typeof v.value === "string") {
      out += v.value.replace(/\{/g, "{{").replace(/\}/g, "}}");
    } else if (v._type === "FormattedValue") {
      let inner = expr(v.value, Pr.TEST + 1);
      if (inner.startsWith("{")) inner = " " + inner;
      out += "{" + inner;
      if (v.conversion > 0) out += "!" + String.fromCharCode(v.conversion);
      if (v.format_spec) {
        out += ":" + fstringBody((v.format_spec as ast.JoinedStr).values ?? [v.format_spec]);
      }
      out += "}";
    }
  }
  return out;
}

function expr(e: ast.expr, level: Pr): string {
  switch (e._type) {
    case "BoolOp": {
      const pr = e.op === "And" ? Pr.AND : Pr.OR;
      const op = e.op === "And" ? " and " : " or ";
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(op));
    }
    case "NamedExpr":
      return paren(level > Pr.TUPLE, `${expr(e.target, Pr.ATOM)} := ${expr(e.value, Pr.ATOM)}`);
    case "BinOp": {
      const [op, pr] = BINOP[e.op];
      const rassoc = e.op === "Pow";
      return paren(
        level > pr,
        `${expr(e.left, rassoc ? pr + 1 : pr)} ${op} ${expr(e.right, rassoc ? pr : pr + 1)}`,
      );
    }
    case "UnaryOp": {
      if (e.op === "Not") return paren(level > Pr.NOT, "not " + expr(e.operand, Pr.NOT));
      const op = e.op === "USub" ? "-" : e.op === "UAdd" ? "+" : "~";
      return paren(level > Pr.FACTOR, op + expr(e.operand, Pr.FACTOR));
    }
    case "Lambda": {
      const a = args(e.args);
      return paren(level > Pr.TEST, `lambda${a ? " " + a : ""}: ${expr(e.body, Pr.TEST)}`);
    }
    case "IfExp":
      return paren(
        level > Pr.TEST,
        `${expr(e.body, Pr.TEST + 1)} if ${expr(e.test, Pr.TEST + 1)} else ${
          expr(e.orelse, Pr.TEST)
        }`,
      );
    case "Dict":
      return "{" +
        e.keys.map((k, i) =>
          k === null
            ? "**" + expr(e.values[i], Pr.EXPR)
            : `${expr(k, Pr.TEST)}: ${expr(e.values[i], Pr.TEST)}`
        ).join(", ") + "}";
    case "Set":
      return e.elts.length === 0
        ? "{*()}"
        : "{" + e.elts.map((x) => expr(x, Pr.TEST)).join(", ") + "}";
    case "ListComp":
      return `[${expr(e.elt, Pr.TEST)}${comprehensions(e.generators)}]`;
    case "SetComp":
      return `{${expr(e.elt, Pr.TEST)}${comprehensions(e.generators)}}`;
    case "DictComp":
      return `{${expr(e.key, Pr.TEST)}: ${expr(e.value, Pr.TEST)}${comprehensions(e.generators)}}`;
    case "GeneratorExp":
      return `(${expr(e.elt, Pr.TEST)}${comprehensions(e.generators)})`;
    case "Await":
      return paren(level > Pr.AWAIT, "await " + expr(e.value, Pr.ATOM));
    case "Yield":
      return paren(level > Pr.ATOM, e.value ? "yield " + expr(e.value, Pr.TUPLE) : "yield");
    case "YieldFrom":
      return paren(level > Pr.ATOM, "yield from " + expr(e.value, Pr.TUPLE));
    case "Compare": {
      let s = expr(e.left, Pr.CMP + 1);
      e.ops.forEach((op, i) => (s += ` ${CMPOP[op]} ${expr(e.comparators[i], Pr.CMP + 1)}`));
      return paren(level > Pr.CMP, s);
    }
    case "Call": {
      let s = expr(e.func, Pr.ATOM) + "(";
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === "GeneratorExp") {
        return s + comprehensionInCall(e.args[0]) + ")";
      }
      const parts = e.args.map((a) => expr(a, Pr.TEST));
      for (const k of e.keywords) {
        parts.push(
          k.arg === null ? "**" + expr(k.value, Pr.EXPR) : `${k.arg}=${expr(k.value, Pr.TEST)}`,
        );
      }
      s += parts.join(", ");
      return s + ")";
    }
    case "FormattedValue":
      return "f" + reprStr(fstringBody([e]));
    case "JoinedStr":
      return "f" + reprStr(fstringBody(e.values));
    case "Constant":
      if (e.value !== null && typeof e.value === "object" && e.value.kind === "float") {
        return reprFloat(e.value.value);
      }
      return constant(e.value);
    case "Attribute": {
      let v = expr(e.value, Pr.ATOM);
      // `1 .real`: an int literal needs a space before the dot.
      if (e.value._type === "Constant" && typeof e.value.value === "bigint") v += " ";
      return `${v}.${e.attr}`;
    }
    case "Subscript": {
      let idx: string;
      const s = e.slice;
      if (s._type === "Tuple" && s.elts.length > 0) {
        idx = s.elts.map((x) => expr(x, Pr.TEST)).join(", ");
        if (s.elts.length === 1) idx += ",";
      } else idx = expr(s, Pr.TUPLE);
      return `${expr(e.value, Pr.ATOM)}[${idx}]`;
    }
    case "Starred":
      return "*" + expr(e.value, Pr.EXPR);
    case "Name":
      return e.id;
    case "List":
      return "[" + e.elts.map((x) => expr(x, Pr.TEST)).join(", ") + "]";
    case "Tuple": {
      if (e.elts.length === 0) return "()";
      const body = e.elts.map((x) => expr(x, Pr.TEST)).join(", ") +
        (e.elts.length === 1 ? "," : "");
      return paren(level > Pr.TUPLE, body);
    }
    case "Slice": {
      let s = e.lower ? expr(e.lower, Pr.TEST) : "";
      s += ":" + (e.upper ? expr(e.upper, Pr.TEST) : "");
      if (e.step) s += ":" + expr(e.step, Pr.TEST);
      return s;
    }
  }
}

function comprehensionInCall(g: ast.GeneratorExp): string {
  return `${expr(g.elt, Pr.TEST)}${comprehensions(g.generators)}`;
}
