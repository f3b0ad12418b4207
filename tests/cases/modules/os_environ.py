import os
print(type(os.environ).__name__, type(os.environb).__name__, os.supports_bytes_environ)
os.environ["COIL_CASE_VAR"] = "value"
print(os.environ["COIL_CASE_VAR"], os.getenv("COIL_CASE_VAR"), os.environb[b"COIL_CASE_VAR"])
print("COIL_CASE_VAR" in os.environ, os.environ.get("COIL_CASE_MISSING", "default"))
os.environ.setdefault("COIL_CASE_VAR", "other")
print(os.environ["COIL_CASE_VAR"])
del os.environ["COIL_CASE_VAR"]
print("COIL_CASE_VAR" in os.environ, os.getenv("COIL_CASE_VAR"))
for bad in [lambda: os.environ.__setitem__("K", 1), lambda: os.environ["COIL_CASE_MISSING"],
            lambda: os.environ.__setitem__(1, "v")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
c = os.environ.copy()
print(type(c).__name__, repr(os.environ).startswith("environ({"))
os.environ.update(COIL_A="1", COIL_B="2")
print(os.environ["COIL_A"] + os.environ["COIL_B"])
os.environ.pop("COIL_A"); os.environ.pop("COIL_B")
print(os.getenvb(b"COIL_A", b"gone"))
