a, b,, c: int
