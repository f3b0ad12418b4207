// list: a growable array of values. Methods and protocols are attached in this file.
import { objectType, PyObject, PyType, type PyValue, typeType } from "./object.ts";

export const listType: PyType = new PyType(typeType, "list", [objectType]);

export class PyList extends PyObject {
  items: PyValue[];
  constructor(items: PyValue[], cls: PyType = listType) {
    super(cls);
    this.items = items;
  }
}
