// Classes made through type(name, bases, ns) from TypeScript: MRO, descriptors, super,
// __slots__, metaclass conflicts, __eq__/__hash__ rules.
import assert from "node:assert/strict";
import { builtinsTemplate as builtinsDict } from "../../src/modules/builtins.ts";
import * as abs from "../../src/objects/abstract.ts";
import { PyBuiltinFunction } from "../../src/objects/builtin_function.ts";
import { isBaseException } from "../../src/objects/exceptions.ts";
import { None, PyDict, PyType, type PyValue, typeType } from "../../src/objects/object.ts";
import { makeTuple } from "../../src/objects/tuple.ts";
import { makeSuper } from "../../src/objects/type.ts";
import { PyList } from "../../src/objects/list.ts";

const fn = (name: string, f: (args: PyValue[]) => PyValue) => new PyBuiltinFunction(name, f);
const b = (name: string) => builtinsDict.getStr(name)!;

/** type(name, bases, ns). Builtin functions in a namespace do not bind (like staticmethods). */
function makeClass(name: string, bases: PyValue[], ns: Record<string, PyValue>): PyType {
  const d = new PyDict();
  for (const k in ns) d.setStr(k, ns[k]);
  return abs.call(typeType, [name, makeTuple(bases), d], null) as PyType;
}

function raises(f: () => unknown, typeName: string): string {
  try {
    f();
  } catch (e) {
    assert.ok(isBaseException(e));
    assert.equal(e.cls.name, typeName);
    return abs.str(e);
  }
  assert.fail(`expected ${typeName}`);
}

Deno.test("C3 MRO and metaclass/MRO errors", () => {
  const O = b("object");
  const A = makeClass("A", [O], {});
  const B = makeClass("B", [A], {});
  const C = makeClass("C", [A], {});
  const D = makeClass("D", [B, C], {});
  assert.deepEqual(D.mro.map((t) => t.name), ["D", "B", "C", "A", "object"]);
  assert.equal(
    raises(() => makeClass("E", [A, B], {}), "TypeError"),
    "Cannot create a consistent method resolution\norder (MRO) for bases A, B",
  );
  assert.equal(raises(() => makeClass("F", [A, A], {}), "TypeError"), "duplicate base class A");
  assert.equal(
    raises(() => makeClass("G", [b("bool")], {}), "TypeError"),
    "type 'bool' is not an acceptable base type",
  );
});

Deno.test("instances: dict attributes, properties, class attributes, errors", () => {
  const getter = fn("get", (args) => abs.binaryOp(abs.getAttr(args[0], "x"), 1, 0));
  const P = makeClass("P", [b("object")], {
    y: abs.call(b("property"), [getter], null),
    k: 10,
  });
  const p = abs.call(P, [], null);
  abs.setAttr(p, "x", 41);
  assert.equal(abs.getAttr(p, "y"), 42);
  assert.equal(abs.getAttr(p, "k"), 10);
  assert.equal(
    raises(() => abs.setAttr(p, "y", 1), "AttributeError"),
    "property 'y' of 'P' object has no setter",
  );
  assert.equal(
    raises(() => abs.getAttr(p, "nope"), "AttributeError"),
    "'P' object has no attribute 'nope'",
  );
  assert.equal(
    raises(() => abs.getAttr(P, "nope"), "AttributeError"),
    "type object 'P' has no attribute 'nope'",
  );
  assert.equal(abs.repr(P), "<class 'P'>");
});

Deno.test("__slots__ restrict attributes", () => {
  const S = makeClass("S", [b("object")], { __slots__: makeTuple(["a"]) });
  const s = abs.call(S, [], null);
  abs.setAttr(s, "a", 1);
  assert.equal(abs.getAttr(s, "a"), 1);
  assert.equal(
    raises(() => abs.setAttr(s, "b", 1), "AttributeError"),
    "'S' object has no attribute 'b'",
  );
});

Deno.test("defining __eq__ without __hash__ makes instances unhashable", () => {
  const E = makeClass("E", [b("object")], { __eq__: fn("__eq__", () => true) });
  assert.equal(E.dict.getStr("__hash__"), None);
  const e = abs.call(E, [], null);
  assert.equal(raises(() => abs.hash(e), "TypeError"), "unhashable type: 'E'");
});

Deno.test("super(type, obj) finds the next class in the MRO", () => {
  const A = makeClass("A", [b("object")], { who: "A" });
  const B = makeClass("B", [A], { who: "B" });
  const obj = abs.call(B, [], null);
  assert.equal(abs.getAttr(makeSuper(B, obj), "who"), "A");
  assert.equal(abs.getAttr(obj, "who"), "B");
});

Deno.test("isinstance/issubclass with tuples", () => {
  assert.equal(abs.isInstance(1, makeTuple([b("str"), b("int")])), true);
  assert.equal(abs.isInstance(true, b("int")), true);
  assert.equal(abs.isSubclass(b("bool"), b("int")), true);
  assert.equal(
    raises(() => abs.isInstance(1, 2), "TypeError"),
    "isinstance() arg 2 must be a type, a tuple of types, or a union",
  );
  assert.equal(abs.repr(new PyList([b("int")])), "[<class 'int'>]");
});
