// Unit tests for the parser's entry points: modes, value reprs in dumps, error reports, the
// ast command, and robustness on garbage input. Expected strings come from CPython 3.11.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "../../src/compiler/parser.ts";
import { dumpAst, floatRepr } from "../../src/compiler/ast_dump.ts";
import { tokenize } from "../../src/compiler/tokenizer.ts";
import { formatSyntaxError, PySyntaxErrorInfo } from "../../src/compiler/syntax_error.ts";
import { astCommandOutput } from "../../src/compiler/ast_command.ts";

function syntaxError(source: string, mode: "exec" | "eval" | "single" = "exec"): PySyntaxErrorInfo {
  try {
    parse(source, "t.py", mode);
  } catch (e) {
    if (e instanceof PySyntaxErrorInfo) return e;
    throw e;
  }
  throw new assert.AssertionError({ message: `no error for ${JSON.stringify(source)}` });
}

describe("parse modes", () => {
  it("eval gives an Expression", () => {
    assert.equal(
      dumpAst(parse("1 + 2", "t", "eval"), true),
      "Expression(body=BinOp(left=Constant(value=1, lineno=1, col_offset=0, end_lineno=1, " +
        "end_col_offset=1), op=Add(), right=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, " +
        "end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5))",
    );
  });
  it("single gives an Interactive with every statement of the line", () => {
    assert.equal(
      dumpAst(parse("x = 1; y\n", "t", "single"), false),
      "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), " +
        "Expr(value=Name(id='y', ctx=Load()))])",
    );
    assert.equal(
      dumpAst(parse("if x:\n  pass\n\n", "t", "single"), false),
      "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])])",
    );
  });
  it("eval rejects statements", () => {
    assert.equal(syntaxError("x = 1", "eval").msg, "invalid syntax");
  });
});

describe("constant reprs", () => {
  it("floats and imaginary numbers", () => {
    assert.equal(
      dumpAst(
        parse("(1e16, 1e-5, 0.1, 1.5e300, 1e400, 123.0, 2.5j, 1e20j, 0j)", "t", "eval"),
        false,
      ),
      "Expression(body=Tuple(elts=[Constant(value=1e+16), Constant(value=1e-05), " +
        "Constant(value=0.1), Constant(value=1.5e+300), Constant(value=inf), Constant(value=123.0), " +
        "Constant(value=2.5j), Constant(value=1e+20j), Constant(value=0j)], ctx=Load()))",
    );
    assert.equal(floatRepr(-0), "-0.0");
    assert.equal(floatRepr(1234567890123456.7), "1234567890123456.8");
  });
  it("strings and bytes choose quotes and escape like repr()", () => {
    const source = String
      .raw`(b"it's", b'\x7f\\\n', "'", '\'"', "\x00\u200b\xa0é\U0001F600\ud7ff")`;
    assert.equal(
      dumpAst(parse(source, "t", "eval"), false),
      String
        .raw`Expression(body=Tuple(elts=[Constant(value=b"it's"), Constant(value=b'\x7f\\\n'), ` +
        String.raw`Constant(value="'"), Constant(value='\'"'), ` +
        String.raw`Constant(value='\x00\u200b\xa0é😀\ud7ff')], ctx=Load()))`,
    );
  });
  it("integers are exact", () => {
    const dump = dumpAst(
      parse("123456789012345678901234567890 + 0x_dead_beef", "t", "eval"),
      false,
    );
    assert.match(dump, /value=123456789012345678901234567890\).*value=3735928559\)/);
  });
});

describe("tokenizer", () => {
  it("reports UTF-8 byte columns", () => {
    const tokens = tokenize("é = 'ü'\n", "t").tokens;
    assert.deepEqual(
      tokens.slice(0, 3).map((t) => [t.type, t.string, t.col_offset, t.end_col_offset]),
      [["NAME", "é", 0, 2], ["OP", "=", 3, 4], ["STRING", "'ü'", 5, 9]],
    );
  });
  it("emits INDENT and DEDENT around blocks, ignoring blank and comment lines", () => {
    const types = tokenize("if x:\n\n    # c\n    y\nz\n", "t").tokens.map((t) => t.type);
    assert.deepEqual(types, [
      "NAME",
      "NAME",
      "OP",
      "NEWLINE",
      "INDENT",
      "NAME",
      "NEWLINE",
      "DEDENT",
      "NAME",
      "NEWLINE",
      "ENDMARKER",
    ]);
  });
});

describe("syntax errors", () => {
  it("formats like python3 file.py", () => {
    assert.equal(
      formatSyntaxError(syntaxError("if x = 1:\n    pass\n")),
      '  File "t.py", line 1\n    if x = 1:\n       ^^^^^\n' +
        "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n",
    );
    assert.equal(
      formatSyntaxError(syntaxError("def f():\n    x = (1,\n")),
      "  File \"t.py\", line 2\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
    );
  });
  it("carries CPython's location fields", () => {
    const e = syntaxError("f(a b)\n");
    assert.deepEqual(
      [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text],
      ["SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6, "f(a b)\n"],
    );
  });
  it("leaves compiler-level errors to the compiler", () => {
    for (
      const source of ["return 1\n", "yield x\n", "await x\n", "nonlocal x\n", "break\n", "*a\n"]
    ) {
      assert.doesNotThrow(() => parse(source, "t.py"));
    }
  });
  it("never fails with an internal error on garbage", () => {
    const alphabet = [
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      ":",
      "=",
      ",",
      "\n",
      " ",
      "\t",
      "'",
      '"',
      "f'{",
      "*",
      "lambda",
      "if",
      "else",
      "for",
      "in",
      "async",
      "await",
      "yield",
      "match",
      "case",
      "@",
      "\\",
      "#",
      "0x",
      "1_",
      ".",
      "...",
      ":=",
      "->",
      "not",
      "x",
      "1",
      "é",
      '"""',
      "!r",
      "def",
      "class",
      "return",
    ];
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length;
    for (let i = 0; i < 500; i++) {
      let source = "";
      for (let j = 0; j < 12; j++) source += alphabet[next()];
      try {
        parse(source, "t.py");
      } catch (e) {
        assert.ok(e instanceof PySyntaxErrorInfo, `${JSON.stringify(source)}: ${e}`);
        assert.ok(!e.msg.startsWith("internal"), `${JSON.stringify(source)}: ${e.msg}`);
      }
    }
  });
});

describe("ast command", () => {
  it("prints the dump with attributes", () => {
    const out = astCommandOutput("x\n", "t.py");
    assert.equal(out.exitCode, 0);
    assert.equal(
      out.stdout,
      "Module(body=[Expr(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, " +
        "end_col_offset=1), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], type_ignores=[])\n",
    );
  });
  it("reports a syntax error on stderr with exit code 1", () => {
    const out = astCommandOutput("x = = 1\n", "t.py");
    assert.deepEqual(out, {
      stdout: "",
      stderr: '  File "t.py", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n',
      exitCode: 1,
    });
  });
});

describe("runAstCommand end to end", () => {
  const harness = new URL("./run_ast_command.ts", import.meta.url).pathname;
  const run = (file: string) =>
    new Deno.Command(Deno.execPath(), {
      args: ["run", "--allow-read", harness, new URL(file, import.meta.url).pathname],
      stdout: "piped",
      stderr: "piped",
    }).outputSync();

  it("prints the dump of a file", () => {
    const out = run("./fixtures/snippet_match.py");
    const want = Deno.readTextFileSync(new URL("./fixtures/snippet_match.dump", import.meta.url));
    assert.equal(out.code, 0);
    assert.equal(new TextDecoder().decode(out.stdout), want);
  });
  it("prints CPython's report and exits with 1 on a syntax error", () => {
    const out = run("./errors/unindent_mismatch.py");
    assert.equal(out.code, 1);
    assert.match(
      new TextDecoder().decode(out.stderr),
      /^ {2}File ".*unindent_mismatch\.py", line 3\n {4}b\n {5}\^\nIndentationError: unindent does not match any outer indentation level\n$/,
    );
  });
});
