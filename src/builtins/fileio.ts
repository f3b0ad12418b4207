// File objects: open() for text and binary files through Deno's synchronous file API, and the
// sys.stdout / sys.stderr / sys.stdin objects over the stdio sinks. A simplified io module:
// one type per CPython class name (TextIOWrapper, BufferedReader, BufferedWriter).
import { bindArgs, defineGetter, defineMethods } from "../objects/builtin_function.ts";
import {
  None,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "../objects/object.ts";
import {
  osError,
  pyError,
  PyExc_FileExistsError,
  PyExc_FileNotFoundError,
  PyExc_IsADirectoryError,
  PyExc_OSError,
  PyExc_PermissionError,
  PyExc_TypeError,
  PyExc_ValueError,
  stopIteration,
} from "../objects/exceptions.ts";
import { asIndex, iterateToArray, lookupSpecial, repr, str } from "../objects/abstract.ts";
import { intValue } from "../objects/int.ts";
import { bytesOf, PyBytes } from "../objects/bytes.ts";
import { PyList } from "../objects/list.ts";
import { decodeBytes, encodeStr, splitLines, strValue } from "../objects/str.ts";
import { stdio } from "./stdio.ts";

export const textIOType: PyType = new PyType(typeType, "TextIOWrapper", [objectType]);
export const bufferedReaderType: PyType = new PyType(typeType, "BufferedReader", [objectType]);
export const bufferedWriterType: PyType = new PyType(typeType, "BufferedWriter", [objectType]);
for (const t of [textIOType, bufferedReaderType, bufferedWriterType]) {
  t.dict.setStr("__module__", "_io");
}

type Backend =
  | { kind: "file"; file: Deno.FsFile }
  | { kind: "stdout" }
  | { kind: "stderr" }
  | { kind: "stdin" };

/** An open file. Text files keep a decoded read buffer; writes go straight to the backend. */
export class PyFile extends PyObject {
  closed = false;
  /** Unread input: text for text files, bytes for binary ones. */
  pendingText = "";
  pendingBytes: Uint8Array = new Uint8Array(0);
  eof = false;
  constructor(
    cls: PyType,
    readonly backend: Backend,
    readonly name: PyValue,
    readonly mode: string,
    readonly binary: boolean,
    readonly readable: boolean,
    readonly writable: boolean,
    readonly encoding: string,
  ) {
    super(cls);
  }
}

const encoder = new TextEncoder();

/** A read size: None or an integer (CPython's _Py_convert_optional_to_ssize_t). */
function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  if (intValue(v) === undefined && lookupSpecial(v, "__index__") === undefined) {
    throw pyError(
      PyExc_TypeError,
      `argument should be integer or None, not '${typeOf(v).name}'`,
    );
  }
  return Number(asIndex(v));
}

function checkOpen(f: PyFile, period = "."): void {
  if (f.closed) throw pyError(PyExc_ValueError, `I/O operation on closed file${period}`);
}

function writeRaw(f: PyFile, data: Uint8Array | string): void {
  const b = f.backend;
  if (b.kind === "stdout") {
    stdio.writeStdout(typeof data === "string" ? data : new TextDecoder().decode(data));
  } else if (b.kind === "stderr") {
    stdio.writeStderr(typeof data === "string" ? data : new TextDecoder().decode(data));
  } else if (b.kind === "file") {
    let bytes = typeof data === "string" ? encodeStr(data, f.encoding, "strict") : data;
    while (bytes.length > 0) bytes = bytes.subarray(b.file.writeSync(bytes));
  } else throw pyError(PyExc_OSError, "not writable");
}

/** Reads everything left in the file as bytes. */
function readAllBytes(f: PyFile): Uint8Array {
  const b = f.backend;
  if (b.kind === "stdin") {
    const lines: string[] = [];
    for (let l = stdio.readStdinLine(); l !== null; l = stdio.readStdinLine()) lines.push(l + "\n");
    return encoder.encode(lines.join(""));
  }
  if (b.kind !== "file") throw pyError(PyExc_OSError, "not readable");
  const chunks: Uint8Array[] = [f.pendingBytes];
  let total = f.pendingBytes.length;
  f.pendingBytes = new Uint8Array(0);
  for (;;) {
    const buf = new Uint8Array(65536);
    const n = b.file.readSync(buf);
    if (n === null || n === 0) break;
    chunks.push(buf.subarray(0, n));
    total += n;
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Fills the text buffer until it holds a newline or the file ended. */
function fillLine(f: PyFile): void {
  const b = f.backend;
  if (b.kind === "stdin") {
    if (f.pendingText.includes("\n") || f.eof) return;
    const l = stdio.readStdinLine();
    if (l === null) f.eof = true;
    else f.pendingText += l + "\n";
    return;
  }
  if (b.kind !== "file") throw pyError(PyExc_OSError, "not readable");
  const dec = new TextDecoder(f.encoding === "utf-8" ? "utf-8" : "latin1");
  while (!f.eof && !f.pendingText.includes("\n")) {
    const buf = new Uint8Array(65536);
    const n = b.file.readSync(buf);
    if (n === null || n === 0) {
      f.eof = true;
      f.pendingText += dec.decode();
    } else f.pendingText += dec.decode(buf.subarray(0, n), { stream: true });
  }
}

function readText(f: PyFile, size: number): string {
  if (size < 0) {
    const rest = f.backend.kind === "file" || f.backend.kind === "stdin"
      ? decodeBytes(readAllBytes(f), f.encoding, "strict")
      : "";
    const s = f.pendingText + rest;
    f.pendingText = "";
    return translateNewlines(s);
  }
  while (f.pendingText.length < size && !f.eof) fillLine(f);
  const s = f.pendingText.slice(0, size);
  f.pendingText = f.pendingText.slice(size);
  return translateNewlines(s);
}

function translateNewlines(s: string): string {
  return s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s;
}

function readLine(f: PyFile, limit = -1): string {
  if (f.binary) throw new Error("binary readline");
  fillLine(f);
  const nl = f.pendingText.indexOf("\n");
  let end = nl < 0 ? f.pendingText.length : nl + 1;
  if (limit >= 0 && end > limit) end = limit;
  const line = f.pendingText.slice(0, end);
  f.pendingText = f.pendingText.slice(end);
  return translateNewlines(line);
}

function readBinaryLine(f: PyFile): Uint8Array {
  const all = f.pendingBytes.length > 0 || !f.eof ? readAllBytes(f) : new Uint8Array(0);
  const i = all.indexOf(10);
  const end = i < 0 ? all.length : i + 1;
  f.pendingBytes = all.slice(end);
  f.eof = f.pendingBytes.length === 0;
  return all.slice(0, end);
}

const F = (v: PyValue) => v as PyFile;

function closeFile(f: PyFile): void {
  if (f.closed) return;
  f.closed = true;
  if (f.backend.kind === "file") f.backend.file.close();
}

for (const t of [textIOType, bufferedReaderType, bufferedWriterType]) {
  defineMethods(t, {
    write(args) {
      const f = F(args[0]);
      checkOpen(f);
      if (!f.writable) throw pyError(unsupportedOperation(), f.binary ? "write" : "not writable");
      if (f.binary) {
        const b = bytesOf(args[1]);
        if (b === undefined) {
          throw pyError(
            PyExc_TypeError,
            `a bytes-like object is required, not '${typeOf(args[1]).name}'`,
          );
        }
        writeRaw(f, b);
        return b.length;
      }
      const s = strValue(args[1]);
      if (s === undefined) {
        throw pyError(PyExc_TypeError, `write() argument must be str, not ${typeOf(args[1]).name}`);
      }
      writeRaw(f, s);
      return [...s].length;
    },
    writelines(args) {
      const f = F(args[0]);
      checkOpen(f);
      for (const line of iterateToArray(args[1])) {
        if (f.binary) writeRaw(f, bytesOf(line)!);
        else writeRaw(f, str(line));
      }
      return None;
    },
    read(args) {
      const f = F(args[0]);
      checkOpen(f);
      if (!f.readable) throw pyError(unsupportedOperation(), f.binary ? "read" : "not readable");
      const size = sizeArg(args[1]);
      if (f.binary) {
        const all = readAllBytes(f);
        if (size < 0) return new PyBytes(all);
        f.pendingBytes = all.slice(size);
        return new PyBytes(all.slice(0, size));
      }
      return readText(f, size);
    },
    readline(args) {
      const f = F(args[0]);
      checkOpen(f);
      if (!f.readable) throw pyError(unsupportedOperation(), f.binary ? "read" : "not readable");
      if (f.binary) return new PyBytes(readBinaryLine(f));
      const limit = args[1] === undefined ? -1 : Number(asIndex(args[1]));
      return readLine(f, limit);
    },
    readlines(args) {
      const f = F(args[0]);
      checkOpen(f);
      if (f.binary) {
        const all = readAllBytes(f);
        const out: PyValue[] = [];
        let s = 0;
        for (let i = 0; i < all.length; i++) {
          if (all[i] === 10) {
            out.push(new PyBytes(all.slice(s, i + 1)));
            s = i + 1;
          }
        }
        if (s < all.length) out.push(new PyBytes(all.slice(s)));
        return new PyList(out);
      }
      return new PyList(splitLines(readText(f, -1), true).map((l) => l));
    },
    __iter__(args) {
      checkOpen(F(args[0]));
      return args[0];
    },
    __next__(args) {
      const v = t.tp_iternext!(args[0] as PyObject);
      if (v === undefined) throw stopIteration(None);
      return v;
    },
    flush(args) {
      checkOpen(F(args[0]));
      return None;
    },
    close(args) {
      closeFile(F(args[0]));
      return None;
    },
    __enter__(args) {
      checkOpen(F(args[0]));
      return args[0];
    },
    __exit__(args) {
      closeFile(F(args[0]));
      return None;
    },
    readable: (args) => F(args[0]).readable,
    writable: (args) => F(args[0]).writable,
    seekable: (args) => F(args[0]).backend.kind === "file",
    isatty(args) {
      checkOpen(F(args[0]), "");
      return false;
    },
    fileno(args) {
      checkOpen(F(args[0]), "");
      const b = F(args[0]).backend;
      if (b.kind === "stdin") return 0;
      if (b.kind === "stdout") return 1;
      if (b.kind === "stderr") return 2;
      return 3;
    },
    seek(args) {
      const f = F(args[0]);
      checkOpen(f);
      if (f.backend.kind !== "file") {
        throw pyError(unsupportedOperation(), "underlying stream is not seekable");
      }
      const offset = Number(asIndex(args[1]));
      const whence = args[2] === undefined ? 0 : Number(asIndex(args[2]));
      if (whence < 0 || whence > 2) {
        throw pyError(PyExc_ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
      }
      if (!f.binary && whence !== 0 && offset !== 0) {
        throw pyError(
          unsupportedOperation(),
          `can't do nonzero ${whence === 1 ? "cur" : "end"}-relative seeks`,
        );
      }
      if (whence === 0 && offset < 0) {
        throw pyError(PyExc_ValueError, `negative seek position ${offset}`);
      }
      f.pendingText = "";
      f.pendingBytes = new Uint8Array(0);
      f.eof = false;
      try {
        return f.backend.file.seekSync(offset, whence as Deno.SeekMode);
      } catch (e) {
        osErrorFromDeno(e, f.name);
      }
    },
    tell(args) {
      const f = F(args[0]);
      checkOpen(f);
      if (f.backend.kind !== "file") {
        throw pyError(unsupportedOperation(), "underlying stream is not seekable");
      }
      return f.backend.file.seekSync(0, Deno.SeekMode.Current) -
        encoder.encode(f.pendingText).length - f.pendingBytes.length;
    },
    truncate(args) {
      const f = F(args[0]);
      checkOpen(f);
      if (f.backend.kind !== "file") throw pyError(unsupportedOperation(), "truncate");
      const size = args[1] === undefined || args[1] === None
        ? f.backend.file.seekSync(0, Deno.SeekMode.Current)
        : Number(asIndex(args[1]));
      f.backend.file.truncateSync(size);
      return size;
    },
    __repr__(args) {
      const f = F(args[0]);
      if (f.binary) return `<_io.${t.name} name=${repr(f.name)}>`;
      return `<_io.TextIOWrapper name=${repr(f.name)} mode=${repr(f.mode)} encoding=${
        repr(f.encoding)
      }>`;
    },
  });
  defineGetter(t, "closed", (f) => F(f).closed);
  defineGetter(t, "name", (f) => F(f).name);
  defineGetter(t, "mode", (f) => F(f).mode);
  if (t === textIOType) defineGetter(t, "encoding", (f) => F(f).encoding);
  t.tp_iternext = (o) => {
    const f = o as PyFile;
    checkOpen(f);
    if (f.binary) {
      const line = readBinaryLine(f);
      return line.length === 0 ? undefined : new PyBytes(line);
    }
    const line = readLine(f);
    return line === "" ? undefined : line;
  };
}

let unsupported: PyType | null = null;
/** io.UnsupportedOperation (OSError and ValueError subclass). */
export function unsupportedOperation(): PyType {
  if (unsupported === null) {
    unsupported = new PyType(typeType, "UnsupportedOperation", [PyExc_OSError]);
    unsupported.bases = [PyExc_OSError, PyExc_ValueError];
    unsupported.mro = [
      unsupported,
      PyExc_OSError,
      PyExc_ValueError,
      ...PyExc_ValueError.mro.slice(1),
    ];
    unsupported.allocate = PyExc_OSError.allocate;
    unsupported.instancesHaveDict = true;
    unsupported.dict.setStr("__module__", "io");
  }
  return unsupported;
}

export const stdoutFile: PyFile = new PyFile(
  textIOType,
  { kind: "stdout" },
  "<stdout>",
  "w",
  false,
  false,
  true,
  "utf-8",
);
export const stderrFile: PyFile = new PyFile(
  textIOType,
  { kind: "stderr" },
  "<stderr>",
  "w",
  false,
  false,
  true,
  "utf-8",
);
export const stdinFile: PyFile = new PyFile(
  textIOType,
  { kind: "stdin" },
  "<stdin>",
  "r",
  false,
  true,
  false,
  "utf-8",
);

/** Converts a Deno file-system error into the matching OSError subclass (with errno). */
export function osErrorFromDeno(e: unknown, filename: PyValue): never {
  const name = typeof filename === "string" ? filename : str(filename);
  if (e instanceof Deno.errors.NotFound) {
    throw osError(PyExc_FileNotFoundError, 2, "No such file or directory", name);
  }
  if (e instanceof Deno.errors.PermissionDenied || e instanceof Deno.errors.NotCapable) {
    throw osError(PyExc_PermissionError, 13, "Permission denied", name);
  }
  if (e instanceof Deno.errors.AlreadyExists) {
    throw osError(PyExc_FileExistsError, 17, "File exists", name);
  }
  if (e instanceof Deno.errors.IsADirectory) {
    throw osError(PyExc_IsADirectoryError, 21, "Is a directory", name);
  }
  throw osError(PyExc_OSError, 5, e instanceof Error ? e.message : String(e), name);
}

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True). */
export function openFile(args: PyValue[], kwnames: readonly string[] | null): PyFile {
  const [file, modeArg, bufferingArg, encodingArg, errorsArg, newlineArg] = bindArgs(
    "open",
    args,
    kwnames,
    ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
    1,
  );
  // CPython's order: argument types, then the mode, then the options the mode rules out.
  const optionalStr = (v: PyValue | undefined, name: string): string | undefined => {
    if (v === undefined || v === None) return undefined;
    const s = strValue(v);
    if (s === undefined) {
      throw pyError(
        PyExc_TypeError,
        `open() argument '${name}' must be str or None, not ${typeOf(v).name}`,
      );
    }
    return s;
  };
  let mode = "r";
  if (modeArg !== undefined) {
    const m = strValue(modeArg);
    if (m === undefined) {
      throw pyError(
        PyExc_TypeError,
        `open() argument 'mode' must be str, not ${typeOf(modeArg).name}`,
      );
    }
    mode = m;
  }
  const buffering = bufferingArg === undefined ? -1 : asIndex(bufferingArg);
  const encodingName = optionalStr(encodingArg, "encoding");
  const errorsName = optionalStr(errorsArg, "errors");
  const newline = optionalStr(newlineArg, "newline");
  const path = strValue(file!);
  if (path === undefined) {
    if (file instanceof PyBytes) {
      return openFile([new TextDecoder().decode(file.bytes), ...args.slice(1)], kwnames);
    }
    if (typeof file === "number" && file < 0) {
      throw pyError(PyExc_ValueError, "negative file descriptor");
    }
    throw pyError(
      PyExc_TypeError,
      `expected str, bytes or os.PathLike object, not ${typeOf(file!).name}`,
    );
  }
  for (let i = 0; i < mode.length; i++) {
    if (!"rwxabt+".includes(mode[i]) || mode.indexOf(mode[i]) !== i) {
      throw pyError(PyExc_ValueError, `invalid mode: '${mode}'`);
    }
  }
  const kinds = [...mode].filter((c) => "rwxa".includes(c));
  if (kinds.length !== 1) {
    throw pyError(PyExc_ValueError, "must have exactly one of create/read/write/append mode");
  }
  const binary = mode.includes("b");
  if (binary && mode.includes("t")) {
    throw pyError(PyExc_ValueError, "can't have text and binary mode at once");
  }
  if (binary && encodingName !== undefined) {
    throw pyError(PyExc_ValueError, "binary mode doesn't take an encoding argument");
  }
  if (binary && errorsName !== undefined) {
    throw pyError(PyExc_ValueError, "binary mode doesn't take an errors argument");
  }
  if (binary && newline !== undefined) {
    throw pyError(PyExc_ValueError, "binary mode doesn't take a newline argument");
  }
  if (!binary && buffering === 0) {
    throw pyError(PyExc_ValueError, "can't have unbuffered text I/O");
  }
  if (newline !== undefined && !["", "\n", "\r", "\r\n"].includes(newline)) {
    throw pyError(PyExc_ValueError, `illegal newline value: ${newline}`);
  }
  const plus = mode.includes("+");
  const kind = kinds[0];
  const options: Deno.OpenOptions = {
    read: kind === "r" || plus,
    write: kind !== "r" || plus,
    create: kind !== "r",
    truncate: kind === "w",
    append: kind === "a",
    createNew: kind === "x",
  };
  let fh: Deno.FsFile;
  try {
    // (Deno refuses an empty path with its own error; the OS says ENOENT.)
    if (path === "") throw new Deno.errors.NotFound(path);
    fh = Deno.openSync(path, options);
    if (Deno.statSync(path).isDirectory) {
      fh.close();
      throw new Deno.errors.IsADirectory(path);
    }
  } catch (e) {
    osErrorFromDeno(e, path);
  }
  const encoding = encodingName === undefined
    ? "utf-8"
    : encodingName.toLowerCase().replace("_", "-");
  const cls = !binary
    ? textIOType
    : options.read && !options.write
    ? bufferedReaderType
    : bufferedWriterType;
  return new PyFile(
    cls,
    { kind: "file", file: fh! },
    file!,
    mode,
    binary,
    options.read!,
    options.write!,
    encoding === "utf8" ? "utf-8" : encoding,
  );
}
