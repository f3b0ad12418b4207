"""A recursive-descent calculator.

Grammar (lowest to highest precedence):
    expr    := term (('+' | '-') term)*
    term    := unary (('*' | '/' | '//' | '%') unary)*
    unary   := '-' unary | power
    power   := call ('^' unary)?          # right associative, binds tighter than unary minus on its left
    call    := NAME '(' args ')' | atom
    atom    := NUMBER | NAME | '(' expr ')'
"""


class CalcError(Exception):
    def __init__(self, message, position=None):
        super().__init__(message)
        self.position = position


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos


OPERATORS = ("//", "+", "-", "*", "/", "%", "^", "(", ")", ",")


def tokenize(source):
    i = 0
    while i < len(source):
        ch = source[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and source[i + 1:i + 2].isdigit()):
            start = i
            while i < len(source) and (source[i].isdigit() or source[i] in "._"):
                i += 1
            if i < len(source) and source[i] in "eE":
                i += 1
                if i < len(source) and source[i] in "+-":
                    i += 1
                while i < len(source) and source[i].isdigit():
                    i += 1
            yield Token("NUM", source[start:i], start)
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(source) and (source[i].isalnum() or source[i] == "_"):
                i += 1
            yield Token("NAME", source[start:i], start)
        else:
            for op in OPERATORS:
                if source.startswith(op, i):
                    yield Token("OP", op, i)
                    i += len(op)
                    break
            else:
                raise CalcError(f"unexpected character {ch!r}", i)
    yield Token("END", "", len(source))


def factorial(n):
    if n != int(n) or n < 0:
        raise CalcError(f"factorial needs a non-negative integer, got {n}")
    result = 1
    for k in range(2, int(n) + 1):
        result *= k
    return result


FUNCTIONS = {"abs": abs, "max": max, "min": min, "fact": factorial, "round": round}


class Parser:
    def __init__(self, source, variables):
        self.source = source
        self.tokens = tokenize(source)
        self.variables = variables
        self.current = next(self.tokens)

    def advance(self):
        token = self.current
        if token.kind != "END":
            self.current = next(self.tokens)
        return token

    def accept(self, *ops):
        if self.current.kind == "OP" and self.current.text in ops:
            return self.advance().text
        return None

    def expect(self, op):
        if self.accept(op) is None:
            found = self.current.text or "end of input"
            raise CalcError(f"expected {op!r} but found {found!r}", self.current.pos)

    def parse(self):
        value = self.expr()
        if self.current.kind != "END":
            raise CalcError(f"unexpected {self.current.text!r}", self.current.pos)
        return value

    def expr(self):
        value = self.term()
        while (op := self.accept("+", "-")) is not None:
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.unary()
        while (op := self.accept("*", "/", "//", "%")) is not None:
            pos = self.current.pos
            rhs = self.unary()
            try:
                match op:
                    case "*":
                        value *= rhs
                    case "/":
                        value /= rhs
                    case "//":
                        value //= rhs
                    case "%":
                        value %= rhs
            except ZeroDivisionError as exc:
                raise CalcError(f"cannot compute {op!r}: {exc}", pos) from None
        return value

    def unary(self):
        if self.accept("-"):
            return -self.unary()
        return self.power()

    def power(self):
        base = self.call()
        if self.accept("^"):
            exponent = self.unary()
            if isinstance(base, int) and isinstance(exponent, int) and exponent > 10_000:
                raise CalcError(f"exponent {exponent} is too large")
            return base ** exponent
        return base

    def call(self):
        token = self.current
        if token.kind == "NAME" and token.text in FUNCTIONS:
            self.advance()
            self.expect("(")
            args = [self.expr()]
            while self.accept(","):
                args.append(self.expr())
            self.expect(")")
            try:
                return FUNCTIONS[token.text](*args)
            except TypeError as exc:
                raise CalcError(f"bad call to {token.text}: {exc}", token.pos) from exc
        return self.atom()

    def atom(self):
        token = self.advance()
        if token.kind == "NUM":
            text = token.text.replace("_", "")
            try:
                return float(text) if any(c in text for c in ".eE") else int(text)
            except ValueError:
                raise CalcError(f"malformed number {token.text!r}", token.pos) from None
        if token.kind == "NAME":
            if token.text not in self.variables:
                raise CalcError(f"unknown name {token.text!r}", token.pos)
            return self.variables[token.text]
        if token.kind == "OP" and token.text == "(":
            value = self.expr()
            self.expect(")")
            return value
        raise CalcError(f"unexpected {token.text or 'end of input'!r}", token.pos)


def evaluate(source, variables):
    return Parser(source, variables).parse()


variables = {"pi": 3.141592653589793, "answer": 42, "big": 2 ** 100}

print([(t.kind, t.text) for t in tokenize("3 + 4*(2 - x1) // 7")])

expressions = [
    "1 + 2 * 3", "(1 + 2) * 3", "-2 ^ 2", "2 ^ -1", "2 ^ 3 ^ 2", "--7 - -3",
    "7 // 2 + 7 % 3 - 7 / 2", "-7 // 2, ", "1_000_000 * 3.5e-3", "big + 1", "big * big - 1",
    "2 ^ 200 // 3 ^ 50", "fact(30) // fact(28)", "fact(25)", "fact(20) / 2 ^ 60",
    "max(3, answer, -1) + min(2.5, 1e1)", "round(pi * 100) / 100", "abs(-0.1 - 0.2)", ".5 + .25",
    "answer ^ 2 / 0", "1 +", "(1 + 2", "3 $ 4", "foo * 2", "1.2.3", "fact(-1)", "fact(2, 3)",
    "10 % (5 - 5)", "2 ^ 99999",
]

for source in expressions:
    try:
        result = evaluate(source, variables)
    except CalcError as exc:
        where = "" if exc.position is None else f" at column {exc.position + 1}"
        print(f"{source!r:<38} error{where}: {exc}")
        if exc.__cause__ is not None:
            print(f"{'':<38}   (caused by {type(exc.__cause__).__name__})")
    else:
        shown = f"{result:.6g}" if isinstance(result, float) else str(result)
        print(f"{source!r:<38} = {shown}")

print(f"{len(str(evaluate('fact(100)', variables)))} digits in 100!")
