// complex: a pair of doubles. Methods and protocols are attached in this file.
import { objectType, PyObject, PyType, typeType } from "./object.ts";

export const complexType: PyType = new PyType(typeType, "complex", [objectType]);

export class PyComplex extends PyObject {
  readonly real: number;
  readonly imag: number;
  constructor(real: number, imag: number, cls: PyType = complexType) {
    super(cls);
    this.real = real;
    this.imag = imag;
  }
}
