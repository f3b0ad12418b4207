// grp: the group database, read from /etc/group (glibc's files backend; NSS sources such as
// LDAP are not consulted). Reading needs only --allow-read.
import { type PyValue } from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import { checkArgs, type NativeFn, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { keyError } from "../objects/exceptions.ts";
import { PyList } from "../objects/list.ts";
import { makeStructSeqType, newStructSeq } from "../objects/structseq.ts";
import { PyModule } from "../runtime/module_object.ts";
import * as ops from "../runtime/ops.ts";

const groupType = makeStructSeqType({
  name: "grp.struct_group",
  fields: ["gr_name", "gr_passwd", "gr_gid", "gr_mem"],
  nVisible: 4,
  doc: "grp.struct_group: Results from getgr*() routines.\n\n" +
    "This object may be accessed either as a tuple of\n" +
    "  (gr_name,gr_passwd,gr_gid,gr_mem)\n" +
    "or via the object attributes as named in the above tuple.\n",
});

function entries(): PyValue[][] {
  let text: string;
  try {
    text = Deno.readTextFileSync("/etc/group");
  } catch {
    return [];
  }
  const out: PyValue[][] = [];
  for (const line of text.split("\n")) {
    const f = line.split(":");
    if (f.length < 4 || line.startsWith("#")) continue;
    out.push([f[0], f[1], Number(f[2]), f[3]]);
  }
  return out;
}

/** A struct_group: each call gets its own gr_mem list. */
function group(e: PyValue[]): PyValue {
  const members = (e[3] as string).split(",").filter((s) => s !== "");
  return newStructSeq(groupType, [e[0], e[1], e[2], new PyList(members)]);
}

function fn(name: string, f: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, f, undefined, name, "grp");
}

export function createModule(): PyModule {
  const m = new PyModule("grp");
  const d = m.dict;
  d.setStr(
    "__doc__",
    "Access to the Unix group database.\n\n" +
      "Group entries are reported as 4-tuples containing the following fields\n" +
      "from the group database, in order:\n\n" +
      "  gr_name   - name of the group\n" +
      "  gr_passwd - group password (encrypted); often empty\n" +
      "  gr_gid    - numeric ID of the group\n" +
      "  gr_mem    - list of members\n\n" +
      "The gid is an integer, name and password are strings.  (Note that most\n" +
      "users are not explicitly listed as members of the groups they are in\n" +
      "according to the password database.  Check both databases to get\n" +
      "complete membership information.)",
  );
  d.setStr("struct_group", groupType);
  d.setStr(
    "getgrgid",
    fn("getgrgid", (args, kw) => {
      checkArgs("grp.getgrgid", args, kw, 1, 1);
      const gid = abs.asIndex(args[0]);
      const e = entries().find((e) => e[2] === gid);
      if (e === undefined) throw keyError(`getgrgid(): gid not found: ${gid}`);
      return group(e);
    }),
  );
  d.setStr(
    "getgrnam",
    fn("getgrnam", (args, kw) => {
      checkArgs("grp.getgrnam", args, kw, 1, 1);
      const name = args[0];
      if (typeof name !== "string") {
        throw ops.typeError(`getgrnam() argument must be str, not ${abs.typeName(name)}`);
      }
      const e = entries().find((e) => e[0] === name);
      if (e === undefined) throw keyError(`getgrnam(): name not found: ${abs.repr(name)}`);
      return group(e);
    }),
  );
  d.setStr(
    "getgrall",
    fn("getgrall", (args, kw) => {
      checkArgs("grp.getgrall", args, kw, 0, 0);
      return new PyList(entries().map(group));
    }),
  );
  return m;
}
