import pwd, grp
p = pwd.getpwuid(0)
print(p.pw_name, p.pw_uid, p.pw_gid, p[0] == p.pw_name, len(p), type(p).__name__)
print(pwd.getpwnam("root").pw_dir)
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, type(g.gr_mem).__name__, grp.getgrnam("root").gr_gid)
for call in [lambda: pwd.getpwuid(2**31 - 5), lambda: pwd.getpwnam("no such user x"), lambda: grp.getgrgid(2**31 - 5), lambda: grp.getgrnam("no such group x")]:
    try:
        call()
    except KeyError as e:
        print(repr(e))
print(any(e.pw_uid == 0 for e in pwd.getpwall()), any(e.gr_gid == 0 for e in grp.getgrall()))
