x = 42; name = "Ann"; pi = 3.14159
print(f"{x}", f"{x!r}", f"{name!r}", f"{name!s}", f"{'é'!a}", f"{x:>6}", f"{pi:.2f}", f"{x:#x}")
print(f"{x=}", f"{name = }", f"{pi=:.1f}", f"{x + 1=}", f"{name=!s}")
w = 8; p = 3
print(f"{pi:{w}.{p}}", f"{pi:{w}.{p}f}|", f"{'nest':{'*'}^{w}}")
print(f"{{}}", f"{{{x}}}", f"a{x}b{x}c", f"{'a' 'b'}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }")
print(f"{x if x > 3 else 0}", f"{(lambda: 7)()}", f"{','.join(['a', 'b'])}")
d = {'a': 1}
print(f"{d['a']}", f'{d["a"]}', f"""{d['a']}""", f"{3.0:g}", f"{10**20:,}")
print(f"{x:{'>' if x else '<'}5}", F"{x}", rf"\n{x}", fr"{x}\t")
class C:
    def __format__(self, spec): return f"C({spec})"
    def __repr__(self): return "C-repr"
print(f"{C()}", f"{C():xyz}", f"{C()!r}", f"{C()!r:>8}")
