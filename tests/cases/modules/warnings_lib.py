import sys, warnings
sys.stderr = sys.stdout
warnings.warn("lib warn")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("a")
    warnings.warn("b", DeprecationWarning)
print([(str(w.message), w.category.__name__) for w in log])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("err")
    except UserWarning as e:
        print("raised", e)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("show me")
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "line"), end="")
