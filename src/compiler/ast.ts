// Python 3.11 abstract syntax tree, node for node as CPython's Parser/Python.asdl defines it.
// Field names keep CPython's spelling so `ast.dump` output and the compiler read like the ASDL.
// Enumerations without fields (operators, contexts) are plain string tags.

/** Source span: 1-based lines, 0-based UTF-8 byte columns (as CPython reports them). */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** Literal values carried by `Constant` nodes. `null` is None; ints are always bigint here. */
export type ConstantValue =
  | null
  | boolean
  | bigint
  | string
  | FloatConstant
  | ComplexConstant
  | BytesConstant
  | EllipsisConstant
  | ObjectConstant;
export interface FloatConstant {
  readonly kind: "float";
  readonly value: number;
  /** The Python object itself when the tree came from Python (compile() of an AST). */
  readonly object?: unknown;
}
/** An imaginary literal such as `2j` (the real part of a literal is always 0). */
export interface ComplexConstant {
  readonly kind: "complex";
  readonly imag: number;
  /** The Python object itself when the tree came from Python (compile() of an AST). */
  readonly object?: unknown;
}
export interface BytesConstant {
  readonly kind: "bytes";
  readonly value: Uint8Array;
  /** The Python object itself when the tree came from Python (compile() of an AST). */
  readonly object?: unknown;
}
export interface EllipsisConstant {
  readonly kind: "ellipsis";
}
/**
 * A constant only a tree built in Python can hold (`compile(ast_object, ...)`): a tuple,
 * frozenset or complex with a real part, kept as the Python object itself.
 */
export interface ObjectConstant {
  readonly kind: "object";
  readonly value: unknown;
}

export interface alias extends Located {
  _type: "alias";
  name: string;
  asname: string | null;
}
export interface arg extends Located {
  _type: "arg";
  arg: string;
  annotation: expr | null;
  type_comment: string | null;
}
export interface arguments {
  _type: "arguments";
  posonlyargs: arg[];
  args: arg[];
  vararg: arg | null;
  kwonlyargs: arg[];
  kw_defaults: (expr | null)[];
  kwarg: arg | null;
  defaults: expr[];
}
export interface comprehension {
  _type: "comprehension";
  target: expr;
  iter: expr;
  ifs: expr[];
  is_async: number;
}
export interface keyword extends Located {
  _type: "keyword";
  arg: string | null;
  value: expr;
}
export interface match_case {
  _type: "match_case";
  pattern: pattern;
  guard: expr | null;
  body: stmt[];
}
export interface withitem {
  _type: "withitem";
  context_expr: expr;
  optional_vars: expr | null;
}

export interface ExceptHandler extends Located {
  _type: "ExceptHandler";
  type: expr | null;
  name: string | null;
  body: stmt[];
}

export interface Attribute extends Located {
  _type: "Attribute";
  value: expr;
  attr: string;
  ctx: expr_context;
}
export interface Await extends Located {
  _type: "Await";
  value: expr;
}
export interface BinOp extends Located {
  _type: "BinOp";
  left: expr;
  op: operator;
  right: expr;
}
export interface BoolOp extends Located {
  _type: "BoolOp";
  op: boolop;
  values: expr[];
}
export interface Call extends Located {
  _type: "Call";
  func: expr;
  args: expr[];
  keywords: keyword[];
}
export interface Compare extends Located {
  _type: "Compare";
  left: expr;
  ops: cmpop[];
  comparators: expr[];
}
export interface Constant extends Located {
  _type: "Constant";
  value: ConstantValue;
  kind: string | null;
}
export interface Dict extends Located {
  _type: "Dict";
  keys: (expr | null)[];
  values: expr[];
}
export interface DictComp extends Located {
  _type: "DictComp";
  key: expr;
  value: expr;
  generators: comprehension[];
}
export interface FormattedValue extends Located {
  _type: "FormattedValue";
  value: expr;
  conversion: number;
  format_spec: expr | null;
}
export interface GeneratorExp extends Located {
  _type: "GeneratorExp";
  elt: expr;
  generators: comprehension[];
}
export interface IfExp extends Located {
  _type: "IfExp";
  test: expr;
  body: expr;
  orelse: expr;
}
export interface JoinedStr extends Located {
  _type: "JoinedStr";
  values: expr[];
}
export interface Lambda extends Located {
  _type: "Lambda";
  args: arguments;
  body: expr;
}
export interface List extends Located {
  _type: "List";
  elts: expr[];
  ctx: expr_context;
}
export interface ListComp extends Located {
  _type: "ListComp";
  elt: expr;
  generators: comprehension[];
}
export interface Name extends Located {
  _type: "Name";
  id: string;
  ctx: expr_context;
}
export interface NamedExpr extends Located {
  _type: "NamedExpr";
  target: expr;
  value: expr;
}
export interface Set extends Located {
  _type: "Set";
  elts: expr[];
}
export interface SetComp extends Located {
  _type: "SetComp";
  elt: expr;
  generators: comprehension[];
}
export interface Slice extends Located {
  _type: "Slice";
  lower: expr | null;
  upper: expr | null;
  step: expr | null;
}
export interface Starred extends Located {
  _type: "Starred";
  value: expr;
  ctx: expr_context;
}
export interface Subscript extends Located {
  _type: "Subscript";
  value: expr;
  slice: expr;
  ctx: expr_context;
}
export interface Tuple extends Located {
  _type: "Tuple";
  elts: expr[];
  ctx: expr_context;
}
export interface UnaryOp extends Located {
  _type: "UnaryOp";
  op: unaryop;
  operand: expr;
}
export interface Yield extends Located {
  _type: "Yield";
  value: expr | null;
}
export interface YieldFrom extends Located {
  _type: "YieldFrom";
  value: expr;
}

export interface Expression {
  _type: "Expression";
  body: expr;
}
export interface FunctionType {
  _type: "FunctionType";
  argtypes: expr[];
  returns: expr;
}
export interface Interactive {
  _type: "Interactive";
  body: stmt[];
}
export interface Module {
  _type: "Module";
  body: stmt[];
  type_ignores: type_ignore[];
}

export interface MatchAs extends Located {
  _type: "MatchAs";
  pattern: pattern | null;
  name: string | null;
}
export interface MatchClass extends Located {
  _type: "MatchClass";
  cls: expr;
  patterns: pattern[];
  kwd_attrs: string[];
  kwd_patterns: pattern[];
}
export interface MatchMapping extends Located {
  _type: "MatchMapping";
  keys: expr[];
  patterns: pattern[];
  rest: string | null;
}
export interface MatchOr extends Located {
  _type: "MatchOr";
  patterns: pattern[];
}
export interface MatchSequence extends Located {
  _type: "MatchSequence";
  patterns: pattern[];
}
export interface MatchSingleton extends Located {
  _type: "MatchSingleton";
  value: ConstantValue;
}
export interface MatchStar extends Located {
  _type: "MatchStar";
  name: string | null;
}
export interface MatchValue extends Located {
  _type: "MatchValue";
  value: expr;
}

export interface AnnAssign extends Located {
  _type: "AnnAssign";
  target: expr;
  annotation: expr;
  value: expr | null;
  simple: number;
}
export interface Assert extends Located {
  _type: "Assert";
  test: expr;
  msg: expr | null;
}
export interface Assign extends Located {
  _type: "Assign";
  targets: expr[];
  value: expr;
  type_comment: string | null;
}
export interface AsyncFor extends Located {
  _type: "AsyncFor";
  target: expr;
  iter: expr;
  body: stmt[];
  orelse: stmt[];
  type_comment: string | null;
}
export interface AsyncFunctionDef extends Located {
  _type: "AsyncFunctionDef";
  name: string;
  args: arguments;
  body: stmt[];
  decorator_list: expr[];
  returns: expr | null;
  type_comment: string | null;
}
export interface AsyncWith extends Located {
  _type: "AsyncWith";
  items: withitem[];
  body: stmt[];
  type_comment: string | null;
}
export interface AugAssign extends Located {
  _type: "AugAssign";
  target: expr;
  op: operator;
  value: expr;
}
export interface Break extends Located {
  _type: "Break";
}
export interface ClassDef extends Located {
  _type: "ClassDef";
  name: string;
  bases: expr[];
  keywords: keyword[];
  body: stmt[];
  decorator_list: expr[];
}
export interface Continue extends Located {
  _type: "Continue";
}
export interface Delete extends Located {
  _type: "Delete";
  targets: expr[];
}
export interface Expr extends Located {
  _type: "Expr";
  value: expr;
}
export interface For extends Located {
  _type: "For";
  target: expr;
  iter: expr;
  body: stmt[];
  orelse: stmt[];
  type_comment: string | null;
}
export interface FunctionDef extends Located {
  _type: "FunctionDef";
  name: string;
  args: arguments;
  body: stmt[];
  decorator_list: expr[];
  returns: expr | null;
  type_comment: string | null;
}
export interface Global extends Located {
  _type: "Global";
  names: string[];
}
export interface If extends Located {
  _type: "If";
  test: expr;
  body: stmt[];
  orelse: stmt[];
}
export interface Import extends Located {
  _type: "Import";
  names: alias[];
}
export interface ImportFrom extends Located {
  _type: "ImportFrom";
  module: string | null;
  names: alias[];
  level: number | null;
}
export interface Match extends Located {
  _type: "Match";
  subject: expr;
  cases: match_case[];
}
export interface Nonlocal extends Located {
  _type: "Nonlocal";
  names: string[];
}
export interface Pass extends Located {
  _type: "Pass";
}
export interface Raise extends Located {
  _type: "Raise";
  exc: expr | null;
  cause: expr | null;
}
export interface Return extends Located {
  _type: "Return";
  value: expr | null;
}
export interface Try extends Located {
  _type: "Try";
  body: stmt[];
  handlers: excepthandler[];
  orelse: stmt[];
  finalbody: stmt[];
}
export interface TryStar extends Located {
  _type: "TryStar";
  body: stmt[];
  handlers: excepthandler[];
  orelse: stmt[];
  finalbody: stmt[];
}
export interface While extends Located {
  _type: "While";
  test: expr;
  body: stmt[];
  orelse: stmt[];
}
export interface With extends Located {
  _type: "With";
  items: withitem[];
  body: stmt[];
  type_comment: string | null;
}

export interface TypeIgnore {
  _type: "TypeIgnore";
  lineno: number;
  tag: string;
}

export type boolop = "And" | "Or";
export type cmpop = "Eq" | "Gt" | "GtE" | "In" | "Is" | "IsNot" | "Lt" | "LtE" | "NotEq" | "NotIn";
export type excepthandler = ExceptHandler;
export type expr =
  | Attribute
  | Await
  | BinOp
  | BoolOp
  | Call
  | Compare
  | Constant
  | Dict
  | DictComp
  | FormattedValue
  | GeneratorExp
  | IfExp
  | JoinedStr
  | Lambda
  | List
  | ListComp
  | Name
  | NamedExpr
  | Set
  | SetComp
  | Slice
  | Starred
  | Subscript
  | Tuple
  | UnaryOp
  | Yield
  | YieldFrom;
export type expr_context = "Del" | "Load" | "Store";
export type mod =
  | Expression
  | FunctionType
  | Interactive
  | Module;
export type operator =
  | "Add"
  | "BitAnd"
  | "BitOr"
  | "BitXor"
  | "Div"
  | "FloorDiv"
  | "LShift"
  | "MatMult"
  | "Mod"
  | "Mult"
  | "Pow"
  | "RShift"
  | "Sub";
export type pattern =
  | MatchAs
  | MatchClass
  | MatchMapping
  | MatchOr
  | MatchSequence
  | MatchSingleton
  | MatchStar
  | MatchValue;
export type stmt =
  | AnnAssign
  | Assert
  | Assign
  | AsyncFor
  | AsyncFunctionDef
  | AsyncWith
  | AugAssign
  | Break
  | ClassDef
  | Continue
  | Delete
  | Expr
  | For
  | FunctionDef
  | Global
  | If
  | Import
  | ImportFrom
  | Match
  | Nonlocal
  | Pass
  | Raise
  | Return
  | Try
  | TryStar
  | While
  | With;
export type type_ignore = TypeIgnore;
export type unaryop = "Invert" | "Not" | "UAdd" | "USub";
export type Node =
  | AnnAssign
  | Assert
  | Assign
  | AsyncFor
  | AsyncFunctionDef
  | AsyncWith
  | Attribute
  | AugAssign
  | Await
  | BinOp
  | BoolOp
  | Break
  | Call
  | ClassDef
  | Compare
  | Constant
  | Continue
  | Delete
  | Dict
  | DictComp
  | ExceptHandler
  | Expr
  | Expression
  | For
  | FormattedValue
  | FunctionDef
  | FunctionType
  | GeneratorExp
  | Global
  | If
  | IfExp
  | Import
  | ImportFrom
  | Interactive
  | JoinedStr
  | Lambda
  | List
  | ListComp
  | Match
  | MatchAs
  | MatchClass
  | MatchMapping
  | MatchOr
  | MatchSequence
  | MatchSingleton
  | MatchStar
  | MatchValue
  | Module
  | Name
  | NamedExpr
  | Nonlocal
  | Pass
  | Raise
  | Return
  | Set
  | SetComp
  | Slice
  | Starred
  | Subscript
  | Try
  | TryStar
  | Tuple
  | TypeIgnore
  | UnaryOp
  | While
  | With
  | Yield
  | YieldFrom
  | alias
  | arg
  | arguments
  | comprehension
  | keyword
  | match_case
  | withitem;

/** Field and attribute names of each node kind, in ASDL order (what `ast.dump` walks). */
export const NODE_FIELDS: Readonly<Record<Node["_type"], readonly string[]>> = {
  AnnAssign: ["target", "annotation", "value", "simple"],
  Assert: ["test", "msg"],
  Assign: ["targets", "value", "type_comment"],
  AsyncFor: ["target", "iter", "body", "orelse", "type_comment"],
  AsyncFunctionDef: ["name", "args", "body", "decorator_list", "returns", "type_comment"],
  AsyncWith: ["items", "body", "type_comment"],
  Attribute: ["value", "attr", "ctx"],
  AugAssign: ["target", "op", "value"],
  Await: ["value"],
  BinOp: ["left", "op", "right"],
  BoolOp: ["op", "values"],
  Break: [],
  Call: ["func", "args", "keywords"],
  ClassDef: ["name", "bases", "keywords", "body", "decorator_list"],
  Compare: ["left", "ops", "comparators"],
  Constant: ["value", "kind"],
  Continue: [],
  Delete: ["targets"],
  Dict: ["keys", "values"],
  DictComp: ["key", "value", "generators"],
  ExceptHandler: ["type", "name", "body"],
  Expr: ["value"],
  Expression: ["body"],
  For: ["target", "iter", "body", "orelse", "type_comment"],
  FormattedValue: ["value", "conversion", "format_spec"],
  FunctionDef: ["name", "args", "body", "decorator_list", "returns", "type_comment"],
  FunctionType: ["argtypes", "returns"],
  GeneratorExp: ["elt", "generators"],
  Global: ["names"],
  If: ["test", "body", "orelse"],
  IfExp: ["test", "body", "orelse"],
  Import: ["names"],
  ImportFrom: ["module", "names", "level"],
  Interactive: ["body"],
  JoinedStr: ["values"],
  Lambda: ["args", "body"],
  List: ["elts", "ctx"],
  ListComp: ["elt", "generators"],
  Match: ["subject", "cases"],
  MatchAs: ["pattern", "name"],
  MatchClass: ["cls", "patterns", "kwd_attrs", "kwd_patterns"],
  MatchMapping: ["keys", "patterns", "rest"],
  MatchOr: ["patterns"],
  MatchSequence: ["patterns"],
  MatchSingleton: ["value"],
  MatchStar: ["name"],
  MatchValue: ["value"],
  Module: ["body", "type_ignores"],
  Name: ["id", "ctx"],
  NamedExpr: ["target", "value"],
  Nonlocal: ["names"],
  Pass: [],
  Raise: ["exc", "cause"],
  Return: ["value"],
  Set: ["elts"],
  SetComp: ["elt", "generators"],
  Slice: ["lower", "upper", "step"],
  Starred: ["value", "ctx"],
  Subscript: ["value", "slice", "ctx"],
  Try: ["body", "handlers", "orelse", "finalbody"],
  TryStar: ["body", "handlers", "orelse", "finalbody"],
  Tuple: ["elts", "ctx"],
  TypeIgnore: ["lineno", "tag"],
  UnaryOp: ["op", "operand"],
  While: ["test", "body", "orelse"],
  With: ["items", "body", "type_comment"],
  Yield: ["value"],
  YieldFrom: ["value"],
  alias: ["name", "asname"],
  arg: ["arg", "annotation", "type_comment"],
  arguments: ["posonlyargs", "args", "vararg", "kwonlyargs", "kw_defaults", "kwarg", "defaults"],
  comprehension: ["target", "iter", "ifs", "is_async"],
  keyword: ["arg", "value"],
  match_case: ["pattern", "guard", "body"],
  withitem: ["context_expr", "optional_vars"],
};

/** Node kinds that carry a source span (`Located`). */
export const LOCATED_NODES: ReadonlySet<string> = new Set([
  "AnnAssign",
  "Assert",
  "Assign",
  "AsyncFor",
  "AsyncFunctionDef",
  "AsyncWith",
  "Attribute",
  "AugAssign",
  "Await",
  "BinOp",
  "BoolOp",
  "Break",
  "Call",
  "ClassDef",
  "Compare",
  "Constant",
  "Continue",
  "Delete",
  "Dict",
  "DictComp",
  "ExceptHandler",
  "Expr",
  "For",
  "FormattedValue",
  "FunctionDef",
  "GeneratorExp",
  "Global",
  "If",
  "IfExp",
  "Import",
  "ImportFrom",
  "JoinedStr",
  "Lambda",
  "List",
  "ListComp",
  "Match",
  "MatchAs",
  "MatchClass",
  "MatchMapping",
  "MatchOr",
  "MatchSequence",
  "MatchSingleton",
  "MatchStar",
  "MatchValue",
  "Name",
  "NamedExpr",
  "Nonlocal",
  "Pass",
  "Raise",
  "Return",
  "Set",
  "SetComp",
  "Slice",
  "Starred",
  "Subscript",
  "Try",
  "TryStar",
  "Tuple",
  "UnaryOp",
  "While",
  "With",
  "Yield",
  "YieldFrom",
  "alias",
  "arg",
  "keyword",
]);
