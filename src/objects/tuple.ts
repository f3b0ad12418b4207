// tuple: an immutable array of values. Methods and protocols are attached in this file.
import { objectType, PyObject, PyType, type PyValue, typeType } from "./object.ts";

export const tupleType: PyType = new PyType(typeType, "tuple", [objectType]);

export class PyTuple extends PyObject {
  readonly items: readonly PyValue[];
  constructor(items: readonly PyValue[], cls: PyType = tupleType) {
    super(cls);
    this.items = items;
  }
}

/** The empty tuple is a singleton, as in CPython. */
export const EMPTY_TUPLE: PyTuple = new PyTuple([]);

export function makeTuple(items: readonly PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
