// io.open() (the builtin open), open_code() and text_encoding() (_iomodule.c).
import { None, PyObject, type PyValue, typeOf } from "../../objects/object.ts";
import { bindArgs, PyBuiltinFunction } from "../../objects/builtin_function.ts";
import {
  call,
  callMethod,
  getAttr,
  isTrue,
  lookupSpecial,
  setAttr,
} from "../../objects/abstract.ts";
import { intValue } from "../../objects/int.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { strValue } from "../../objects/str.ts";
import { DEFAULT_BUFFER_SIZE, indexArg, typeError, valueError } from "./common.ts";
import { fileIOType, PyFileIO } from "./fileio.ts";
import { bufferedRandomType, bufferedReaderType, bufferedWriterType } from "./bufferedio.ts";
import { textIOWrapperType } from "./textio.ts";

function optionalStr(v: PyValue | undefined, arg: string): PyValue {
  if (v === undefined || v === None) return None;
  if (strValue(v) === undefined) {
    typeError(`open() argument '${arg}' must be str or None, not ${typeOf(v).name}`);
  }
  return v;
}

/** open(file, mode, buffering, encoding, errors, newline, closefd, opener). */
export function openImpl(
  file: PyValue,
  mode: string,
  bufferingArg: number,
  encoding: PyValue,
  errors: PyValue,
  newline: PyValue,
  closefd: boolean,
  opener: PyValue,
): PyValue {
  const isNumber = typeof file === "number" || typeof file === "boolean" ||
    typeof file === "bigint" || (file instanceof PyObject && intValue(file) !== undefined);
  let pathOrFd = file;
  if (!isNumber && strValue(file) === undefined && !(file instanceof PyBytes)) {
    if (lookupSpecial(file, "__fspath__") === undefined) {
      typeError(`expected str, bytes or os.PathLike object, not ${typeOf(file).name}`);
    }
    pathOrFd = callMethod(file, "__fspath__", []);
    if (strValue(pathOrFd) === undefined && !(pathOrFd instanceof PyBytes)) {
      typeError(
        `expected ${typeOf(file).name}.__fspath__() to return str or bytes, not ${
          typeOf(pathOrFd).name
        }`,
      );
    }
  }
  let creating = false, reading = false, writing = false, appending = false, updating = false;
  let text = false, binary = false;
  for (let i = 0; i < mode.length; i++) {
    const c = mode[i];
    if (!"rwxab+t".includes(c) || mode.indexOf(c, i + 1) >= 0) {
      valueError(`invalid mode: '${mode}'`);
    }
    if (c === "x") creating = true;
    else if (c === "r") reading = true;
    else if (c === "w") writing = true;
    else if (c === "a") appending = true;
    else if (c === "+") updating = true;
    else if (c === "t") text = true;
    else binary = true;
  }
  let rawmode = creating ? "x" : reading ? "r" : writing ? "w" : appending ? "a" : "";
  if (updating) rawmode += "+";
  if (text && binary) valueError("can't have text and binary mode at once");
  if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1) {
    valueError("must have exactly one of create/read/write/append mode");
  }
  if (binary && encoding !== None) valueError("binary mode doesn't take an encoding argument");
  if (binary && errors !== None) valueError("binary mode doesn't take an errors argument");
  if (binary && newline !== None) valueError("binary mode doesn't take a newline argument");
  const raw = call(fileIOType, [pathOrFd, rawmode, closefd, opener], null) as PyFileIO;
  let result: PyValue = raw;
  try {
    let buffering = bufferingArg;
    let lineBuffering = false;
    if (buffering === 1 || (buffering < 0 && isTrue(callMethod(raw, "isatty", [])))) {
      buffering = -1;
      lineBuffering = true;
    }
    if (buffering < 0) {
      const bs = raw.cls === fileIOType ? raw.blksize : Number(getAttr(raw, "_blksize"));
      buffering = bs > 1 ? bs : DEFAULT_BUFFER_SIZE;
    }
    if (buffering === 0) {
      if (binary) return raw;
      valueError("can't have unbuffered text I/O");
    }
    const bufferedType = updating
      ? bufferedRandomType
      : creating || writing || appending
      ? bufferedWriterType
      : bufferedReaderType;
    const buffer = call(bufferedType, [raw, buffering], null);
    result = buffer;
    if (binary) return buffer;
    const wrapper = call(
      textIOWrapperType,
      [buffer, encoding, errors, newline, lineBuffering],
      null,
    );
    result = wrapper;
    setAttr(wrapper, "mode", mode);
    return wrapper;
  } catch (e) {
    try {
      callMethod(result, "close", []);
    } catch { /* the original error wins */ }
    throw e;
  }
}

/** The builtin open / io.open / _io.open (one object, as in CPython). */
export const openFunction: PyBuiltinFunction = new PyBuiltinFunction(
  "open",
  (args, kw) => {
    const [file, modeArg, buffering, encoding, errors, newline, closefd, opener] = bindArgs(
      "open",
      args,
      kw,
      ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
      1,
    );
    let mode = "r";
    if (modeArg !== undefined) {
      const m = strValue(modeArg);
      if (m === undefined) {
        typeError(`open() argument 'mode' must be str, not ${typeOf(modeArg).name}`);
      }
      mode = m!;
    }
    const b = buffering === undefined ? -1 : indexArg(buffering);
    return openImpl(
      file!,
      mode,
      b,
      optionalStr(encoding, "encoding"),
      optionalStr(errors, "errors"),
      optionalStr(newline, "newline"),
      closefd === undefined ? true : isTrue(closefd),
      opener ?? None,
    );
  },
  undefined,
  "open",
  "io",
);

export const openCodeFunction: PyBuiltinFunction = new PyBuiltinFunction(
  "open_code",
  (args, kw) => {
    const [path] = bindArgs("open_code", args, kw, ["path"], 1);
    if (strValue(path!) === undefined) {
      typeError(`open_code() argument 'path' must be str, not ${typeOf(path!).name}`);
    }
    return openImpl(path!, "rb", -1, None, None, None, true, None);
  },
  undefined,
  "open_code",
  "io",
);

export const textEncodingFunction: PyBuiltinFunction = new PyBuiltinFunction(
  "text_encoding",
  (args, kw) => {
    const [encoding] = bindArgs("text_encoding", args, kw, ["encoding", "stacklevel"], 1);
    // Coil runs as CPython's UTF-8 mode: the default text encoding is UTF-8.
    return encoding === None ? "utf-8" : encoding!;
  },
  undefined,
  "text_encoding",
  "io",
);
