// dict: an insertion-ordered hash map from hashable values to values.
//
// Contract (implemented by the objects layer; other layers use only these members):
//   get(key): PyValue | undefined          lookup by any hashable Python value (may raise TypeError)
//   set(key, value): void                   insert or overwrite, keeping the first key object
//   delete(key): boolean                    false when absent
//   has(key): boolean
//   getStr(name) / setStr(name, v) / deleteStr(name)
//                                            fast paths for str keys (namespaces, attribute dicts)
//   size: number
//   keys() / values() / entries()           iterate in insertion order (snapshot-safe against
//                                            mutation: RuntimeError is the iterator object's job)
//
// The storage class is defined in object.ts (every type's namespace is a PyDict, and types are
// made while modules load); this module re-exports it and defines the Python-level methods in
// dict_methods.ts.
export { type DictEntry, dictType, PyDict } from "./object.ts";
