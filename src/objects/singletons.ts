// None, NotImplemented and Ellipsis: their types' constructors (returning the singleton),
// reprs and truth values (CPython's Objects/object.c, sliceobject.c).
import { defineMethods, defineNew } from "./builtin_function.ts";
import {
  Ellipsis,
  ellipsisType,
  None,
  noneType,
  NotImplemented,
  notImplementedType,
  PyType,
} from "./object.ts";
import { pyError, PyExc_TypeError } from "./exceptions.ts";

function singletonNew(t: PyType, value: typeof None) {
  defineNew(t, (_cls, args, kwnames) => {
    if (args.length > 0 || (kwnames !== null && kwnames.length > 0)) {
      throw pyError(PyExc_TypeError, `${t.name} takes no arguments`);
    }
    return value;
  });
}
singletonNew(noneType, None);
singletonNew(notImplementedType, NotImplemented);
singletonNew(ellipsisType, Ellipsis);

defineMethods(noneType, {
  __repr__: () => "None",
  __bool__: () => false,
});
defineMethods(notImplementedType, {
  __repr__: () => "NotImplemented",
  __reduce__: () => "NotImplemented",
  __bool__: () => true,
});
defineMethods(ellipsisType, {
  __repr__: () => "Ellipsis",
  __reduce__: () => "Ellipsis",
});
