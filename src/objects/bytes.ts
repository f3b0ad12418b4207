// bytes: an immutable byte string. Methods and protocols are attached in this file.
import { objectType, PyObject, PyType, typeType } from "./object.ts";

export const bytesType: PyType = new PyType(typeType, "bytes", [objectType]);

export class PyBytes extends PyObject {
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array, cls: PyType = bytesType) {
    super(cls);
    this.bytes = bytes;
  }
}
