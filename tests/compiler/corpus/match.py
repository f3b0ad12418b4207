def m(cmd):
    match cmd:
        case 0 | 1:
            return "small"
        case [x, y, *rest]:
            return x
        case {"k": v, **kw}:
            return v
        case Point(x=0, y=yy) if yy > 0:
            return yy
        case Point(1, 2):
            pass
        case str() as s:
            return s
        case None:
            pass
        case -1.5 | 2j:
            pass
        case [_, *_, last]:
            return last
        case (a, b) | [b, a]:
            return a
        case Color.RED:
            pass
        case _:
            return None
