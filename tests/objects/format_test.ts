// str.format, %-formatting, float formatting corner cases and str methods through the TS API.
import assert from "node:assert/strict";
import * as abs from "../../src/objects/abstract.ts";
import { BinaryOp } from "../../src/compiler/opcodes.ts";
import { None, PyDict, PyFloat } from "../../src/objects/object.ts";
import { makeTuple } from "../../src/objects/tuple.ts";
import { isBaseException } from "../../src/objects/exceptions.ts";
import "../../src/modules/builtins.ts";

const f = (x: number) => new PyFloat(x);
const pct = (fmt: string, args: Parameters<typeof makeTuple>[0]) =>
  abs.binaryOp(fmt, makeTuple(args), BinaryOp.REMAINDER);

function raises(fn: () => unknown, typeName: string): string {
  try {
    fn();
  } catch (e) {
    assert.ok(isBaseException(e));
    assert.equal(e.cls.name, typeName);
    return abs.str(e);
  }
  assert.fail(`expected ${typeName}`);
}

Deno.test("str.format fields, conversions, nesting", () => {
  const kw = new PyDict();
  kw.setStr("name", "n");
  assert.equal(abs.callMethod("{0}-{1}-{0}", "format", ["a", "b"]), "a-b-a");
  assert.equal(abs.callMethod("{:>{}}", "format", ["x", 4]), "   x");
  assert.equal(abs.callMethod("{0[1]}{0[0]}", "format", [makeTuple([1, 2])]), "21");
  assert.equal(abs.callMethod("{!r:^7}", "format", ["s"]), "  's'  ");
  assert.equal(abs.callMethod("{{}} {name}", "format_map", [kw]), "{} n");
  assert.equal(
    raises(() => abs.callMethod("{0}{}", "format", [1, 2]), "ValueError"),
    "cannot switch from manual field specification to automatic field numbering",
  );
  assert.equal(
    raises(() => abs.callMethod("{}", "format", []), "IndexError"),
    "Replacement index 0 out of range for positional args tuple",
  );
});

Deno.test("printf-style formatting", () => {
  assert.equal(
    pct("%5.2f|%-4d|%x|%o|%c|%r|%%", [f(3.14159), 7, 255, 8, 65, "q"]),
    " 3.14|7   |ff|10|A|'q'|%",
  );
  assert.equal(pct("%+d %05d %.3s", [5, -42, "abcdef"]), "+5 -0042 abc");
  assert.equal(
    raises(() => pct("%d", ["a"]), "TypeError"),
    "%d format: a real number is required, not str",
  );
  assert.equal(
    raises(() => pct("%s %s", [1]), "TypeError"),
    "not enough arguments for format string",
  );
  assert.equal(
    raises(() => pct("%s", [1, 2]), "TypeError"),
    "not all arguments converted during string formatting",
  );
});

Deno.test("float formatting rounds half-even on the exact binary value", () => {
  assert.equal(abs.format(f(2.675), ".2f"), "2.67");
  assert.equal(abs.format(f(0.5), ".0f"), "0");
  assert.equal(abs.format(f(1.5), ".0f"), "2");
  assert.equal(abs.format(f(1e300), ".3e"), "1.000e+300");
  assert.equal(abs.format(f(5e-324), "g"), "4.94066e-324");
  assert.equal(abs.format(f(-0.0), "z.1f"), "0.0");
  assert.equal(abs.format(f(Infinity), "010"), "0000000inf");
  assert.equal(abs.format(f(1234567.891), "_.1f"), "1_234_567.9");
  assert.equal(abs.repr(abs.call(abs.getAttr(f(2.5), "__round__"), [], null)), "2");
  assert.equal(abs.repr(abs.call(abs.getAttr(f(2.675), "__round__"), [2], null)), "2.67");
});

Deno.test("str methods count code points and follow CPython's edge cases", () => {
  assert.equal(abs.callMethod("abc", "replace", ["", "-"]), "-a-b-c-");
  assert.equal(abs.repr(abs.callMethod(" a b  c ", "split", [None, 1])), "['a', 'b  c ']");
  assert.equal(abs.repr(abs.callMethod(" a b  c ", "rsplit", [None, 1])), "[' a b', 'c']");
  assert.equal(abs.callMethod("ǆungla", "title", []), "ǅungla");
  assert.equal(abs.callMethod("ß", "upper", []), "SS");
  assert.equal(abs.callMethod("ﬁ", "casefold", []), "fi");
  assert.equal(abs.callMethod("a😀b", "find", ["b"]), 2);
  assert.equal(abs.callMethod("abc", "center", [6, "*"]), "*abc**");
  assert.equal(abs.callMethod("-7", "zfill", [4]), "-007");
  assert.equal(
    raises(() => abs.callMethod("é", "encode", ["ascii"]), "UnicodeEncodeError"),
    "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
  );
});
