import string
t = string.Template('$who likes ${what} for $$5')
print(t.substitute(who='tim', what='jam'), t.safe_substitute(who='ann'))
try: t.substitute(who='x')
except KeyError as e: print('KeyError', e)
try: string.Template('$').substitute()
except ValueError as e: print(e)
print(t.get_identifiers(), t.is_valid())
class Pct(string.Template):
    delimiter = '%'
print(Pct('%a and %{b}').substitute(a=1, b=2))
print(string.Template('${x}y').substitute({'x': 'X'}, x='kw'))
