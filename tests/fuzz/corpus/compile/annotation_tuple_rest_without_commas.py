t,0 d s(
f'{x!}')
