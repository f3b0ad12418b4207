// dict: an insertion-ordered hash map from hashable values to values.
//
// Contract (implemented by the objects layer; other layers use only these members):
//   get(key): PyValue | undefined          lookup by any hashable Python value (may raise TypeError)
//   set(key, value): void                   insert or overwrite, keeping the first key object
//   delete(key): boolean                    false when absent
//   getStr(name) / setStr(name, v) / deleteStr(name)
//                                            fast paths for str keys (namespaces, attribute dicts)
//   size: number
//   keys() / values() / entries()           iterate in insertion order (snapshot-safe against
//                                            mutation: RuntimeError is the iterator object's job)
import { objectType, PyObject, PyType, type PyValue, typeType } from "./object.ts";

export const dictType: PyType = new PyType(typeType, "dict", [objectType]);

/** One stored item; the key object is kept as first inserted (Python keeps the original key). */
export interface DictEntry {
  key: PyValue;
  value: PyValue;
}

export class PyDict extends PyObject {
  /**
   * Entries by normalized key: str -> the JS string, int/bool/integral float -> number or
   * bigint, identity-hashed objects -> the object itself; keys with a Python-level __hash__
   * (tuples, frozensets, user classes defining __eq__/__hash__) -> the canonical key object
   * found through `hashed`. The Map's own order is the dict's insertion order.
   */
  readonly map: Map<unknown, DictEntry> = new Map();
  /** hash -> canonical key objects with that hash, for keys compared by __eq__. */
  hashed: Map<number, PyValue[]> | null = null;

  constructor(cls: PyType = dictType) {
    super(cls);
  }

  get size(): number {
    return this.map.size;
  }

  getStr(name: string): PyValue | undefined {
    return this.map.get(name)?.value;
  }

  setStr(name: string, value: PyValue): void {
    const entry = this.map.get(name);
    if (entry !== undefined) entry.value = value;
    else this.map.set(name, { key: name, value });
  }

  deleteStr(name: string): boolean {
    return this.map.delete(name);
  }
}
