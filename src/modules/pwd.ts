// pwd: the password database, read from /etc/passwd (what glibc's files backend reads; NSS
// sources such as LDAP are not consulted). Reading needs only --allow-read.
import { type PyValue } from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import { checkArgs, type NativeFn, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { keyError } from "../objects/exceptions.ts";
import { PyList } from "../objects/list.ts";
import { makeStructSeqType, newStructSeq } from "../objects/structseq.ts";
import { PyModule } from "../runtime/module_object.ts";
import * as ops from "../runtime/ops.ts";

const passwdType = makeStructSeqType({
  name: "pwd.struct_passwd",
  fields: ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"],
  nVisible: 7,
  doc: "pwd.struct_passwd: Results from getpw*() routines.\n\n" +
    "This object may be accessed either as a tuple of\n" +
    "  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\n" +
    "or via the object attributes as named in the above tuple.",
});

function entries(): PyValue[][] {
  let text: string;
  try {
    text = Deno.readTextFileSync("/etc/passwd");
  } catch {
    return [];
  }
  const out: PyValue[][] = [];
  for (const line of text.split("\n")) {
    const f = line.split(":");
    if (f.length < 7 || line.startsWith("#")) continue;
    out.push([f[0], f[1], Number(f[2]), Number(f[3]), f[4], f[5], f[6]]);
  }
  return out;
}

function fn(name: string, f: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, f, undefined, name, "pwd");
}

export function createModule(): PyModule {
  const m = new PyModule("pwd");
  const d = m.dict;
  d.setStr(
    "__doc__",
    "This module provides access to the Unix password database.\n" +
      "It is available on all Unix versions.\n\n" +
      "Password database entries are reported as 7-tuples containing the following\n" +
      "items from the password database (see `<pwd.h>'), in order:\n" +
      "pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\n" +
      "The uid and gid items are integers, all others are strings. An\n" +
      "exception is raised if the entry asked for cannot be found.",
  );
  d.setStr("struct_passwd", passwdType);
  d.setStr(
    "getpwuid",
    fn("getpwuid", (args, kw) => {
      checkArgs("pwd.getpwuid", args, kw, 1, 1);
      const uid = abs.asIndex(args[0]);
      const e = entries().find((e) => e[2] === uid);
      if (e === undefined) throw keyError(`getpwuid(): uid not found: ${uid}`);
      return newStructSeq(passwdType, e);
    }),
  );
  d.setStr(
    "getpwnam",
    fn("getpwnam", (args, kw) => {
      checkArgs("pwd.getpwnam", args, kw, 1, 1);
      const name = args[0];
      if (typeof name !== "string") {
        throw ops.typeError(`getpwnam() argument must be str, not ${abs.typeName(name)}`);
      }
      const e = entries().find((e) => e[0] === name);
      if (e === undefined) throw keyError(`getpwnam(): name not found: ${abs.repr(name)}`);
      return newStructSeq(passwdType, e);
    }),
  );
  d.setStr(
    "getpwall",
    fn("getpwall", (args, kw) => {
      checkArgs("pwd.getpwall", args, kw, 0, 0);
      return new PyList(entries().map((e) => newStructSeq(passwdType, e)));
    }),
  );
  return m;
}
