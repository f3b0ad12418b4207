// The table of modules CPython writes in C and Coil writes in TypeScript, one file per module,
// named as the module. The interpreter creates a module from its factory the first time it is
// imported, once per interpreter: state a module keeps lives in what its factory makes, never
// in this file's or the module file's top-level variables (static types such as `deque` are
// shared, as CPython's static types are).
import type { PyModule } from "../runtime/module_object.ts";
import { createModule as _imp } from "./_imp.ts";
import { createModule as marshal } from "./marshal.ts";
import { createModule as _sre } from "./_sre.ts";
import { createModule as _random } from "./_random.ts";
import { createModule as binascii } from "./binascii.ts";
import { createModule as zlib } from "./zlib.ts";
import { createModule as _md5 } from "./_md5.ts";
import { createModule as _sha1 } from "./_sha1.ts";
import { createModule as _sha256 } from "./_sha256.ts";
import { createModule as _sha512 } from "./_sha512.ts";
import { createModule as _sha3 } from "./_sha3.ts";
import { createModule as _blake2 } from "./_blake2.ts";
import { createModule as _hashlib } from "./_hashlib.ts";
import { createModule as _weakref } from "./_weakref.ts";
import { createModule as _thread } from "./_thread.ts";
import { createModule as _warnings } from "./_warnings.ts";
import { createModule as atexit } from "./atexit.ts";
import { createModule as faulthandler } from "./faulthandler.ts";
import { createModule as _contextvars } from "./_contextvars.ts";
import { createModule as gc } from "./gc.ts";
import { createModule as _opcode } from "./_opcode.ts";
import { createModule as _typing } from "./_typing.ts";
import { createModule as _signal } from "./_signal.ts";
import { createModule as select } from "./select.ts";
import { createModule as fcntl } from "./fcntl.ts";
import { createModule as _posixsubprocess } from "./_posixsubprocess.ts";
import { createModule as resource } from "./resource.ts";
import { createModule as pwd } from "./pwd.ts";
import { createModule as grp } from "./grp.ts";
import { createModule as _socket } from "./_socket.ts";
import { createModule as _abc } from "./_abc.ts";
import { createModule as _collections } from "./_collections.ts";
import { createModule as itertools } from "./itertools.ts";
import { createModule as _functools } from "./_functools.ts";
import { createModule as _operator } from "./_operator.ts";
import { createModule as _bisect } from "./_bisect.ts";
import { createModule as _heapq } from "./_heapq.ts";
import { createModule as math } from "./math.ts";
import { createModule as cmath } from "./cmath.ts";
import { createModule as _struct } from "./_struct.ts";
import { createModule as posix } from "./posix.ts";
import { createModule as errno } from "./errno.ts";
import { createModule as _stat } from "./_stat.ts";
import { createModule as time } from "./time.ts";
import { createModule as _codecs } from "./_codecs.ts";
import { createModule as _string } from "./_string.ts";
import { createModule as _locale } from "./_locale.ts";
import { createModule as _json } from "./_json.ts";
import { createModule as _decimal } from "./_decimal.ts";
import { createModule as _csv } from "./_csv.ts";
import { createModule as array } from "./array.ts";
import { createModule as _io } from "./_io.ts";
import { createModule as _ast } from "./_ast.ts";
import { createModule as unicodedata } from "./unicodedata.ts";

export type ModuleFactory = () => PyModule;

export const builtinModuleTable: Record<string, ModuleFactory> = {
  _io,
  _ast,
  unicodedata,
  array,
  _codecs,
  _string,
  _locale,
  _json,
  _decimal,
  _csv,
  _struct,
  _imp,
  marshal,
  _sre,
  _collections,
  _random,
  binascii,
  zlib,
  _md5,
  _sha1,
  _sha256,
  _sha512,
  _sha3,
  _blake2,
  _hashlib,
  _weakref,
  _thread,
  _warnings,
  atexit,
  faulthandler,
  _contextvars,
  gc,
  _opcode,
  _typing,
  _signal,
  select,
  fcntl,
  _posixsubprocess,
  resource,
  pwd,
  grp,
  _socket,
  _abc,
  itertools,
  _functools,
  _operator,
  _bisect,
  _heapq,
  math,
  cmath,
  posix,
  errno,
  _stat,
  time,
};
