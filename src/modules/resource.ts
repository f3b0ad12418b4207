// resource: Linux constants, getpagesize(); the limit and usage calls raise OSError(ENOSYS)
// (Deno exposes no getrlimit/getrusage).
import { type PyValue } from "../objects/object.ts";
import { checkArgs, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { osError, PyExc_OSError } from "../objects/exceptions.ts";
import { makeStructSeqType } from "../objects/structseq.ts";
import { PyModule } from "../runtime/module_object.ts";

const CONSTANTS: Record<string, number> = {
  RLIMIT_CPU: 0,
  RLIMIT_FSIZE: 1,
  RLIMIT_DATA: 2,
  RLIMIT_STACK: 3,
  RLIMIT_CORE: 4,
  RLIMIT_RSS: 5,
  RLIMIT_NPROC: 6,
  RLIMIT_NOFILE: 7,
  RLIMIT_MEMLOCK: 8,
  RLIMIT_AS: 9,
  RLIMIT_OFILE: 7,
  RLIMIT_MSGQUEUE: 12,
  RLIMIT_NICE: 13,
  RLIMIT_RTPRIO: 14,
  RLIMIT_RTTIME: 15,
  RLIMIT_SIGPENDING: 11,
  RLIM_INFINITY: -1,
  RUSAGE_SELF: 0,
  RUSAGE_CHILDREN: -1,
  RUSAGE_THREAD: 1,
};

const rusageType = makeStructSeqType({
  name: "resource.struct_rusage",
  fields: [
    "ru_utime",
    "ru_stime",
    "ru_maxrss",
    "ru_ixrss",
    "ru_idrss",
    "ru_isrss",
    "ru_minflt",
    "ru_majflt",
    "ru_nswap",
    "ru_inblock",
    "ru_oublock",
    "ru_msgsnd",
    "ru_msgrcv",
    "ru_nsignals",
    "ru_nvcsw",
    "ru_nivcsw",
  ],
  nVisible: 16,
  doc: "struct_rusage: Result from getrusage.\n\n" +
    "This object may be accessed either as a tuple of\n" +
    "    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n" +
    "    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\n" +
    "or via the attributes ru_utime, ru_stime, ru_maxrss, and so on.",
});

function notImplemented(): PyValue {
  throw osError(PyExc_OSError, 38, "Function not implemented");
}

export function createModule(): PyModule {
  const m = new PyModule("resource");
  const d = m.dict;
  for (const name in CONSTANTS) d.setStr(name, CONSTANTS[name]);
  d.setStr("error", PyExc_OSError);
  d.setStr("struct_rusage", rusageType);
  for (const name of ["getrlimit", "setrlimit", "prlimit", "getrusage"]) {
    d.setStr(name, new PyBuiltinFunction(name, notImplemented, undefined, name, "resource"));
  }
  d.setStr(
    "getpagesize",
    new PyBuiltinFunction(
      "getpagesize",
      (args, kw) => {
        checkArgs("getpagesize", args, kw, 0, 0);
        return 4096;
      },
      undefined,
      "getpagesize",
      "resource",
    ),
  );
  return m;
}
