// The _io module (CPython's Modules/_io): the I/O class hierarchy, open(), and the defaults.
// The implementation lives in src/modules/_io/ (one file per C source of CPython's _io).
import { PyModule } from "../runtime/module_object.ts";
import { PyExc_BlockingIOError } from "../objects/exceptions.ts";
import { DEFAULT_BUFFER_SIZE, unsupportedOperationType } from "./_io/common.ts";
import { bufferedIOBaseType, ioBaseType, rawIOBaseType, textIOBaseType } from "./_io/iobase.ts";
import { fileIOType } from "./_io/fileio.ts";
import { bytesIOType } from "./_io/bytesio.ts";
import { stringIOType } from "./_io/stringio.ts";
import {
  bufferedRandomType,
  bufferedReaderType,
  bufferedRWPairType,
  bufferedWriterType,
} from "./_io/bufferedio.ts";
import { textIOWrapperType } from "./_io/textio.ts";
import { newlineDecoderType } from "./_io/newline.ts";
import { openCodeFunction, openFunction, textEncodingFunction } from "./_io/open.ts";

export function createModule(): PyModule {
  const m = new PyModule("_io");
  const d = m.dict;
  d.setStr("DEFAULT_BUFFER_SIZE", DEFAULT_BUFFER_SIZE);
  d.setStr("UnsupportedOperation", unsupportedOperationType);
  d.setStr("BlockingIOError", PyExc_BlockingIOError);
  d.setStr("_IOBase", ioBaseType);
  d.setStr("_RawIOBase", rawIOBaseType);
  d.setStr("_BufferedIOBase", bufferedIOBaseType);
  d.setStr("_TextIOBase", textIOBaseType);
  d.setStr("FileIO", fileIOType);
  d.setStr("BytesIO", bytesIOType);
  d.setStr("StringIO", stringIOType);
  d.setStr("BufferedReader", bufferedReaderType);
  d.setStr("BufferedWriter", bufferedWriterType);
  d.setStr("BufferedRandom", bufferedRandomType);
  d.setStr("BufferedRWPair", bufferedRWPairType);
  d.setStr("TextIOWrapper", textIOWrapperType);
  d.setStr("IncrementalNewlineDecoder", newlineDecoderType);
  d.setStr("open", openFunction);
  d.setStr("open_code", openCodeFunction);
  d.setStr("text_encoding", textEncodingFunction);
  return m;
}
