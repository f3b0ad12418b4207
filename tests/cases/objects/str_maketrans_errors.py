# str.maketrans checks its arguments' types in CPython's order (y and z before x) and the
# keys of a one-argument table.
for a in [(None,None),('x',-1),(0,0,0),('a','b',5), ({1:2},), ({'ab':1},), ({None:1},), (5, 'a'), ('ab', 'cd', 'e'), ({True: 'x', 'b': None},), ('a', 'bc')]:
  try: print(sorted(str.maketrans(*a).items()))
  except Exception as e: print(type(e).__name__, e)
print('abc'.translate(str.maketrans('ab', 'xy', 'c')))
