import sys
print("about to exit")
sys.exit("fatal: message goes to stderr")
