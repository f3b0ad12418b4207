def t(v):
    print('eval', v)
    return v
print(t(0) or t(2))
print(t(1) and t(0))
print(t('') or t([]) or t('last'))
print(t(1) and t(2) and t(3))
print(not t(0), not t('x'))
print(None or 0, [] and 1, 0 or '', 1 and [], '' or None)
x = t(0) if t(False) else t('else branch')
print(x)
print(1 if [] else 2, 'y' if 'n' else 'z')
