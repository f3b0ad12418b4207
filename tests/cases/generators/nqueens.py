class Queens:
    def __init__(self, n):
        self.n = n
        rangen = range(n)
        self.rowgenerators = []
        for i in rangen:
            rowuses = [(1 << j) | (1 << (n + i - j + n - 1)) | (1 << (n + 2 * n - 1 + i + j)) for j in rangen]
            def rowgen(rowuses=rowuses):
                for j in rangen:
                    uses = rowuses[j]
                    if uses & self.used == 0:
                        self.used |= uses
                        yield j
                        self.used &= ~uses
            self.rowgenerators.append(rowgen)
    def solve(self):
        self.used = 0
        for row2col in conjoin(self.rowgenerators):
            yield row2col
    def printsolution(self, row2col):
        n = self.n
        assert n == len(row2col)
        sep = "+" + "-+" * n
        print(sep)
        for i in range(n):
            squares = [" " for j in range(n)]
            squares[row2col[i]] = "Q"
            print("|" + "|".join(squares) + "|")
            print(sep)
def conjoin(gs):
    values = [None] * len(gs)
    def gen(i):
        if i >= len(gs):
            yield values
        else:
            for values[i] in gs[i]():
                for x in gen(i + 1):
                    yield x
    for x in gen(0):
        yield x
q = Queens(6)
count = 0
for row2col in q.solve():
    count += 1
    if count <= 2:
        print("Solution", count)
        q.printsolution(row2col)
print(count, "solutions in all.")
print([sum(1 for _ in Queens(n).solve()) for n in range(1, 7)])
