// The `_stat` module (CPython's Modules/_stat.c): the S_IS* tests, S_IMODE / S_IFMT, filemode
// and the st_mode constants; stat.py does `from _stat import *`.
import { PyBuiltinFunction } from "../objects/builtin_function.ts";
import type { PyValue } from "../objects/object.ts";
import { intValue } from "../objects/int.ts";
import { pyError, PyExc_OverflowError, PyExc_TypeError } from "../objects/exceptions.ts";
import { PyModule } from "../runtime/module_object.ts";

const DOC =
  "S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\nS_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\nS_IFLNK: symbolic link\nS_IFSOCK: socket file\nS_IFDOOR: door\nS_IFPORT: event port\nS_IFWHT: whiteout\n\nS_ISUID: set UID bit\nS_ISGID: set GID bit\nS_ENFMT: file locking enforcement\nS_ISVTX: sticky bit\nS_IREAD: Unix V7 synonym for S_IRUSR\nS_IWRITE: Unix V7 synonym for S_IWUSR\nS_IEXEC: Unix V7 synonym for S_IXUSR\nS_IRWXU: mask for owner permissions\nS_IRUSR: read by owner\nS_IWUSR: write by owner\nS_IXUSR: execute by owner\nS_IRWXG: mask for group permissions\nS_IRGRP: read by group\nS_IWGRP: write by group\nS_IXGRP: execute by group\nS_IRWXO: mask for others (not in group) permissions\nS_IROTH: read by others\nS_IWOTH: write by others\nS_IXOTH: execute by others\n\nUF_NODUMP: do not dump file\nUF_IMMUTABLE: file may not be changed\nUF_APPEND: file may only be appended to\nUF_OPAQUE: directory is opaque when viewed through a union stack\nUF_NOUNLINK: file may not be renamed or deleted\nUF_COMPRESSED: OS X: file is hfs-compressed\nUF_HIDDEN: OS X: file should not be displayed\nSF_ARCHIVED: file may be archived\nSF_IMMUTABLE: file may not be changed\nSF_APPEND: file may only be appended to\nSF_NOUNLINK: file may not be renamed or deleted\nSF_SNAPSHOT: file is a snapshot file\n\nST_MODE\nST_INO\nST_DEV\nST_NLINK\nST_UID\nST_GID\nST_SIZE\nST_ATIME\nST_MTIME\nST_CTIME\n\nFILE_ATTRIBUTE_*: Windows file attribute constants\n                   (only present on Windows)\n";

const CONSTANTS: Record<string, number> = {
  S_IFDIR: 0o040000,
  S_IFCHR: 0o020000,
  S_IFBLK: 0o060000,
  S_IFREG: 0o100000,
  S_IFIFO: 0o010000,
  S_IFLNK: 0o120000,
  S_IFSOCK: 0o140000,
  S_IFDOOR: 0,
  S_IFPORT: 0,
  S_IFWHT: 0,
  S_ISUID: 0o4000,
  S_ISGID: 0o2000,
  S_ENFMT: 0o2000,
  S_ISVTX: 0o1000,
  S_IREAD: 0o400,
  S_IWRITE: 0o200,
  S_IEXEC: 0o100,
  S_IRWXU: 0o700,
  S_IRUSR: 0o400,
  S_IWUSR: 0o200,
  S_IXUSR: 0o100,
  S_IRWXG: 0o070,
  S_IRGRP: 0o040,
  S_IWGRP: 0o020,
  S_IXGRP: 0o010,
  S_IRWXO: 0o007,
  S_IROTH: 0o004,
  S_IWOTH: 0o002,
  S_IXOTH: 0o001,
  UF_NODUMP: 0x1,
  UF_IMMUTABLE: 0x2,
  UF_APPEND: 0x4,
  UF_OPAQUE: 0x8,
  UF_NOUNLINK: 0x10,
  UF_COMPRESSED: 0x20,
  UF_HIDDEN: 0x8000,
  SF_ARCHIVED: 0x10000,
  SF_IMMUTABLE: 0x20000,
  SF_APPEND: 0x40000,
  SF_NOUNLINK: 0x100000,
  SF_SNAPSHOT: 0x200000,
  ST_MODE: 0,
  ST_INO: 1,
  ST_DEV: 2,
  ST_NLINK: 3,
  ST_UID: 4,
  ST_GID: 5,
  ST_SIZE: 6,
  ST_ATIME: 7,
  ST_MTIME: 8,
  ST_CTIME: 9,
};

const S_IFMT = 0o170000;

/** A mode_t argument (CPython's _PyLong_AsMode_t): an int in 0..2**32-1, no __index__. */
function modeArg(v: PyValue): number {
  const n = intValue(v);
  if (n === undefined) throw pyError(PyExc_TypeError, "an integer is required");
  if (n < 0) throw pyError(PyExc_OverflowError, "can't convert negative value to unsigned int");
  if (n > 0xffffffffffffffffn) {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
  }
  if (n > 0xffffffff) throw pyError(PyExc_OverflowError, "mode out of range");
  return Number(n);
}

/** CPython's filetype(): the first character of filemode(). */
function fileTypeChar(mode: number): string {
  switch (mode & S_IFMT) {
    case 0o100000:
      return "-";
    case 0o040000:
      return "d";
    case 0o120000:
      return "l";
    case 0o060000:
      return "b";
    case 0o020000:
      return "c";
    case 0o010000:
      return "p";
    case 0o140000:
      return "s";
    default:
      return "?";
  }
}

function filemode(mode: number): string {
  const bit = (mask: number, ch: string) => (mode & mask ? ch : "-");
  const special = (exec: number, flag: number, on: string, off: string) =>
    mode & flag ? (mode & exec ? on : off) : mode & exec ? "x" : "-";
  return fileTypeChar(mode) +
    bit(0o400, "r") + bit(0o200, "w") + special(0o100, 0o4000, "s", "S") +
    bit(0o040, "r") + bit(0o020, "w") + special(0o010, 0o2000, "s", "S") +
    bit(0o004, "r") + bit(0o002, "w") + special(0o001, 0o1000, "t", "T");
}

export function createModule(): PyModule {
  const m = new PyModule("_stat");
  const d = m.dict;
  d.setStr("__doc__", DOC);
  const def1 = (name: string, f: (mode: number) => PyValue) => {
    d.setStr(
      name,
      new PyBuiltinFunction(
        name,
        (args, kw) => {
          if (kw !== null && kw.length > 0) {
            throw pyError(PyExc_TypeError, `_stat.${name}() takes no keyword arguments`);
          }
          if (args.length !== 1) {
            throw pyError(
              PyExc_TypeError,
              `_stat.${name}() takes exactly one argument (${args.length} given)`,
            );
          }
          return f(modeArg(args[0]));
        },
        undefined,
        name,
        "_stat",
      ),
    );
  };
  const isType = (t: number) => (mode: number) => t !== 0 && (mode & S_IFMT) === t;
  def1("S_ISDIR", isType(0o040000));
  def1("S_ISCHR", isType(0o020000));
  def1("S_ISBLK", isType(0o060000));
  def1("S_ISREG", isType(0o100000));
  def1("S_ISFIFO", isType(0o010000));
  def1("S_ISLNK", isType(0o120000));
  def1("S_ISSOCK", isType(0o140000));
  def1("S_ISDOOR", () => false);
  def1("S_ISPORT", () => false);
  def1("S_ISWHT", () => false);
  def1("S_IMODE", (mode) => mode & 0o7777);
  def1("S_IFMT", (mode) => mode & S_IFMT);
  def1("filemode", filemode);
  for (const [k, v] of Object.entries(CONSTANTS)) d.setStr(k, v);
  return m;
}
