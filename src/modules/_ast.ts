// The _ast module (CPython's Python/Python-ast.c): the Python classes of the AST nodes, the
// conversions between them and the compiler's TypeScript AST (src/compiler/ast.ts), and the
// validation CPython's compile() applies to a hand-built tree (Python/ast.c). ast.py builds
// everything else (parse, dump, unparse, literal_eval, NodeVisitor, ...) on top of it.
//
// As in CPython 3.11 the node classes are heap types made by calling `type(name, (base,), ns)`,
// with `_fields`, `__match_args__`, `__module__ = 'ast'` and the ASDL signature as `__doc__`;
// optional (`?`) fields and attributes default to None through class attributes, while missing
// sequence (`*`) and required fields raise AttributeError on access.

import {
  Ellipsis,
  floatType,
  None,
  objectType,
  PyDict,
  PyFloat,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "../objects/object.ts";
import {
  defineGetter,
  defineMethods,
  defineNew,
  PyGetSetDescriptor,
} from "../objects/builtin_function.ts";
import {
  pyError,
  PyExc_OverflowError,
  PyExc_RuntimeError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.ts";
import * as abs from "../objects/abstract.ts";
import { PyList } from "../objects/list.ts";
import { makeTuple, PyTuple, tupleType } from "../objects/tuple.ts";
import { complexType, PyComplex } from "../objects/complex.ts";
import { bytesType, PyBytes } from "../objects/bytes.ts";
import { frozenSetType, PySet } from "../objects/set.ts";
import { typeNew } from "../objects/type.ts";
import { PyModule } from "../runtime/module_object.ts";
import { builtinRefs, recursionError, syntaxErrorFromInfo } from "../runtime/ops.ts";
import { currentThread } from "../runtime/thread_state.ts";
import type * as A from "../compiler/ast.ts";
import { parse } from "../compiler/parser.ts";
import { compileAst, type CompileMode } from "../compiler/compile.ts";
import { constantToValue } from "../compiler/codegen_const.ts";
import { PySyntaxErrorInfo } from "../compiler/syntax_error.ts";
import { tokenize } from "../compiler/tokenizer.ts";

export const PyCF_ONLY_AST = 0x400;
export const PyCF_TYPE_COMMENTS = 0x1000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

// ---- The grammar: Parser/Python.asdl of Python 3.11 --------------------------------------------

const ASDL = `
mod = Module(stmt* body, type_ignore* type_ignores)
  | Interactive(stmt* body)
  | Expression(expr body)
  | FunctionType(expr* argtypes, expr returns)

stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
  | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
  | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
  | Return(expr? value)
  | Delete(expr* targets)
  | Assign(expr* targets, expr value, string? type_comment)
  | AugAssign(expr target, operator op, expr value)
  | AnnAssign(expr target, expr annotation, expr? value, int simple)
  | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
  | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
  | While(expr test, stmt* body, stmt* orelse)
  | If(expr test, stmt* body, stmt* orelse)
  | With(withitem* items, stmt* body, string? type_comment)
  | AsyncWith(withitem* items, stmt* body, string? type_comment)
  | Match(expr subject, match_case* cases)
  | Raise(expr? exc, expr? cause)
  | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
  | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
  | Assert(expr test, expr? msg)
  | Import(alias* names)
  | ImportFrom(identifier? module, alias* names, int? level)
  | Global(identifier* names)
  | Nonlocal(identifier* names)
  | Expr(expr value)
  | Pass | Break | Continue
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

expr = BoolOp(boolop op, expr* values)
  | NamedExpr(expr target, expr value)
  | BinOp(expr left, operator op, expr right)
  | UnaryOp(unaryop op, expr operand)
  | Lambda(arguments args, expr body)
  | IfExp(expr test, expr body, expr orelse)
  | Dict(expr* keys, expr* values)
  | Set(expr* elts)
  | ListComp(expr elt, comprehension* generators)
  | SetComp(expr elt, comprehension* generators)
  | DictComp(expr key, expr value, comprehension* generators)
  | GeneratorExp(expr elt, comprehension* generators)
  | Await(expr value)
  | Yield(expr? value)
  | YieldFrom(expr value)
  | Compare(expr left, cmpop* ops, expr* comparators)
  | Call(expr func, expr* args, keyword* keywords)
  | FormattedValue(expr value, int conversion, expr? format_spec)
  | JoinedStr(expr* values)
  | Constant(constant value, string? kind)
  | Attribute(expr value, identifier attr, expr_context ctx)
  | Subscript(expr value, expr slice, expr_context ctx)
  | Starred(expr value, expr_context ctx)
  | Name(identifier id, expr_context ctx)
  | List(expr* elts, expr_context ctx)
  | Tuple(expr* elts, expr_context ctx)
  | Slice(expr? lower, expr? upper, expr? step)
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

expr_context = Load | Store | Del
boolop = And | Or
operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop = Invert | Not | UAdd | USub
cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn

comprehension = (expr target, expr iter, expr* ifs, int is_async)

excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)

arg = (identifier arg, expr? annotation, string? type_comment)
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

keyword = (identifier? arg, expr value)
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

alias = (identifier name, identifier? asname)
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

withitem = (expr context_expr, expr? optional_vars)

match_case = (pattern pattern, expr? guard, stmt* body)

pattern = MatchValue(expr value)
  | MatchSingleton(constant value)
  | MatchSequence(pattern* patterns)
  | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
  | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
  | MatchStar(identifier? name)
  | MatchAs(pattern? pattern, identifier? name)
  | MatchOr(pattern* patterns)
  attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)

type_ignore = TypeIgnore(int lineno, string tag)
`;

/** One field or attribute: its ASDL type and whether it is a sequence (`*`) or optional (`?`). */
interface Field {
  readonly name: string;
  readonly type: string;
  readonly seq: boolean;
  readonly opt: boolean;
}

/** A node kind that has instances: a constructor of a sum type, or a product type. */
interface Kind {
  readonly name: string;
  readonly fields: readonly Field[];
  /** The sum or product type defining it (itself for a product). */
  readonly owner: Definition;
}

/** An ASDL definition: a sum type (`stmt = ... | ...`) or a product type (`arguments = (...)`). */
interface Definition {
  readonly name: string;
  readonly product: boolean;
  /** Sum types whose constructors have no fields (operators, contexts): singleton instances. */
  readonly simple: boolean;
  readonly kinds: Kind[];
  readonly attributes: readonly Field[];
}

function parseFields(text: string): Field[] {
  const out: Field[] = [];
  for (const part of text.split(",")) {
    const [type, name] = part.trim().split(/\s+/);
    const last = type[type.length - 1];
    const bare = last === "*" || last === "?" ? type.slice(0, -1) : type;
    out.push({ name, type: bare, seq: last === "*", opt: last === "?" });
  }
  return out;
}

function parseAsdl(text: string): Definition[] {
  const defs: Definition[] = [];
  for (const block of text.trim().split(/\n(?=\S)/)) {
    const eq = block.indexOf("=");
    const name = block.slice(0, eq).trim();
    let body = block.slice(eq + 1).replace(/\s+/g, " ").trim();
    let attributes: Field[] = [];
    const at = body.indexOf("attributes (");
    if (at >= 0) {
      attributes = parseFields(body.slice(at + 12, body.lastIndexOf(")")));
      body = body.slice(0, at).trim();
    }
    const product = body.startsWith("(");
    const kinds: Kind[] = [];
    const def: Definition = { name, product, simple: false, kinds, attributes };
    if (product) {
      kinds.push({ name, fields: parseFields(body.slice(1, -1)), owner: def });
    } else {
      for (const alt of body.split("|")) {
        const s = alt.trim();
        const paren = s.indexOf("(");
        if (paren < 0) kinds.push({ name: s, fields: [], owner: def });
        else {kinds.push({
            name: s.slice(0, paren),
            fields: parseFields(s.slice(paren + 1, -1)),
            owner: def,
          });}
      }
    }
    const simple = !product && attributes.length === 0 && kinds.every((k) => k.fields.length === 0);
    defs.push({ ...def, simple, kinds });
    for (const k of kinds) (k as { owner: Definition }).owner = defs[defs.length - 1];
  }
  return defs;
}

const DEFINITIONS: readonly Definition[] = parseAsdl(ASDL);
const DEFINITION_BY_NAME: ReadonlyMap<string, Definition> = new Map(
  DEFINITIONS.map((d) => [d.name, d]),
);
const KIND_BY_NAME: ReadonlyMap<string, Kind> = new Map(
  DEFINITIONS.flatMap((d) => d.kinds.map((k) => [k.name, k] as const)),
);

function signature(k: Kind): string {
  if (k.fields.length === 0) return k.name;
  const fs = k.fields.map((f) => `${f.type}${f.seq ? "*" : f.opt ? "?" : ""} ${f.name}`);
  return `${k.name}(${fs.join(", ")})`;
}

/** `__doc__` of a sum type: its constructors, one per line (simple sums on one line). */
function sumDoc(d: Definition): string {
  if (d.simple) return `${d.name} = ${d.kinds.map((k) => k.name).join(" | ")}`;
  const sep = `\n${" ".repeat(d.name.length + 1)}| `;
  return `${d.name} = ${d.kinds.map(signature).join(sep)}`;
}

// ---- The classes ----------------------------------------------------------------------------

/** `ast.AST`, the base of every node class (a static type; the node classes are heap types). */
export const astType: PyType = new PyType(typeType, "ast.AST", [objectType]);
astType.qualname = "AST";
astType.instancesHaveDict = true;
astType.allocate = (cls) => new PyObject(cls);

function instanceDict(o: PyObject): PyDict {
  return o.dict ??= new PyDict();
}

/** CPython's _PyType_Name: a static type's name without its module. */
function typeNameOf(v: PyValue): string {
  const t = typeOf(v);
  return t.isHeapType ? t.name : t.name.slice(t.name.lastIndexOf(".") + 1);
}

defineNew(astType, (cls) => (cls.allocate ?? astType.allocate!)(cls));
defineMethods(astType, {
  // ast_type_init: positional arguments fill `_fields` in order, keywords set any attribute.
  __init__(args, kwnames) {
    const self = args[0];
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - 1 - nkw;
    const fields = abs.getAttrOrUndefined(typeOf(self), "_fields");
    const numFields = fields === undefined ? 0 : abs.len(fields);
    const type = typeOf(self);
    const name = typeNameOf(self);
    if (numFields < npos) {
      throw pyError(
        PyExc_TypeError,
        `${name} constructor takes at most ${numFields} positional argument${
          numFields === 1 ? "" : "s"
        }`,
      );
    }
    for (let i = 0; i < npos; i++) {
      const field = abs.getItem(fields!, i);
      abs.setAttr(self, fieldName(field), args[1 + i]);
    }
    for (let k = 0; k < nkw; k++) {
      const key = kwnames![k];
      if (fields !== undefined && abs.contains(fields, key)) {
        const p = abs.asIndex(abs.callMethod(fields, "index", [key]));
        if (p < npos) {
          throw pyError(
            PyExc_TypeError,
            `${type.name} got multiple values for argument '${key}'`,
          );
        }
      }
      abs.setAttr(self, key, args[1 + npos + k]);
    }
    return None;
  },
  __reduce__(args) {
    const self = args[0] as PyObject;
    return makeTuple([typeOf(self), makeTuple([]), instanceDict(self)]);
  },
});
defineGetter(
  astType,
  "__dict__",
  (o) => instanceDict(o as PyObject),
  (o, v) => {
    if (v === undefined) throw pyError(PyExc_TypeError, "cannot delete __dict__");
    if (!(v instanceof PyDict)) {
      throw pyError(
        PyExc_TypeError,
        `__dict__ must be set to a dictionary, not a '${typeNameOf(v)}'`,
      );
    }
    (o as PyObject).dict = v;
  },
);
astType.dict.setStr("__module__", "ast");
astType.dict.setStr("_fields", makeTuple([]));
astType.dict.setStr("__match_args__", makeTuple([]));
astType.dict.setStr("_attributes", makeTuple([]));

function fieldName(v: PyValue): string {
  if (typeof v !== "string") {
    throw pyError(
      PyExc_TypeError,
      `attribute name must be string, not '${typeNameOf(v)}'`,
    );
  }
  return v;
}

/** The node classes of one interpreter and the shared instances of the field-less ones. */
export interface AstState {
  readonly types: Map<string, PyType>;
  readonly singletons: Map<string, PyObject>;
}

function names(fields: readonly Field[]): PyTuple {
  return makeTuple(fields.map((f) => f.name));
}

function makeClass(name: string, base: PyType, fields: readonly Field[], doc: string): PyType {
  const ns = new PyDict();
  const fieldNames = names(fields);
  ns.setStr("_fields", fieldNames);
  ns.setStr("__match_args__", fieldNames);
  ns.setStr("__module__", "ast");
  ns.setStr("__doc__", doc);
  return typeNew(typeType, name, [base], ns, null);
}

/**
 * The direct subclasses of AST are where type() gives instances a weak reference slot (AST
 * itself has none), as in CPython.
 */
function addWeakrefSlot(type: PyType): void {
  type.dict.setStr("__weakref__", new PyGetSetDescriptor("__weakref__", type, () => None, null));
}

/** Optional fields read as None when never set (CPython 3.11 sets them on the class). */
function setOptionalDefaults(type: PyType, fields: readonly Field[]): void {
  for (const f of fields) if (f.opt) type.dict.setStr(f.name, None);
}

function createState(): AstState {
  const types = new Map<string, PyType>();
  const singletons = new Map<string, PyObject>();
  types.set("AST", astType);
  for (const d of DEFINITIONS) {
    if (d.product) {
      const k = d.kinds[0];
      const t = makeClass(d.name, astType, k.fields, signature(k));
      addWeakrefSlot(t);
      t.dict.setStr("_attributes", names(d.attributes));
      setOptionalDefaults(t, k.fields);
      setOptionalDefaults(t, d.attributes);
      types.set(d.name, t);
      continue;
    }
    const sum = makeClass(d.name, astType, [], sumDoc(d));
    addWeakrefSlot(sum);
    sum.dict.setStr("_attributes", names(d.attributes));
    setOptionalDefaults(sum, d.attributes);
    types.set(d.name, sum);
    for (const k of d.kinds) {
      const t = makeClass(k.name, sum, k.fields, signature(k));
      setOptionalDefaults(t, k.fields);
      types.set(k.name, t);
      if (d.simple) singletons.set(k.name, new PyObject(t));
    }
  }
  return { types, singletons };
}

/**
 * The node classes belong to the interpreter, not to a module object (CPython's
 * `interp->ast`): importing `_ast` twice gives the same classes, and compile() finds them
 * without importing anything. They hang off the interpreter's builtins namespace, one set
 * per interpreter.
 */
const statesByInterpreter = new WeakMap<PyDict, AstState>();

function astState(): AstState {
  const key = builtinRefs.dict;
  if (key === null) return createState();
  let state = statesByInterpreter.get(key);
  if (state === undefined) {
    state = createState();
    statesByInterpreter.set(key, state);
  }
  return state;
}

export function createModule(): PyModule {
  const state = astState();
  const m = new PyModule("_ast");
  for (const [name, t] of state.types) m.dict.setStr(name, t);
  m.dict.setStr("PyCF_ONLY_AST", PyCF_ONLY_AST);
  m.dict.setStr("PyCF_TYPE_COMMENTS", PyCF_TYPE_COMMENTS);
  m.dict.setStr("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyCF_ALLOW_TOP_LEVEL_AWAIT);
  return m;
}

// ---- TypeScript AST -> Python objects (ast2obj) ----------------------------------------------

class ToPython {
  constructor(private readonly state: AstState) {}

  node(node: A.Node): PyObject {
    const kind = KIND_BY_NAME.get(node._type)!;
    const obj = new PyObject(this.state.types.get(kind.name)!);
    const dict = instanceDict(obj);
    const record = node as unknown as Record<string, unknown>;
    for (const f of kind.fields) dict.setStr(f.name, this.field(f, record[f.name]));
    for (const a of kind.owner.attributes) dict.setStr(a.name, record[a.name] as number);
    return obj;
  }

  private field(f: Field, value: unknown): PyValue {
    if (f.seq) return new PyList((value as unknown[]).map((v) => this.value(f.type, v)));
    return this.value(f.type, value);
  }

  private value(type: string, value: unknown): PyValue {
    if (value === null || value === undefined) return None;
    switch (type) {
      case "identifier":
      case "string":
        return value as string;
      case "int":
        return value as number;
      case "constant":
        return constantToValue(value as A.ConstantValue);
    }
    const def = DEFINITION_BY_NAME.get(type)!;
    if (def.simple) return this.state.singletons.get(value as string)!;
    return this.node(value as A.Node);
  }
}

/** `compile(source, filename, mode, PyCF_ONLY_AST)`: the source's tree as Python objects. */
export function parseToPython(source: string, filename: string, mode: string): PyValue {
  const state = astState();
  let tree: A.mod;
  try {
    tree = mode === "func_type"
      ? parseFuncType(source, filename)
      : parse(source, filename, mode as CompileMode);
  } catch (e) {
    if (e instanceof PySyntaxErrorInfo) throw syntaxErrorFromInfo(e);
    throw e;
  }
  return new ToPython(state).node(tree);
}

/**
 * `func_type` input, `(argtypes) -> returns` (the grammar of PEP 484 signature comments): the
 * arrow is replaced by a comma of the same width so the text parses as one tuple expression
 * whose positions are the original ones.
 */
function parseFuncType(source: string, filename: string): A.FunctionType {
  const stream = tokenize(source, filename);
  const arrow = stream.tokens.find((t) => t.type === "OP" && t.string === "->" && t.level === 0);
  const fail = () =>
    new PySyntaxErrorInfo("SyntaxError", "invalid syntax", filename, 1, 1, source, 1, 1);
  if (arrow === undefined) throw fail();
  const lines = source.split("\n");
  const line = lines[arrow.lineno - 1];
  const at = unitOffsetOfByteColumn(line, arrow.col_offset);
  lines[arrow.lineno - 1] = line.slice(0, at) + ", " + line.slice(at + 2);
  const expr = parse(lines.join("\n"), filename, "eval") as A.Expression;
  const body = expr.body;
  if (body._type !== "Tuple" || body.elts.length !== 2) throw fail();
  const [params, returns] = body.elts;
  const open = source.trimStart()[0] === "(";
  if (!open) throw fail();
  let argtypes: A.expr[];
  if (params._type === "Tuple" && params.col_offset === source.length - source.trimStart().length) {
    argtypes = params.elts;
  } else argtypes = [params];
  return { _type: "FunctionType", argtypes, returns };
}

/** Index in UTF-16 units of the UTF-8 byte column `col` of `line`. */
function unitOffsetOfByteColumn(line: string, col: number): number {
  let bytes = 0;
  let i = 0;
  while (i < line.length && bytes < col) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i += 2;
    } else {
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      i++;
    }
  }
  return i;
}

// ---- Python objects -> TypeScript AST (obj2ast) ------------------------------------------------

function typeError(msg: string): never {
  throw pyError(PyExc_TypeError, msg);
}
function valueError(msg: string): never {
  throw pyError(PyExc_ValueError, msg);
}

/** An object constant the compiler's literal kinds cannot carry (tuple, frozenset, ...). */
function objectConstant(value: PyValue): A.ConstantValue {
  return { kind: "object", value };
}

function toConstant(v: PyValue): A.ConstantValue {
  if (v === None) return null;
  switch (typeof v) {
    case "boolean":
    case "string":
      return v;
    case "number":
      return BigInt(v);
    case "bigint":
      return v;
  }
  if (v === Ellipsis) return { kind: "ellipsis" };
  // The object itself goes into co_consts, as CPython's compiler stores it (`is` holds).
  if (v instanceof PyFloat && v.cls === floatType) {
    return { kind: "float", value: v.value, object: v };
  }
  if (v instanceof PyComplex && v.cls === complexType && Object.is(v.real, 0)) {
    return { kind: "complex", imag: v.imag, object: v };
  }
  if (v instanceof PyBytes && v.cls === bytesType) {
    return { kind: "bytes", value: v.bytes, object: v };
  }
  return objectConstant(v);
}

class FromPython {
  /** Node kinds by their exact class, for the common case of a tree of plain node objects. */
  private readonly kindOfClass = new Map<PyType, Kind>();

  constructor(private readonly state: AstState) {
    for (const [name, kind] of KIND_BY_NAME) this.kindOfClass.set(state.types.get(name)!, kind);
  }

  private isA(obj: PyValue, name: string): boolean {
    return abs.isInstance(obj, this.state.types.get(name)!);
  }

  /** A field's value, or undefined when the object lacks it (AttributeError only). */
  private lookup(obj: PyValue, name: string): PyValue | undefined {
    // Plain node objects keep their fields in the instance dict (no descriptors in the way).
    if (obj instanceof PyObject && obj.dict !== null && this.kindOfClass.has(obj.cls)) {
      const v = obj.dict.getStr(name);
      if (v !== undefined) return v;
    }
    return abs.getAttrOrUndefined(obj, name);
  }

  /** The constructor of `def` that `obj` is an instance of, exact classes first. */
  private kindOf(def: Definition, obj: PyValue): Kind | undefined {
    if (obj instanceof PyObject) {
      const k = this.kindOfClass.get(obj.cls);
      if (k !== undefined && k.owner === def) return k;
    }
    for (const k of def.kinds) if (this.isA(obj, k.name)) return k;
    return undefined;
  }

  mod(obj: PyValue, mode: string): A.mod {
    const required = mode === "exec"
      ? "Module"
      : mode === "eval"
      ? "Expression"
      : mode === "single"
      ? "Interactive"
      : "FunctionType";
    if (!this.isA(obj, required)) typeError(`expected ${required} node, got ${typeNameOf(obj)}`);
    return this.sum(DEFINITION_BY_NAME.get("mod")!, obj) as A.mod;
  }

  /** Nesting depth of the conversion, counted against the recursion limit as CPython does. */
  private depth = 0;

  private enter(def: Definition): void {
    const ts = currentThread;
    if (ts.depth + ++this.depth > ts.recursionLimit) {
      throw recursionError(` while traversing '${def.name}' node`);
    }
  }

  /** A value of an ASDL sum type: None is NULL, otherwise an instance of one constructor. */
  private sum(def: Definition, obj: PyValue): unknown {
    this.enter(def);
    try {
      return this.sumValue(def, obj);
    } finally {
      this.depth--;
    }
  }

  private sumValue(def: Definition, obj: PyValue): unknown {
    if (def.simple) {
      const k = this.kindOf(def, obj);
      if (k !== undefined) return k.name;
      typeError(`expected some sort of ${def.name}, but got ${abs.repr(obj)}`);
    }
    if (obj === None) return null;
    const attrs = this.attributes(def, obj, def.name);
    const k = this.kindOf(def, obj);
    if (k !== undefined) return this.fields(k, obj, attrs);
    typeError(`expected some sort of ${def.name}, but got ${abs.repr(obj)}`);
  }

  private product(def: Definition, obj: PyValue): unknown {
    this.enter(def);
    try {
      return this.productValue(def, obj);
    } finally {
      this.depth--;
    }
  }

  private productValue(def: Definition, obj: PyValue): unknown {
    const k = def.kinds[0];
    const out = this.fields(k, obj, null);
    const attrs = this.attributes(def, obj, def.name);
    if (attrs !== null) Object.assign(out as Record<string, unknown>, attrs);
    return out;
  }

  /** lineno/col_offset (required) and end_lineno/end_col_offset (defaulting to the start). */
  private attributes(def: Definition, obj: PyValue, owner: string): Record<string, number> | null {
    if (def.attributes.length === 0) return null;
    const out: Record<string, number> = {};
    for (const a of def.attributes) {
      const v = this.lookup(obj, a.name);
      if (v === undefined || (a.opt && v === None)) {
        if (!a.opt) typeError(`required field "${a.name}" missing from ${owner}`);
        out[a.name] = a.name === "end_lineno" ? out.lineno : out.col_offset;
        continue;
      }
      out[a.name] = this.int(v);
    }
    return out;
  }

  private fields(k: Kind, obj: PyValue, attrs: Record<string, number> | null): unknown {
    const out: Record<string, unknown> = { _type: k.name };
    for (const f of k.fields) {
      const v = this.lookup(obj, f.name);
      if (v === undefined || (f.opt && v === None)) {
        if (!f.opt) typeError(`required field "${f.name}" missing from ${k.name}`);
        out[f.name] = null;
        continue;
      }
      if (f.seq) {
        if (!(v instanceof PyList)) {
          typeError(`${k.name} field "${f.name}" must be a list, not a ${typeNameOf(v)}`);
        }
        const items = v.items;
        const len = items.length;
        const list: unknown[] = [];
        for (let i = 0; i < len; i++) {
          list.push(this.value(f.type, items[i]));
          if (items.length !== len) {
            throw pyError(
              PyExc_RuntimeError,
              `${k.name} field "${f.name}" changed size during iteration`,
            );
          }
        }
        out[f.name] = list;
        continue;
      }
      const value = this.value(f.type, v);
      // The node constructors (_PyAST_Name, ...) refuse a NULL for a required field.
      if (value === null && f.type !== "constant") {
        valueError(`field '${f.name}' is required for ${k.name}`);
      }
      out[f.name] = value;
    }
    if (attrs !== null) Object.assign(out, attrs);
    return out;
  }

  private value(type: string, v: PyValue): unknown {
    switch (type) {
      case "identifier":
        if (typeof v !== "string" && v !== None) typeError("AST identifier must be of type str");
        return v === None ? null : v;
      case "string":
        if (typeof v !== "string" && v !== None) typeError("AST string must be of type str");
        return v === None ? null : v;
      case "int":
        return this.int(v);
      case "constant":
        return toConstant(v);
    }
    const def = DEFINITION_BY_NAME.get(type)!;
    return def.product ? this.product(def, v) : this.sum(def, v);
  }

  private int(v: PyValue): number {
    if (typeof v === "boolean") return v ? 1 : 0;
    if (typeof v === "number" || typeof v === "bigint") {
      if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
        throw pyError(PyExc_OverflowError, "Python int too large to convert to C int");
      }
      return v;
    }
    if (abs.isInstance(v, typeOf(0))) return this.int(abs.asIndex(v));
    valueError(`invalid integer value: ${abs.repr(v)}`);
  }
}

// ---- Validation (Python/ast.c) -------------------------------------------------------------

type Ctx = A.expr_context;

class Validator {
  stmts(seq: (A.stmt | null)[]): void {
    for (const s of seq) {
      if (s === null) valueError("None disallowed in statement list");
      this.stmt(s);
    }
  }

  exprs(seq: (A.expr | null)[], ctx: Ctx, nullOk: boolean): void {
    for (const e of seq) {
      if (e === null) {
        if (!nullOk) valueError("None disallowed in expression list");
        continue;
      }
      this.expr(e, ctx);
    }
  }

  private nonEmpty(seq: unknown[], what: string, owner: string): void {
    if (seq.length === 0) valueError(`empty ${what} on ${owner}`);
  }

  private body(seq: (A.stmt | null)[], owner: string): void {
    this.nonEmpty(seq, "body", owner);
    this.stmts(seq);
  }

  private positions(n: A.Located): void {
    if (n.lineno > n.end_lineno) {
      valueError(`AST node line range (${n.lineno}, ${n.end_lineno}) is not valid`);
    }
    if (
      (n.lineno < 0 && n.end_lineno !== n.lineno) ||
      (n.col_offset < 0 && n.col_offset !== n.end_col_offset)
    ) {
      valueError(
        `AST node column range (${n.col_offset}, ${n.end_col_offset}) for line range (${n.lineno}, ${n.end_lineno}) is not valid`,
      );
    }
    if (n.lineno === n.end_lineno && n.col_offset > n.end_col_offset) {
      valueError(
        `line ${n.lineno}, column ${n.col_offset}-${n.end_col_offset} is not a valid range`,
      );
    }
  }

  private name(id: string): void {
    if (id === "None" || id === "True" || id === "False") {
      valueError(`identifier field can't represent '${id}' constant`);
    }
  }

  private args(args: A.arg[]): void {
    for (const a of args) {
      this.positions(a);
      if (a.annotation !== null) this.expr(a.annotation, "Load");
    }
  }

  arguments(a: A.arguments): void {
    this.args(a.posonlyargs);
    this.args(a.args);
    if (a.vararg !== null && a.vararg.annotation !== null) this.expr(a.vararg.annotation, "Load");
    this.args(a.kwonlyargs);
    if (a.kwarg !== null && a.kwarg.annotation !== null) this.expr(a.kwarg.annotation, "Load");
    if (a.defaults.length > a.posonlyargs.length + a.args.length) {
      valueError("more positional defaults than args on arguments");
    }
    if (a.kw_defaults.length !== a.kwonlyargs.length) {
      valueError("length of kwonlyargs is not the same as kw_defaults on arguments");
    }
    this.exprs(a.defaults, "Load", false);
    this.exprs(a.kw_defaults, "Load", true);
  }

  private keywords(kws: A.keyword[]): void {
    for (const k of kws) this.expr(k.value, "Load");
  }

  private comprehension(gens: A.comprehension[]): void {
    if (gens.length === 0) valueError("comprehension with no generators");
    for (const g of gens) {
      this.expr(g.target, "Store");
      this.expr(g.iter, "Load");
      this.exprs(g.ifs, "Load", false);
    }
  }

  /** The first value of a constant (or of its items) that is no constant, or undefined. */
  private invalidConstant(v: A.ConstantValue): PyValue | undefined {
    if (v === null || typeof v !== "object" || v.kind !== "object") return undefined;
    const value = v.value as PyValue;
    const t = typeOf(value);
    if (t === complexType) return undefined;
    if (t === tupleType || t === frozenSetType) {
      const items = t === tupleType ? (value as PyTuple).items : [...(value as PySet).values()];
      for (const item of items) {
        const bad = this.invalidConstant(toConstant(item));
        if (bad !== undefined) return bad;
      }
      return undefined;
    }
    return value;
  }

  expr(e: A.expr, ctx: Ctx): void {
    this.positions(e);
    let actual: Ctx | null = null;
    switch (e._type) {
      case "Name":
        this.name(e.id);
        actual = e.ctx;
        break;
      case "Attribute":
      case "Subscript":
      case "Starred":
      case "List":
      case "Tuple":
        actual = e.ctx;
        break;
      default:
        if (ctx !== "Load") {
          valueError(`expression which can't be assigned to in ${ctx} context`);
        }
    }
    if (actual !== null && actual !== ctx) {
      valueError(`expression must have ${ctx} context but has ${actual} instead`);
    }
    switch (e._type) {
      case "BoolOp":
        if (e.values.length < 2) valueError("BoolOp with less than 2 values");
        return this.exprs(e.values, "Load", false);
      case "BinOp":
        this.expr(e.left, "Load");
        return this.expr(e.right, "Load");
      case "UnaryOp":
        return this.expr(e.operand, "Load");
      case "Lambda":
        this.arguments(e.args);
        return this.expr(e.body, "Load");
      case "IfExp":
        this.expr(e.test, "Load");
        this.expr(e.body, "Load");
        return this.expr(e.orelse, "Load");
      case "Dict":
        if (e.keys.length !== e.values.length) {
          valueError("Dict doesn't have the same number of keys as values");
        }
        this.exprs(e.keys, "Load", true);
        return this.exprs(e.values, "Load", false);
      case "Set":
        return this.exprs(e.elts, "Load", false);
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
        this.comprehension(e.generators);
        return this.expr(e.elt, "Load");
      case "DictComp":
        this.comprehension(e.generators);
        this.expr(e.key, "Load");
        return this.expr(e.value, "Load");
      case "Yield":
        if (e.value !== null) this.expr(e.value, "Load");
        return;
      case "YieldFrom":
      case "Await":
        return this.expr(e.value, "Load");
      case "Compare":
        if (e.comparators.length === 0) valueError("Compare with no comparators");
        if (e.comparators.length !== e.ops.length) {
          valueError("Compare has a different number of comparators and operands");
        }
        this.exprs(e.comparators, "Load", false);
        return this.expr(e.left, "Load");
      case "Call":
        this.expr(e.func, "Load");
        this.exprs(e.args, "Load", false);
        return this.keywords(e.keywords);
      case "Constant": {
        const bad = this.invalidConstant(e.value);
        if (bad !== undefined) typeError(`got an invalid type in Constant: ${typeNameOf(bad)}`);
        return;
      }
      case "JoinedStr":
        return this.exprs(e.values, "Load", false);
      case "FormattedValue":
        this.expr(e.value, "Load");
        if (e.format_spec !== null) this.expr(e.format_spec, "Load");
        // The code generator's check (compiler_formatted_value): -1, 's', 'r' or 'a'.
        if (
          e.conversion !== -1 && e.conversion !== 115 && e.conversion !== 114 && e.conversion !== 97
        ) {
          throw pyError(PyExc_SystemError, `Unrecognized conversion character ${e.conversion}`);
        }
        return;
      case "Attribute":
        return this.expr(e.value, "Load");
      case "Subscript":
        this.expr(e.slice, "Load");
        return this.expr(e.value, "Load");
      case "Starred":
        return this.expr(e.value, ctx);
      case "Slice":
        if (e.lower !== null) this.expr(e.lower, "Load");
        if (e.upper !== null) this.expr(e.upper, "Load");
        if (e.step !== null) this.expr(e.step, "Load");
        return;
      case "List":
      case "Tuple":
        return this.exprs(e.elts, ctx, false);
      case "NamedExpr":
        if (e.target._type !== "Name") typeError("NamedExpr target must be a Name");
        return this.expr(e.value, "Load");
      case "Name":
        return;
    }
  }

  private withItems(items: A.withitem[], owner: string): void {
    this.nonEmpty(items, "items", owner);
    for (const item of items) {
      this.expr(item.context_expr, "Load");
      if (item.optional_vars !== null) this.expr(item.optional_vars, "Store");
    }
  }

  private tryStmt(s: A.Try | A.TryStar): void {
    this.body(s.body, s._type);
    if (s.handlers.length === 0 && s.finalbody.length === 0) {
      valueError(`${s._type} has neither except handlers nor finalbody`);
    }
    if (s.handlers.length === 0 && s.orelse.length !== 0) {
      valueError(`${s._type} has orelse but no except handlers`);
    }
    for (const h of s.handlers) {
      if (s._type === "Try") this.positions(h);
      if (h.type !== null) this.expr(h.type, "Load");
      this.body(h.body, "ExceptHandler");
    }
    if (s.finalbody.length !== 0) this.stmts(s.finalbody);
    if (s.orelse.length !== 0) this.stmts(s.orelse);
  }

  stmt(s: A.stmt): void {
    this.positions(s);
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.body(s.body, s._type);
        this.arguments(s.args);
        this.exprs(s.decorator_list, "Load", false);
        if (s.returns !== null) this.expr(s.returns, "Load");
        return;
      case "ClassDef":
        this.body(s.body, "ClassDef");
        this.exprs(s.bases, "Load", false);
        this.keywords(s.keywords);
        return this.exprs(s.decorator_list, "Load", false);
      case "Return":
        if (s.value !== null) this.expr(s.value, "Load");
        return;
      case "Delete":
        this.nonEmpty(s.targets, "targets", "Delete");
        return this.exprs(s.targets, "Del", false);
      case "Assign":
        this.nonEmpty(s.targets, "targets", "Assign");
        this.exprs(s.targets, "Store", false);
        return this.expr(s.value, "Load");
      case "AugAssign":
        this.expr(s.target, "Store");
        return this.expr(s.value, "Load");
      case "AnnAssign":
        if (s.target._type !== "Name" && s.simple) {
          typeError("AnnAssign with simple non-Name target");
        }
        this.expr(s.target, "Store");
        if (s.value !== null) this.expr(s.value, "Load");
        return this.expr(s.annotation, "Load");
      case "For":
      case "AsyncFor":
        this.expr(s.target, "Store");
        this.expr(s.iter, "Load");
        this.body(s.body, s._type);
        return this.stmts(s.orelse);
      case "While":
      case "If":
        this.expr(s.test, "Load");
        this.body(s.body, s._type);
        return this.stmts(s.orelse);
      case "With":
      case "AsyncWith":
        this.withItems(s.items, s._type);
        return this.body(s.body, s._type);
      case "Match":
        this.expr(s.subject, "Load");
        this.nonEmpty(s.cases, "cases", "Match");
        for (const c of s.cases) {
          this.pattern(c.pattern, false);
          if (c.guard !== null) this.expr(c.guard, "Load");
          this.body(c.body, "match_case");
        }
        return;
      case "Raise":
        if (s.exc !== null) {
          this.expr(s.exc, "Load");
          if (s.cause !== null) this.expr(s.cause, "Load");
          return;
        }
        if (s.cause !== null) valueError("Raise with cause but no exception");
        return;
      case "Try":
      case "TryStar":
        return this.tryStmt(s);
      case "Assert":
        this.expr(s.test, "Load");
        if (s.msg !== null) this.expr(s.msg, "Load");
        return;
      case "Import":
        return this.nonEmpty(s.names, "names", "Import");
      case "ImportFrom":
        if (s.level !== null && s.level < 0) valueError("Negative ImportFrom level");
        return this.nonEmpty(s.names, "names", "ImportFrom");
      case "Global":
      case "Nonlocal":
        return this.nonEmpty(s.names, "names", s._type);
      case "Expr":
        return this.expr(s.value, "Load");
    }
  }

  private capture(name: string | null): void {
    if (name === null) return;
    if (name === "_") valueError("can't capture name '_' in patterns");
    this.name(name);
  }

  private patterns(ps: A.pattern[], starOk: boolean): void {
    for (const p of ps) this.pattern(p, starOk);
  }

  /** A number literal: int/float when `real`, complex when `imaginary` (exact types). */
  private isNumber(e: A.expr, real: boolean, imaginary: boolean): boolean {
    if (e._type !== "Constant") return false;
    const v = e.value;
    if (typeof v === "bigint") return real;
    if (v === null || typeof v !== "object") return false;
    if (v.kind === "float") return real;
    if (v.kind === "complex") return imaginary;
    return v.kind === "object" && typeOf(v.value as PyValue) === complexType && imaginary;
  }

  private isNegative(e: A.expr, real: boolean, imaginary: boolean): boolean {
    return e._type === "UnaryOp" && e.op === "USub" && this.isNumber(e.operand, real, imaginary);
  }

  private matchValue(e: A.expr): void {
    this.expr(e, "Load");
    switch (e._type) {
      case "Constant": {
        const v = e.value;
        const literal = typeof v === "bigint" || typeof v === "string" ||
          (v !== null && typeof v === "object" &&
            (v.kind === "float" || v.kind === "complex" || v.kind === "bytes" ||
              (v.kind === "object" && typeOf(v.value as PyValue) === complexType)));
        if (!literal) valueError("unexpected constant inside of a literal pattern");
        return;
      }
      case "Attribute":
      case "JoinedStr":
        return;
      case "UnaryOp":
        if (this.isNegative(e, true, true)) return;
        break;
      case "BinOp":
        if (
          (e.op === "Add" || e.op === "Sub") &&
          (this.isNumber(e.left, true, false) || this.isNegative(e.left, true, false)) &&
          this.isNumber(e.right, false, true)
        ) return;
        break;
    }
    valueError("patterns may only match literals and attribute lookups");
  }

  private pattern(p: A.pattern, starOk: boolean): void {
    this.positions(p);
    switch (p._type) {
      case "MatchValue":
        return this.matchValue(p.value);
      case "MatchSingleton":
        if (p.value !== null && typeof p.value !== "boolean") {
          valueError("MatchSingleton can only contain True, False and None");
        }
        return;
      case "MatchSequence":
        return this.patterns(p.patterns, true);
      case "MatchMapping":
        if (p.keys.length !== p.patterns.length) {
          valueError("MatchMapping doesn't have the same number of keys as patterns");
        }
        this.capture(p.rest);
        for (const k of p.keys) {
          // None, True and False keys are valid syntax, compiled as their values.
          if (k._type === "Constant" && (k.value === null || typeof k.value === "boolean")) {
            continue;
          }
          this.matchValue(k);
        }
        return this.patterns(p.patterns, false);
      case "MatchClass": {
        if (p.kwd_attrs.length !== p.kwd_patterns.length) {
          valueError("MatchClass doesn't have the same number of keyword attributes as patterns");
        }
        this.expr(p.cls, "Load");
        let cls: A.expr = p.cls;
        while (cls._type === "Attribute") cls = cls.value;
        if (cls._type !== "Name") {
          valueError("MatchClass cls field can only contain Name or Attribute nodes.");
        }
        for (const a of p.kwd_attrs) this.name(a);
        this.patterns(p.patterns, false);
        return this.patterns(p.kwd_patterns, false);
      }
      case "MatchStar":
        if (!starOk) valueError("can't use MatchStar here");
        return this.capture(p.name);
      case "MatchAs":
        this.capture(p.name);
        if (p.pattern === null) return;
        if (p.name === null) valueError("MatchAs must specify a target name if a pattern is given");
        return this.pattern(p.pattern, false);
      case "MatchOr":
        if (p.patterns.length < 2) valueError("MatchOr requires at least 2 patterns");
        return this.patterns(p.patterns, false);
    }
  }

  mod(m: A.mod): void {
    switch (m._type) {
      case "Module":
      case "Interactive":
        return this.stmts(m.body);
      case "Expression":
        return this.expr(m.body, "Load");
      case "FunctionType":
        this.exprs(m.argtypes, "Load", false);
        return this.expr(m.returns, "Load");
    }
  }
}

/** `compile(tree, filename, mode)` of a Python AST object: convert, validate, compile. */
export function compilePython(tree: PyValue, filename: string, mode: string): PyValue {
  const state = astState();
  const mod = new FromPython(state).mod(tree, mode);
  new Validator().mod(mod);
  try {
    return compileAst(mod, filename, mode as CompileMode);
  } catch (e) {
    if (!(e instanceof PySyntaxErrorInfo)) throw e;
    // A tree has no source text: the error's `text` is None.
    const exc = syntaxErrorFromInfo(e);
    if (e.text === "") {
      const args = abs.getAttr(exc, "args") as PyTuple;
      const loc = args.items[1] as PyTuple;
      const items = loc.items.slice();
      items[3] = None;
      abs.setAttr(exc, "text", None);
      abs.setAttr(exc, "args", makeTuple([args.items[0], makeTuple(items)]));
    }
    throw exc;
  }
}

/** Whether compile() should treat `v` as an AST (CPython's PyAST_Check). */
export function isAstObject(v: PyValue): boolean {
  return v instanceof PyObject && abs.isInstance(v, astType);
}
