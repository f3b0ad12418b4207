// The interpreter's standard streams: sys.stdin / sys.stdout / sys.stderr as CPython's
// create_stdio makes them (UTF-8 mode): TextIOWrapper over BufferedReader/BufferedWriter over
// FileIO(0/1/2, closefd=False). stdout is line-buffered on a terminal, stderr always; stdin
// and stdout use errors='surrogateescape', stderr 'backslashreplace'.
import { None, type PyValue } from "../../objects/object.ts";
import { call, callMethod, getAttr, setAttr } from "../../objects/abstract.ts";
import { PyDict } from "../../objects/object.ts";
import { openImpl } from "./open.ts";
import { textIOWrapperType } from "./textio.ts";
import { isattyFd } from "./sinks.ts";

export interface StdStreams {
  stdin: PyValue;
  stdout: PyValue;
  stderr: PyValue;
}

/** -u / PYTHONUNBUFFERED (set before the streams are made): stdout and stderr unbuffered. */
export const stdioConfig = { unbuffered: false };

// One set per process, made on first use (Coil runs one interpreter per process).
const state: { streams: StdStreams | null } = { streams: null };

function makeStream(fd: number, name: string, write: boolean, errors: string): PyValue {
  // Unbuffered as CPython's -u makes them: .buffer is the FileIO, the text layer writes through.
  const unbuffered = write && stdioConfig.unbuffered;
  const buffer = openImpl(
    fd,
    write ? "wb" : "rb",
    unbuffered ? 0 : -1,
    None,
    None,
    None,
    false,
    None,
  );
  const raw = unbuffered ? buffer : getAttr(buffer, "raw");
  const d = (raw as { dict: PyDict | null }).dict;
  if (d !== null) d.setStr("name", name);
  else setAttr(raw, "name", name);
  const lineBuffering = fd === 2 || isattyFd(fd);
  const text = call(
    textIOWrapperType,
    [buffer, "utf-8", errors, "\n", lineBuffering, unbuffered],
    null,
  );
  setAttr(text, "mode", write ? "w" : "r");
  return text;
}

export function getStdStreams(): StdStreams {
  if (state.streams === null) {
    state.streams = {
      stdin: makeStream(0, "<stdin>", false, "surrogateescape"),
      stdout: makeStream(1, "<stdout>", true, "surrogateescape"),
      stderr: makeStream(2, "<stderr>", true, "backslashreplace"),
    };
  }
  return state.streams;
}

/** Writes out what sys.__stdout__ / sys.__stderr__ hold (at exit, before the host resumes). */
export function flushStdio(): void {
  const s = state.streams;
  if (s === null) return;
  for (const stream of [s.stdout, s.stderr]) {
    try {
      callMethod(stream, "flush", []);
    } catch {
      // A closed or broken stream has nothing left to write.
    }
  }
}
