/* Exception handlers, except*, with and async with: what CPython 3.11's ceval.c does in
 * exception_unwind and the opcodes PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH,
 * CHECK_EG_MATCH, PREP_RERAISE_STAR, RERAISE, BEFORE_WITH, BEFORE_ASYNC_WITH and
 * WITH_EXCEPT_START.
 *
 * The handled exception lives in the thread state's current exception stack item
 * (tstate->exc_info->exc_value), exactly where the interpreter keeps it, so sys.exc_info(),
 * sys.exception(), a bare `raise` and the __context__ of new exceptions see what they see
 * under the interpreter, also across calls between compiled and interpreted code. */
#include "rt_internal.h"

#define CANNOT_CATCH_MSG "catching classes that do not inherit from BaseException is not allowed"
#define CANNOT_EXCEPT_STAR_EG                                                                      \
  "catching ExceptionGroup with except* is not allowed. Use except instead."

/* ------------------------------------------------------------------ handled exception */

PyObject *pylc_exc_fetch(void) {
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  if (!type) {
    PyErr_SetString(PyExc_SystemError, "pylc_exc_fetch: no exception is being raised");
    return NULL;
  }
  PyErr_NormalizeException(&type, &value, &tb);
  /* The instance carries its traceback from here on; None clears a stale one. */
  PyException_SetTraceback(value, tb ? tb : Py_None);
  Py_XDECREF(tb);
  Py_XDECREF(type);
  return value;
}

PyObject *pylc_exc_push(PyObject *exc) {
  _PyErr_StackItem *exc_info = PyThreadState_GET()->exc_info;
  PyObject *prev = exc_info->exc_value ? exc_info->exc_value : Py_NewRef(Py_None);
  exc_info->exc_value = Py_NewRef(exc);
  return prev;
}

void pylc_exc_pop(PyObject *prev) {
  _PyErr_StackItem *exc_info = PyThreadState_GET()->exc_info;
  PyObject *value = exc_info->exc_value;
  exc_info->exc_value = prev;
  Py_XDECREF(value);
}

void pylc_exc_reraise(PyObject *exc) {
  PyObject *type = Py_NewRef(PyExceptionInstance_Class(exc));
  PyObject *tb = PyException_GetTraceback(exc);
  PyErr_Restore(type, Py_NewRef(exc), tb);
}

/* ------------------------------------------------------------------ except */

static int check_except_type_valid(PyObject *right) {
  if (PyTuple_Check(right)) {
    Py_ssize_t length = PyTuple_GET_SIZE(right);
    for (Py_ssize_t i = 0; i < length; i++) {
      if (!PyExceptionClass_Check(PyTuple_GET_ITEM(right, i))) {
        PyErr_SetString(PyExc_TypeError, CANNOT_CATCH_MSG);
        return -1;
      }
    }
  } else if (!PyExceptionClass_Check(right)) {
    PyErr_SetString(PyExc_TypeError, CANNOT_CATCH_MSG);
    return -1;
  }
  return 0;
}

int pylc_exc_match(PyObject *exc, PyObject *type) {
  if (check_except_type_valid(type) < 0)
    return -1;
  return PyErr_GivenExceptionMatches(exc, type) ? 1 : 0;
}

/* ------------------------------------------------------------------ except* */

/* check_except_type_valid, then no ExceptionGroup subclass, alone or in a tuple. */
static int check_except_star_type_valid(PyObject *right) {
  if (check_except_type_valid(right) < 0)
    return -1;
  int is_subclass = 0;
  if (PyTuple_Check(right)) {
    Py_ssize_t length = PyTuple_GET_SIZE(right);
    for (Py_ssize_t i = 0; i < length && !is_subclass; i++) {
      is_subclass = PyObject_IsSubclass(PyTuple_GET_ITEM(right, i), PyExc_BaseExceptionGroup);
      if (is_subclass < 0)
        return -1;
    }
  } else {
    is_subclass = PyObject_IsSubclass(right, PyExc_BaseExceptionGroup);
    if (is_subclass < 0)
      return -1;
  }
  if (is_subclass) {
    PyErr_SetString(PyExc_TypeError, CANNOT_EXCEPT_STAR_EG);
    return -1;
  }
  return 0;
}

/* BaseExceptionGroup(msg, excs), which picks ExceptionGroup when it can (CPython's
 * _PyExc_CreateExceptionGroup, not exported). */
static PyObject *create_exception_group(const char *msg, PyObject *excs) {
  PyObject *msg_obj = PyUnicode_FromString(msg);
  if (!msg_obj)
    return NULL;
  PyObject *args[] = {msg_obj, excs};
  PyObject *result = PyObject_Vectorcall(PyExc_BaseExceptionGroup, args, 2, NULL);
  Py_DECREF(msg_obj);
  return result;
}

/* exception_group_match: new references in *match and *rest, both NULL on error.
 * A naked exception that matches is wrapped in ExceptionGroup("", (exc,)); as in 3.11
 * (unlike 3.12), the wrapper gets no traceback of its own. */
static int exception_group_match(PyObject *exc_value, PyObject *match_type, PyObject **match,
                                 PyObject **rest) {
  *match = *rest = NULL;
  if (exc_value == Py_None) {
    *match = Py_NewRef(Py_None);
    *rest = Py_NewRef(Py_None);
    return 0;
  }
  if (PyErr_GivenExceptionMatches(exc_value, match_type)) {
    /* The whole exception matches. */
    if (_PyBaseExceptionGroup_Check(exc_value)) {
      *match = Py_NewRef(exc_value);
    } else {
      PyObject *excs = PyTuple_Pack(1, exc_value);
      if (!excs)
        return -1;
      *match = create_exception_group("", excs);
      Py_DECREF(excs);
      if (!*match)
        return -1;
    }
    *rest = Py_NewRef(Py_None);
    return 0;
  }
  if (_PyBaseExceptionGroup_Check(exc_value)) {
    /* Maybe a partial match: the group splits itself. */
    PyObject *pair = PyObject_CallMethod(exc_value, "split", "(O)", match_type);
    if (!pair)
      return -1;
    if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
      PyErr_Format(PyExc_TypeError, "%.200s.split must return a 2-tuple, got %.200s",
                   Py_TYPE(exc_value)->tp_name, Py_TYPE(pair)->tp_name);
      Py_DECREF(pair);
      return -1;
    }
    *match = Py_NewRef(PyTuple_GET_ITEM(pair, 0));
    *rest = Py_NewRef(PyTuple_GET_ITEM(pair, 1));
    Py_DECREF(pair);
    return 0;
  }
  *match = Py_NewRef(Py_None);
  *rest = Py_NewRef(Py_None);
  return 0;
}

int pylc_exc_star_match(PyObject *exc_value, PyObject *type, PyObject **match, PyObject **rest) {
  *match = *rest = NULL;
  if (check_except_star_type_valid(type) < 0)
    return -1;
  PyObject *m, *r;
  if (exception_group_match(exc_value, type, &m, &r) < 0)
    return -1;
  if (m == Py_None) {
    /* No match: the next clause sees the same exception. */
    Py_DECREF(r);
    *match = m;
    *rest = Py_NewRef(exc_value);
    return 0;
  }
  /* The clause's body handles the matching part: sys.exception() and a bare `raise` see
   * it (CHECK_EG_MATCH's PyErr_SetExcInfo). */
  _PyErr_StackItem *exc_info = PyThreadState_GET()->exc_info;
  Py_XSETREF(exc_info->exc_value, Py_NewRef(m));
  *match = m;
  *rest = r;
  return 1;
}

/* ------------------------------------------------------------------ PREP_RERAISE_STAR */

/* The part of Objects/exceptions.c that builds the exception a try-except* raises at its
 * end (_PyExc_PrepReraiseStar and its helpers, none of them exported by libpython). */

static PyBaseExceptionGroupObject *as_group(PyObject *exc) {
  return (PyBaseExceptionGroupObject *)exc;
}

/* Adds id() of every leaf exception of `exc` (None: none) to the set `leaf_ids`. */
static int collect_exception_group_leaf_ids(PyObject *exc, PyObject *leaf_ids) {
  if (exc == Py_None)
    return 0;
  if (!_PyBaseExceptionGroup_Check(exc)) {
    PyObject *exc_id = PyLong_FromVoidPtr(exc);
    if (!exc_id)
      return -1;
    int res = PySet_Add(leaf_ids, exc_id);
    Py_DECREF(exc_id);
    return res;
  }
  PyObject *excs = as_group(exc)->excs;
  Py_ssize_t n = PyTuple_GET_SIZE(excs);
  for (Py_ssize_t i = 0; i < n; i++) {
    if (Py_EnterRecursiveCall(" in collect_exception_group_leaf_ids"))
      return -1;
    int res = collect_exception_group_leaf_ids(PyTuple_GET_ITEM(excs, i), leaf_ids);
    Py_LeaveRecursiveCall();
    if (res < 0)
      return -1;
  }
  return 0;
}

/* exceptiongroup_subset: orig.derive(excs) with orig's traceback, context, cause and a
 * copy of its __notes__; *result is NULL (and 0 returned) when excs is empty. */
static int exceptiongroup_subset(PyObject *orig, PyObject *excs, PyObject **result) {
  *result = NULL;
  Py_ssize_t num_excs = PySequence_Size(excs);
  if (num_excs < 0)
    return -1;
  if (num_excs == 0)
    return 0;
  PyObject *eg = PyObject_CallMethod(orig, "derive", "(O)", excs);
  if (!eg)
    return -1;
  if (!_PyBaseExceptionGroup_Check(eg)) {
    PyErr_SetString(PyExc_TypeError, "derive must return an instance of BaseExceptionGroup");
    goto error;
  }
  PyObject *tb = PyException_GetTraceback(orig);
  if (tb) {
    int res = PyException_SetTraceback(eg, tb);
    Py_DECREF(tb);
    if (res < 0)
      goto error;
  }
  /* Both steal; SetCause also sets __suppress_context__, as in CPython. */
  PyException_SetContext(eg, PyException_GetContext(orig));
  PyException_SetCause(eg, PyException_GetCause(orig));
  static PyObject *notes_str;
  PyObject *notes_name = pylc__interned(&notes_str, "__notes__");
  PyObject *notes;
  if (!notes_name || _PyObject_LookupAttr(orig, notes_name, &notes) < 0)
    goto error;
  if (notes) {
    /* A non-sequence __notes__ is ignored here rather than reported. */
    if (PySequence_Check(notes)) {
      /* The parts get independent lists. */
      PyObject *notes_copy = PySequence_List(notes);
      Py_DECREF(notes);
      if (!notes_copy)
        goto error;
      int res = PyObject_SetAttr(eg, notes_name, notes_copy);
      Py_DECREF(notes_copy);
      if (res < 0)
        goto error;
    } else {
      Py_DECREF(notes);
    }
  }
  *result = eg;
  return 0;
error:
  Py_DECREF(eg);
  return -1;
}

/* exceptiongroup_split_recursive with the EXCEPTION_GROUP_MATCH_INSTANCE_IDS matcher and
 * no `rest`: *match is the part of `exc` whose leaves have their id in `leaf_ids` (same
 * nesting, metadata kept by derive), or NULL when there is none. */
static int split_by_leaf_ids(PyObject *exc, PyObject *leaf_ids, PyObject **match) {
  *match = NULL;
  PyObject *exc_id = PyLong_FromVoidPtr(exc);
  if (!exc_id)
    return -1;
  int is_match = PySet_Contains(leaf_ids, exc_id);
  Py_DECREF(exc_id);
  if (is_match < 0)
    return -1;
  if (is_match) {
    *match = Py_NewRef(exc);
    return 0;
  }
  if (!_PyBaseExceptionGroup_Check(exc))
    return 0;
  PyObject *excs = as_group(exc)->excs;
  Py_ssize_t num_excs = PyTuple_Size(excs);
  if (num_excs < 0)
    return -1;
  PyObject *match_list = PyList_New(0);
  if (!match_list)
    return -1;
  int retval = -1;
  for (Py_ssize_t i = 0; i < num_excs; i++) {
    PyObject *sub;
    if (Py_EnterRecursiveCall(" in exceptiongroup_split_recursive"))
      goto done;
    int res = split_by_leaf_ids(PyTuple_GET_ITEM(excs, i), leaf_ids, &sub);
    Py_LeaveRecursiveCall();
    if (res < 0)
      goto done;
    if (sub) {
      res = PyList_Append(match_list, sub);
      Py_DECREF(sub);
      if (res < 0)
        goto done;
    }
  }
  retval = exceptiongroup_subset(exc, match_list, match);
done:
  Py_DECREF(match_list);
  return retval;
}

/* exception_group_projection: the sub-group of `eg` holding every leaf exception that
 * some group in `keep` holds, or None. */
static PyObject *exception_group_projection(PyObject *eg, PyObject *keep) {
  PyObject *leaf_ids = PySet_New(NULL);
  if (!leaf_ids)
    return NULL;
  Py_ssize_t n = PyList_GET_SIZE(keep);
  for (Py_ssize_t i = 0; i < n; i++) {
    if (collect_exception_group_leaf_ids(PyList_GET_ITEM(keep, i), leaf_ids) < 0) {
      Py_DECREF(leaf_ids);
      return NULL;
    }
  }
  PyObject *match;
  int err = split_by_leaf_ids(eg, leaf_ids, &match);
  Py_DECREF(leaf_ids);
  if (err < 0)
    return NULL;
  return match ? match : Py_NewRef(Py_None);
}

/* A re-raised exception is recognised by carrying exactly the caught one's metadata
 * (the same objects, not equal ones), which split() and derive() preserve and a new
 * raise replaces. */
static int is_same_exception_metadata(PyObject *e1, PyObject *e2) {
  PyBaseExceptionObject *b1 = (PyBaseExceptionObject *)e1;
  PyBaseExceptionObject *b2 = (PyBaseExceptionObject *)e2;
  return b1->notes == b2->notes && b1->traceback == b2->traceback && b1->cause == b2->cause &&
         b1->context == b2->context;
}

PyObject *pylc_exc_prep_reraise_star(PyObject *orig, PyObject *raised_list) {
  if (!PyList_Check(raised_list)) {
    PyErr_SetString(PyExc_SystemError, "pylc_exc_prep_reraise_star: expected a list");
    return NULL;
  }
  Py_ssize_t numexcs = PyList_GET_SIZE(raised_list);
  if (numexcs == 0)
    return Py_NewRef(Py_None);
  if (!_PyBaseExceptionGroup_Check(orig)) {
    /* A naked exception was caught and wrapped: only one clause ran, so there is at most
     * one exception to raise, and it is raised as it is. */
    return Py_NewRef(PyList_GET_ITEM(raised_list, 0));
  }
  PyObject *result = NULL;
  PyObject *raised = PyList_New(0);
  PyObject *reraised = PyList_New(0);
  if (!raised || !reraised)
    goto done;
  /* Split into raised and re-raised ones by comparing metadata with orig. */
  for (Py_ssize_t i = 0; i < numexcs; i++) {
    PyObject *e = PyList_GET_ITEM(raised_list, i);
    if (e == Py_None)
      continue;
    PyObject *append_to = is_same_exception_metadata(e, orig) ? reraised : raised;
    if (PyList_Append(append_to, e) < 0)
      goto done;
  }
  /* The re-raised ones keep the nesting they had in orig. */
  PyObject *reraised_eg = exception_group_projection(orig, reraised);
  if (!reraised_eg)
    goto done;
  if (PyList_GET_SIZE(raised) == 0) {
    result = reraised_eg;
    goto done;
  }
  /* The newly raised ones become siblings of the re-raised part in a new group. */
  int res = reraised_eg != Py_None ? PyList_Append(raised, reraised_eg) : 0;
  Py_DECREF(reraised_eg);
  if (res < 0)
    goto done;
  /* Even a single one (3.11.4 and later raise that one as it is; Debian's 3.11.2 does not). */
  result = create_exception_group("", raised);
done:
  Py_XDECREF(raised);
  Py_XDECREF(reraised);
  return result;
}

/* ------------------------------------------------------------------ with */

/* _PyObject_LookupSpecial: the attribute found on the type, bound to `self` through its
 * descriptor; NULL without an exception when the type has none. */
static PyObject *lookup_special(PyObject *self, PyObject *name) {
  PyObject *res = _PyType_Lookup(Py_TYPE(self), name);
  if (!res)
    return NULL;
  descrgetfunc f = Py_TYPE(res)->tp_descr_get;
  if (!f)
    return Py_NewRef(res);
  return f(res, self, (PyObject *)Py_TYPE(self));
}

/* BEFORE_WITH and BEFORE_ASYNC_WITH: __enter__ is looked up first, both before either is
 * called; `protocol` names the protocol in the TypeErrors. */
static PyObject *enter_context(PyObject *mgr, PyObject **exit, PyObject *enter_name,
                               PyObject *exit_name, const char *protocol) {
  *exit = NULL;
  PyObject *enter = lookup_special(mgr, enter_name);
  if (!enter) {
    if (!PyErr_Occurred())
      PyErr_Format(PyExc_TypeError, "'%.200s' object does not support the %s protocol",
                   Py_TYPE(mgr)->tp_name, protocol);
    return NULL;
  }
  PyObject *exit_func = lookup_special(mgr, exit_name);
  if (!exit_func) {
    if (!PyErr_Occurred())
      PyErr_Format(PyExc_TypeError,
                   "'%.200s' object does not support the %s protocol (missed %U method)",
                   Py_TYPE(mgr)->tp_name, protocol, exit_name);
    Py_DECREF(enter);
    return NULL;
  }
  PyObject *res = PyObject_CallNoArgs(enter);
  Py_DECREF(enter);
  if (!res) {
    Py_DECREF(exit_func);
    return NULL;
  }
  *exit = exit_func;
  return res;
}

PyObject *pylc_with_enter(PyObject *mgr, PyObject **exit) {
  static PyObject *enter_str, *exit_str;
  PyObject *enter = pylc__interned(&enter_str, "__enter__");
  PyObject *exit_name = pylc__interned(&exit_str, "__exit__");
  if (!enter || !exit_name) {
    *exit = NULL;
    return NULL;
  }
  return enter_context(mgr, exit, enter, exit_name, "context manager");
}

PyObject *pylc_async_with_enter(PyObject *mgr, PyObject **aexit) {
  static PyObject *aenter_str, *aexit_str;
  PyObject *aenter = pylc__interned(&aenter_str, "__aenter__");
  PyObject *aexit_name = pylc__interned(&aexit_str, "__aexit__");
  if (!aenter || !aexit_name) {
    *aexit = NULL;
    return NULL;
  }
  return enter_context(mgr, aexit, aenter, aexit_name, "asynchronous context manager");
}

/* exit(None, None, None), or exit(type(exc), exc, exc.__traceback__) as WITH_EXCEPT_START
 * calls it. */
static PyObject *call_exit(PyObject *exit, PyObject *exc) {
  if (!exc) {
    PyObject *args[] = {Py_None, Py_None, Py_None};
    return PyObject_Vectorcall(exit, args, 3, NULL);
  }
  PyObject *tb = PyException_GetTraceback(exc);
  PyObject *stack[4] = {NULL, PyExceptionInstance_Class(exc), exc, tb ? tb : Py_None};
  PyObject *res = PyObject_Vectorcall(exit, stack + 1, 3 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
  Py_XDECREF(tb);
  return res;
}

int pylc_with_exit(PyObject *exit, PyObject *exc) {
  PyObject *res = call_exit(exit, exc);
  if (!res)
    return -1;
  if (!exc) {
    Py_DECREF(res);
    return 0;
  }
  /* The POP_JUMP_IF_TRUE after WITH_EXCEPT_START. */
  int suppress = PyObject_IsTrue(res);
  Py_DECREF(res);
  return suppress;
}

PyObject *pylc_async_with_exit(PyObject *aexit, PyObject *exc) { return call_exit(aexit, exc); }
