// Unit tests of the object layer's TypeScript API (abstract.ts and the builtin types), run
// without the compiler or the eval loop.
import assert from "node:assert/strict";
import { builtinsTemplate as builtinsDict } from "../../src/modules/builtins.ts";
import * as abs from "../../src/objects/abstract.ts";
import { BinaryOp, CompareOp } from "../../src/compiler/opcodes.ts";
import { None, PyDict, PyFloat, type PyValue } from "../../src/objects/object.ts";
import { makeTuple, PyTuple } from "../../src/objects/tuple.ts";
import { PyList } from "../../src/objects/list.ts";
import {
  isBaseException,
  newException,
  pyError,
  PyExc_KeyError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../../src/objects/exceptions.ts";
import { makeFrozenSet, makeSet } from "../../src/objects/set.ts";

const f = (x: number) => new PyFloat(x);
const builtin = (name: string) => builtinsDict.getStr(name)!;
const callB = (name: string, args: PyValue[], kw: string[] | null = null) =>
  abs.call(builtin(name), args, kw);

/** The message of the Python exception `fn` raises (asserting its type). */
function raises(fn: () => unknown, typeName: string): string {
  try {
    fn();
  } catch (e) {
    assert.ok(isBaseException(e), `expected a Python exception, got ${e}`);
    assert.equal(e.cls.name, typeName);
    return abs.str(e);
  }
  assert.fail(`expected ${typeName}`);
}

Deno.test("int arithmetic promotes past 2**53 and keeps canonical form", () => {
  assert.equal(abs.binaryOp(2 ** 53 - 1, 1, BinaryOp.ADD), 9007199254740992n);
  assert.equal(abs.binaryOp(9007199254740992n, -1, BinaryOp.ADD), 9007199254740991);
  assert.equal(abs.binaryOp(2, 100, BinaryOp.POWER), 2n ** 100n);
  assert.equal(abs.binaryOp(-7, 2, BinaryOp.FLOOR_DIVIDE), -4);
  assert.equal(abs.binaryOp(-7, 2, BinaryOp.REMAINDER), 1);
  assert.equal(abs.binaryOp(7, -2, BinaryOp.REMAINDER), -1);
  assert.equal(abs.binaryOp(-(2n ** 70n), 3, BinaryOp.FLOOR_DIVIDE), -393530540239137101142n);
  assert.equal(abs.binaryOp(1, 100, BinaryOp.LSHIFT), 2n ** 100n);
  assert.equal(abs.binaryOp(-1, 3, BinaryOp.RSHIFT), -1);
  assert.equal(abs.binaryOp(true, true, BinaryOp.ADD), 2);
  assert.equal(abs.binaryOp(true, false, BinaryOp.OR), true);
  assert.equal(abs.repr(abs.binaryOp(1, 2, BinaryOp.TRUE_DIVIDE)), "0.5");
  assert.equal(abs.repr(abs.binaryOp(2, -1, BinaryOp.POWER)), "0.5");
  assert.equal(callB("pow", [3, 200, 7]), 2);
  assert.equal(callB("pow", [3, -1, 7]), 5);
  assert.equal(abs.callMethod(2n ** 100n, "bit_length", []), 101);
  assert.equal(abs.repr(abs.call(builtin("divmod"), [-7, 2], null)), "(-4, 1)");
});

Deno.test("int() parsing: bases, underscores, huge literals", () => {
  const int = builtinsDict.getStr("int")!;
  assert.equal(abs.call(int, ["ff", 16], null), 255);
  assert.equal(abs.call(int, ["0x_ff", 0], null), 255);
  assert.equal(abs.call(int, [" -1_000 "], null), -1000);
  assert.equal(abs.call(int, ["12".repeat(1000)], null), BigInt("12".repeat(1000)));
  assert.equal(
    raises(() => abs.call(int, ["abc"], null), "ValueError"),
    "invalid literal for int() with base 10: 'abc'",
  );
});

Deno.test("float repr follows CPython's shortest round-trip rules", () => {
  const cases: [number, string][] = [
    [1e16, "1e+16"],
    [1e15, "1000000000000000.0"],
    [1e-5, "1e-05"],
    [0.0001, "0.0001"],
    [1.0, "1.0"],
    [-0, "-0.0"],
    [Infinity, "inf"],
    [-Infinity, "-inf"],
    [NaN, "nan"],
    [0.1 + 0.2, "0.30000000000000004"],
    [1.5e300, "1.5e+300"],
    [123456789012345680000, "1.2345678901234568e+20"],
  ];
  for (const [x, s] of cases) assert.equal(abs.repr(f(x)), s);
});

Deno.test("format() mini-language", () => {
  assert.equal(abs.format(f(3.14159), ".2f"), "3.14");
  assert.equal(abs.format(f(2.5), ".0f"), "2");
  assert.equal(abs.format(f(0.125), ".2f"), "0.12");
  assert.equal(abs.format(1234567, ","), "1,234,567");
  assert.equal(abs.format(255, "#x"), "0xff");
  assert.equal(abs.format(-42, "08d"), "-0000042");
  assert.equal(abs.format("ab", "^6"), "  ab  ");
  assert.equal(abs.format(f(1234.5), "e"), "1.234500e+03");
  assert.equal(abs.format(f(0.5), "%"), "50.000000%");
  assert.equal(abs.format(f(1e20), "g"), "1e+20");
  assert.equal(
    abs.binaryOp("%5.1f|%-3d|%s", makeTuple([f(2.25), 7, None]), BinaryOp.REMAINDER),
    "  2.2|7  |None",
  );
});

Deno.test("str indexes by code point", () => {
  const s = "a😀b";
  assert.equal(abs.len(s), 3);
  assert.equal(abs.getItem(s, 1), "😀");
  assert.equal(abs.getItem(s, -1), "b");
  assert.equal(abs.repr(abs.callMethod("x,y", "split", [","])), "['x', 'y']");
  assert.equal(abs.repr("it's"), `"it's"`);
  assert.equal(raises(() => abs.getItem("abc", 5), "IndexError"), "string index out of range");
});

Deno.test("sorted is stable and honors key/reverse", () => {
  const absFn = builtin("abs");
  const data = new PyList([3, -1, 2, -3, 1]);
  assert.equal(abs.repr(callB("sorted", [data, absFn], ["key"])), "[-1, 1, 2, 3, -3]");
  assert.equal(
    abs.repr(callB("sorted", [data, absFn, true], ["key", "reverse"])),
    "[3, -3, 2, -1, 1]",
  );
});

Deno.test("list.sort stability with a key", () => {
  const items: PyValue[] = [];
  for (let i = 0; i < 100; i++) items.push(makeTuple([i % 3, i]));
  const list = new PyList(items.slice());
  abs.callMethod(list, "sort", []);
  const got = list.items.map((t) => (t as PyTuple).items);
  for (let i = 1; i < got.length; i++) {
    const a = got[i - 1], b = got[i];
    assert.ok(a[0] < b[0] || (a[0] === b[0] && (a[1] as number) < (b[1] as number)));
  }
  const mixed = new PyList([1, "a"]);
  assert.equal(
    raises(() => abs.callMethod(mixed, "sort", []), "TypeError"),
    "'<' not supported between instances of 'str' and 'int'",
  );
});

Deno.test("dict keeps insertion order and unifies equal keys across types", () => {
  const d = new PyDict();
  d.set(1, "int");
  d.set(f(1.0), "float"); // same key as 1
  d.set(true, "bool"); // same key again
  d.set(makeTuple([1, 2]), "tuple");
  d.set("z", "str");
  assert.equal(d.size, 3);
  assert.equal(d.get(1), "bool");
  assert.equal(d.get(makeTuple([1, 2])), "tuple");
  assert.equal(abs.repr(d), "{1: 'bool', (1, 2): 'tuple', 'z': 'str'}");
  assert.equal(raises(() => abs.getItem(d, "k"), "KeyError"), "'k'");
  assert.equal(raises(() => d.set(new PyList([]), 1), "TypeError"), "unhashable type: 'list'");
  const it = abs.getIter(d);
  abs.iterNext(it);
  d.set("new", 1);
  assert.equal(
    raises(() => abs.iterNext(it), "RuntimeError"),
    "dictionary changed size during iteration",
  );
});

Deno.test("sets iterate in CPython's table order for small ints", () => {
  assert.equal(abs.repr(makeSet([3, 1, 2])), "{1, 2, 3}");
  assert.equal(abs.repr(makeSet([9, 8, 1, 2, 3, 4])), "{1, 2, 3, 4, 8, 9}");
});

Deno.test("exceptions: messages, str/repr, matching", () => {
  assert.equal(
    raises(() => abs.binaryOp(1, "a", BinaryOp.ADD), "TypeError"),
    "unsupported operand type(s) for +: 'int' and 'str'",
  );
  assert.equal(
    raises(() => abs.binaryOp("a", 1, BinaryOp.ADD), "TypeError"),
    'can only concatenate str (not "int") to str',
  );
  assert.equal(
    raises(() => abs.binaryOp(1, 0, BinaryOp.TRUE_DIVIDE), "ZeroDivisionError"),
    "division by zero",
  );
  assert.equal(raises(() => abs.getItem(1, 0), "TypeError"), "'int' object is not subscriptable");
  assert.equal(raises(() => abs.call(1, [], null), "TypeError"), "'int' object is not callable");
  assert.equal(
    raises(() => abs.getAttr(1, "x"), "AttributeError"),
    "'int' object has no attribute 'x'",
  );
  assert.equal(
    raises(() => abs.richCompare(1, "a", CompareOp.LT), "TypeError"),
    "'<' not supported between instances of 'int' and 'str'",
  );
  const k = newException(PyExc_KeyError, ["k"]);
  assert.equal(abs.str(k), "'k'");
  assert.equal(abs.repr(k), "KeyError('k')");
  const v = pyError(PyExc_ValueError, "bad");
  assert.equal(abs.repr(v), "ValueError('bad')");
  assert.equal(abs.repr(newException(PyExc_TypeError, [])), "TypeError()");
  assert.equal(abs.str(newException(PyExc_TypeError, [1, 2])), "(1, 2)");
});

Deno.test("hash agrees with CPython for numbers", () => {
  assert.equal(abs.hashExact(-1), -2);
  assert.equal(abs.hashExact(f(1.5)), 1152921504606846977n);
  assert.equal(abs.hashExact(2n ** 61n), 1);
  assert.equal(abs.hash(f(2.0)), 2);
});

Deno.test("tuple and frozenset hashes are CPython's, so set order of them matches", () => {
  assert.equal(abs.hashExact(makeTuple([])), 5740354900026072187n);
  assert.equal(abs.hashExact(makeTuple([1, 2])), -3550055125485641917n);
  assert.equal(abs.hashExact(makeFrozenSet([1, 2, 3])), -272375401224217160n);
  const s = makeSet([makeTuple([0, 0]), makeTuple([1, 2]), makeTuple([2, 4])]);
  assert.equal(abs.repr(s), "{(2, 4), (1, 2), (0, 0)}");
});
