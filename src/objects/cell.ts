// Cells: the boxes holding variables shared between a function and the closures nested in it
// (CPython's PyCellObject). MAKE_CELL puts one in a localsplus slot; closures carry them in
// `__closure__`; LOAD_DEREF/STORE_DEREF read and write `contents` (undefined = empty).
import { objectType, PyObject, PyType, type PyValue, typeType } from "./object.ts";

export const cellType: PyType = new PyType(typeType, "cell", [objectType]);
cellType.isFinal = true;

export class PyCell extends PyObject {
  contents: PyValue | undefined;
  constructor(contents: PyValue | undefined) {
    super(cellType);
    this.contents = contents;
  }
}
