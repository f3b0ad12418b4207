import time
st = time.struct_time((2023, 5, 17, 10, 20, 30, 2, 137, 0))
print(st)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday,
      st.tm_yday, st.tm_isdst, st.tm_zone, st.tm_gmtoff)
print(len(st), st[:3], st[-1], tuple(st), isinstance(st, tuple))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields,
      time.struct_time.n_unnamed_fields, time.struct_time.__match_args__)
st2 = time.struct_time(range(11))
print(st2, st2.tm_zone, st2.tm_gmtoff)
st3 = time.struct_time(range(9), {"tm_zone": "ABC", "tm_gmtoff": 60})
print(st3.tm_zone, st3.tm_gmtoff, st3.__reduce__())
print(st == tuple(st), hash(st) == hash(tuple(st)))
for bad in [(1, 2), range(12), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    st.tm_year = 5
except AttributeError as e:
    print("AttributeError", e)
print(type(st).__module__, type(st).__qualname__, repr(type(st)))
match st:
    case time.struct_time(tm_year=y, tm_mon=m):
        print("matched", y, m)
