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
class Knights:
    def __init__(self, m, n):
        self.m, self.n = m, n
        self.squaregenerators = []
    def coords2index(self, i, j):
        return i * self.n + j
    def index2coords(self, index):
        return divmod(index, self.n)
    def succs(self, index):
        i, j = self.index2coords(index)
        out = []
        for di, dj in ((1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)):
            a, b = i + di, j + dj
            if 0 <= a < self.m and 0 <= b < self.n:
                out.append(self.coords2index(a, b))
        return out
    def solve(self):
        m, n = self.m, self.n
        total = m * n
        visited = [False] * total
        def first():
            visited[0] = True
            yield 0
            visited[0] = False
        def nxt(k):
            def g():
                last = values[k - 1]
                cands = [s for s in self.succs(last) if not visited[s]]
                cands.sort(key=lambda s: (sum(1 for t in self.succs(s) if not visited[t]), s))
                for s in cands:
                    visited[s] = True
                    yield s
                    visited[s] = False
            return g
        gens = [first] + [nxt(k) for k in range(1, total)]
        global values
        for values in conjoin(gens):
            yield values
        return
def show(kn, tour):
    board = [[0] * kn.n for _ in range(kn.m)]
    for step, idx in enumerate(tour):
        i, j = kn.index2coords(idx)
        board[i][j] = step + 1
    for row in board:
        print(" ".join("%2d" % v for v in row))
values = None
def conjoin(gs):
    global values
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
k = Knights(5, 5)
tours = k.solve()
t = list(next(tours))
show(k, t)
t2 = list(next(tours))
print(t2 != t, len(t2))
