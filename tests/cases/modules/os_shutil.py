import os, shutil
b = "_tmp_os_shutil"
os.makedirs(os.path.join(b, "src", "sub"))
with open(os.path.join(b, "src", "a.txt"), "w") as f:
    f.write("alpha")
with open(os.path.join(b, "src", "sub", "b.txt"), "w") as f:
    f.write("beta")
print(shutil.copy(os.path.join(b, "src", "a.txt"), os.path.join(b, "copy.txt")))
shutil.copy2(os.path.join(b, "src", "a.txt"), os.path.join(b, "copy2.txt"))
print(open(os.path.join(b, "copy2.txt")).read())
shutil.copyfile(os.path.join(b, "copy.txt"), os.path.join(b, "copy3.txt"))
print(shutil.copytree(os.path.join(b, "src"), os.path.join(b, "tree")))
for root, dirs, files in os.walk(os.path.join(b, "tree")):
    dirs.sort()
    print(root, sorted(files))
print(shutil.move(os.path.join(b, "copy3.txt"), os.path.join(b, "moved.txt")))
print(sorted(os.listdir(b)))
print(shutil.which("definitely-not-a-command-x") is None)
try:
    shutil.copy(os.path.join(b, "missing"), b)
except FileNotFoundError as e:
    print("FileNotFoundError", e)
shutil.rmtree(b)
print(os.path.exists(b))
try:
    shutil.rmtree(b)
except FileNotFoundError as e:
    print("FileNotFoundError", e)
shutil.rmtree(b, ignore_errors=True)
