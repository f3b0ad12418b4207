import sys
names = ["version", "version_info", "implementation", "platform", "flags", "float_info", "int_info",
         "hash_info", "maxsize", "byteorder", "getsizeof", "intern", "getfilesystemencoding",
         "getfilesystemencodeerrors", "audit", "addaudithook", "orig_argv", "stdlib_module_names",
         "thread_info", "float_repr_style", "abiflags", "meta_path", "path_hooks",
         "path_importer_cache", "dont_write_bytecode", "builtin_module_names",
         "exc_info", "exception", "excepthook", "displayhook", "unraisablehook", "breakpointhook",
         "is_finalizing", "getrecursionlimit", "setrecursionlimit", "modules", "path", "argv",
         "prefix", "exec_prefix", "base_prefix", "platlibdir", "warnoptions", "_xoptions",
         "get_int_max_str_digits", "set_int_max_str_digits", "maxunicode", "hexversion"]
for n in names:
    print(n, type(getattr(sys, n)).__name__)
print(sys.version_info[:2], sys.version_info.major, sys.hexversion >> 16, sys.platform, sys.byteorder)
print(sys.maxsize == 2**63 - 1, sys.maxunicode, sys.float_info.max, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus == 2**61 - 1, sys.hash_info.width)
print(sys.float_repr_style, sys.thread_info.name, type(sys.implementation.name).__name__)
print(sys.implementation.version[:2], sys.implementation.cache_tag is None or "311" in sys.implementation.cache_tag)
print(sys.flags.optimize, sys.flags.utf8_mode in (0, 1), type(sys.flags.dev_mode).__name__)
print("json" in sys.stdlib_module_names, "sys" in sys.builtin_module_names, "sys" in sys.modules)
seen = []
sys.addaudithook(lambda event, args: seen.append((event, args)) if event.startswith("my.") else None)
sys.audit("my.event", 1, "two")
print(seen)
try:
    sys.audit(5)
except TypeError as e:
    print("TypeError", e)
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.intern("abc"))
