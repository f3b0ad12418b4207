print("{} {}".format(1, 2), "{1} {0}".format('a', 'b'), "{x}-{y}".format(x=1, y=2), "{0[1]} {1.real}".format([5, 6], 3))
print("{:>5}|{:<5}|{:^5}|".format('a', 'b', 'c'), "{!r} {!s} {!a}".format('é', 'é', 'é'), "{{literal}}".format())
print("{0:{1}}".format(3.14159, '.2f'), "{:{fill}>{w}}".format('x', fill='*', w=4), "{d[key]}".format(d={'key': 'v'}))
print("{:,}".format(10**9), "{0}{0}".format('ab'))
for fmt, args in [("{", ()), ("}", ()), ("{0} {}", (1, 2)), ("{2}", (1,)), ("{x}", ()), ("{:d}", ('a',)), ("{!z}", (1,))]:
    try:
        print(fmt.format(*args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print("{a} {b}".format_map({'a': 1, 'b': 2}))
class Default(dict):
    def __missing__(self, k): return '<' + k + '>'
print("{a} {zz}".format_map(Default(a='A')))
