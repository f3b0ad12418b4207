print(eval("1 + 2"), eval("x * 2", {'x': 5}), eval("y", {}, {'y': 'local'}), eval("  3"))
ns = {}
exec("a = 1\nb = a + 1\ndef f(): return b * 10", ns)
print(ns['a'], ns['b'], ns['f'](), '__builtins__' in ns)
code = compile("print('compiled', n)", "<mycode>", "exec")
exec(code, {'n': 7})
c2 = compile("n * 3", "<e>", "eval")
print(eval(c2, {'n': 2}), type(c2).__name__, c2.co_filename)
c3 = compile("1 + 1", "<s>", "single")
exec(c3)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec("x = ")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print(type(e).__name__, e)
try:
    compile("1", "<x>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
def scope():
    loc = {'v': 1}
    exec("v = v + 41", {}, loc)
    return loc['v']
print(scope(), eval("[i for i in range(3)]"), eval(b"2 ** 3"))
