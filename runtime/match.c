/* Structural pattern matching (PEP 634): the primitives behind CPython 3.11's MATCH_SEQUENCE,
 * MATCH_MAPPING, GET_LEN, MATCH_KEYS and MATCH_CLASS (Python/ceval.c: match_keys,
 * match_class_attr, match_class), and the `**rest` dict of a mapping pattern (BUILD_MAP,
 * DICT_UPDATE, DELETE_SUBSCR), with the interpreter's messages. */
#include "pylc_runtime.h"

int pylc_match_sequence(PyObject *subject) {
  return PyType_HasFeature(Py_TYPE(subject), Py_TPFLAGS_SEQUENCE) ? 1 : 0;
}

int pylc_match_mapping(PyObject *subject) {
  return PyType_HasFeature(Py_TYPE(subject), Py_TPFLAGS_MAPPING) ? 1 : 0;
}

PyObject *pylc_match_len(PyObject *subject) {
  Py_ssize_t n = PyObject_Length(subject);
  if (n < 0)
    return NULL;
  return PyLong_FromSsize_t(n);
}

PyObject *pylc_match_keys(PyObject *map, PyObject *keys) {
  Py_ssize_t nkeys = PyTuple_GET_SIZE(keys);
  if (!nkeys)
    return PyTuple_New(0); /* no keys means no items, and no lookups */
  PyObject *seen = NULL, *dummy = NULL, *values = NULL, *get = NULL;
  /* map.get(key, dummy) looks a key up atomically and does not make dict subclasses with
   * __missing__ (collections.defaultdict) create it. */
  PyObject *name = PyUnicode_InternFromString("get");
  if (!name)
    return NULL;
  get = PyObject_GetAttr(map, name);
  Py_DECREF(name);
  if (!get)
    goto fail;
  seen = PySet_New(NULL);
  if (!seen)
    goto fail;
  dummy = PyObject_CallNoArgs((PyObject *)&PyBaseObject_Type);
  if (!dummy)
    goto fail;
  values = PyTuple_New(nkeys);
  if (!values)
    goto fail;
  for (Py_ssize_t i = 0; i < nkeys; i++) {
    PyObject *key = PyTuple_GET_ITEM(keys, i);
    if (PySet_Contains(seen, key) || PySet_Add(seen, key)) {
      if (!PyErr_Occurred())
        PyErr_Format(PyExc_ValueError, "mapping pattern checks duplicate key (%R)", key);
      goto fail;
    }
    PyObject *args[] = {key, dummy};
    PyObject *value = PyObject_Vectorcall(get, args, 2, NULL);
    if (!value)
      goto fail;
    if (value == dummy) {
      /* The key is missing: no match. */
      Py_DECREF(value);
      Py_DECREF(values);
      values = Py_NewRef(Py_None);
      goto done;
    }
    PyTuple_SET_ITEM(values, i, value);
  }
done:
  Py_DECREF(get);
  Py_DECREF(seen);
  Py_DECREF(dummy);
  return values;
fail:
  Py_XDECREF(get);
  Py_XDECREF(seen);
  Py_XDECREF(dummy);
  Py_XDECREF(values);
  return NULL;
}

/* subject.name for a class pattern; NULL without an exception when the attribute is
 * missing, NULL with one on error (a name looked up twice included). */
static PyObject *match_class_attr(PyObject *subject, PyObject *type, PyObject *name,
                                  PyObject *seen) {
  if (PySet_Contains(seen, name) || PySet_Add(seen, name)) {
    if (!PyErr_Occurred())
      PyErr_Format(PyExc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                   ((PyTypeObject *)type)->tp_name, name);
    return NULL;
  }
  PyObject *attr = PyObject_GetAttr(subject, name);
  if (!attr && PyErr_ExceptionMatches(PyExc_AttributeError))
    PyErr_Clear();
  return attr;
}

/* match_class: the tuple of extracted attributes on a match, NULL otherwise (an exception
 * set on error, none when the subject just does not match). */
static PyObject *match_class(PyObject *subject, PyObject *type, Py_ssize_t nargs,
                             PyObject *kwargs) {
  if (!PyType_Check(type)) {
    PyErr_SetString(PyExc_TypeError, "called match pattern must be a type");
    return NULL;
  }
  if (PyObject_IsInstance(subject, type) <= 0)
    return NULL;
  PyObject *seen = PySet_New(NULL);
  if (!seen)
    return NULL;
  PyObject *attrs = PyList_New(0);
  if (!attrs) {
    Py_DECREF(seen);
    return NULL;
  }
  PyObject *match_args = NULL;
  if (nargs) {
    int match_self = 0;
    match_args = PyObject_GetAttrString(type, "__match_args__");
    if (match_args) {
      if (!PyTuple_CheckExact(match_args)) {
        PyErr_Format(PyExc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                     ((PyTypeObject *)type)->tp_name, Py_TYPE(match_args)->tp_name);
        goto fail;
      }
    } else if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
      PyErr_Clear();
      /* The builtins that match themselves (int(x), str(x), ...) count only when the type
       * does not define __match_args__: a subclass that does loses the behaviour. */
      match_args = PyTuple_New(0);
      if (!match_args)
        goto fail;
      match_self = PyType_HasFeature((PyTypeObject *)type, _Py_TPFLAGS_MATCH_SELF);
    } else {
      goto fail;
    }
    Py_ssize_t allowed = match_self ? 1 : PyTuple_GET_SIZE(match_args);
    if (allowed < nargs) {
      PyErr_Format(PyExc_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)",
                   ((PyTypeObject *)type)->tp_name, (int)allowed, allowed == 1 ? "" : "s",
                   (int)nargs);
      goto fail;
    }
    if (match_self) {
      if (PyList_Append(attrs, subject) < 0)
        goto fail;
    } else {
      for (Py_ssize_t i = 0; i < nargs; i++) {
        PyObject *name = PyTuple_GET_ITEM(match_args, i);
        if (!PyUnicode_CheckExact(name)) {
          PyErr_Format(PyExc_TypeError, "__match_args__ elements must be strings (got %s)",
                       Py_TYPE(name)->tp_name);
          goto fail;
        }
        PyObject *attr = match_class_attr(subject, type, name, seen);
        if (!attr)
          goto fail;
        int rc = PyList_Append(attrs, attr);
        Py_DECREF(attr);
        if (rc < 0)
          goto fail;
      }
    }
    Py_CLEAR(match_args);
  }
  for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(kwargs); i++) {
    PyObject *attr = match_class_attr(subject, type, PyTuple_GET_ITEM(kwargs, i), seen);
    if (!attr)
      goto fail;
    int rc = PyList_Append(attrs, attr);
    Py_DECREF(attr);
    if (rc < 0)
      goto fail;
  }
  Py_SETREF(attrs, PyList_AsTuple(attrs));
  Py_DECREF(seen);
  return attrs;
fail:
  Py_XDECREF(match_args);
  Py_DECREF(seen);
  Py_DECREF(attrs);
  return NULL;
}

PyObject *pylc_match_class(PyObject *subject, PyObject *type, Py_ssize_t nargs, PyObject *names) {
  PyObject *attrs = match_class(subject, type, nargs, names);
  if (attrs || PyErr_Occurred())
    return attrs;
  return Py_NewRef(Py_None);
}

PyObject *pylc_match_rest(PyObject *subject, PyObject *keys) {
  PyObject *rest = PyDict_New();
  if (!rest)
    return NULL;
  if (PyDict_Update(rest, subject) < 0) {
    if (PyErr_ExceptionMatches(PyExc_AttributeError))
      PyErr_Format(PyExc_TypeError, "'%.200s' object is not a mapping", Py_TYPE(subject)->tp_name);
    Py_DECREF(rest);
    return NULL;
  }
  for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(keys); i++)
    if (PyObject_DelItem(rest, PyTuple_GET_ITEM(keys, i)) < 0) {
      Py_DECREF(rest);
      return NULL;
    }
  return rest;
}
