// Unit tests of the runtime's exception handlers, with statements and class creation
// (runtime/handlers.c, runtime/classes.c). Expected strings are what /usr/bin/python3.11
// (3.11.2, the libpython these tests link) produces for the equivalent Python code; where a
// result is a structure (except*, classes), the same code is also run by the interpreter in
// process and the two results are compared.
#include "runtime/pylc_runtime.h"

#include "frameobject.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace {

void ensurePython() {
  if (!Py_IsInitialized())
    Py_InitializeEx(0);
}

// "TypeName: message" of the pending exception, which is cleared; "" when none.
std::string takeError() {
  if (!PyErr_Occurred())
    return "";
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  PyErr_NormalizeException(&type, &value, &tb);
  std::string out = reinterpret_cast<PyTypeObject *>(type)->tp_name;
  if (PyObject *s = PyObject_Str(value)) {
    if (PyUnicode_GET_LENGTH(s) > 0)
      out += std::string(": ") + PyUnicode_AsUTF8(s);
    Py_DECREF(s);
  }
  Py_XDECREF(type);
  Py_XDECREF(value);
  Py_XDECREF(tb);
  return out;
}

std::string repr(PyObject *v) {
  if (!v)
    return "<NULL>";
  PyObject *r = PyObject_Repr(v);
  std::string s = r ? PyUnicode_AsUTF8(r) : "<error: " + takeError() + ">";
  Py_XDECREF(r);
  return s;
}

// A module namespace named "m" in which test code runs.
class Namespace {
public:
  Namespace() {
    dict_ = PyDict_New();
    PyDict_SetItemString(dict_, "__builtins__", PyEval_GetBuiltins());
    PyObject *name = PyUnicode_FromString("m");
    PyDict_SetItemString(dict_, "__name__", name);
    Py_DECREF(name);
  }
  ~Namespace() { Py_DECREF(dict_); }
  Namespace(const Namespace &) = delete;
  Namespace &operator=(const Namespace &) = delete;

  PyObject *dict() const { return dict_; }
  // Runs statements; "" or the error they raised.
  std::string exec(const std::string &src) {
    PyObject *r = PyRun_String(src.c_str(), Py_file_input, dict_, dict_);
    Py_XDECREF(r);
    return r ? "" : takeError();
  }
  // A new reference to the value of an expression, NULL with the error taken.
  PyObject *eval(const std::string &src) {
    PyObject *r = PyRun_String(src.c_str(), Py_eval_input, dict_, dict_);
    if (!r)
      ADD_FAILURE() << src << ": " << takeError();
    return r;
  }
  std::string evalRepr(const std::string &src) {
    PyObject *v = eval(src);
    std::string s = repr(v);
    Py_XDECREF(v);
    return s;
  }
  // The value of an expression that gives a str.
  std::string evalStr(const std::string &src) {
    PyObject *v = eval(src);
    std::string s = v && PyUnicode_Check(v) ? PyUnicode_AsUTF8(v) : repr(v);
    Py_XDECREF(v);
    return s;
  }
  // A borrowed reference to a variable.
  PyObject *get(const char *name) {
    PyObject *v = PyDict_GetItemString(dict_, name);
    if (!v)
      ADD_FAILURE() << "no variable " << name;
    return v;
  }
  void set(const char *name, PyObject *value) { PyDict_SetItemString(dict_, name, value); }

private:
  PyObject *dict_;
};

// An exception instance raised (and caught) by Python code, so it has a __traceback__.
PyObject *raised(Namespace &ns, const std::string &expr) {
  std::string err =
      ns.exec("try:\n    raise " + expr + "\nexcept BaseException as _e:\n    _caught = _e\n");
  EXPECT_EQ(err, "");
  return Py_NewRef(ns.get("_caught"));
}

// The handled exception as sys.exception() reports it.
std::string handled() {
  PyObject *f = PySys_GetObject("exception");
  PyObject *v = PyObject_CallNoArgs(f);
  std::string s = repr(v);
  Py_XDECREF(v);
  return s;
}

PyObject *handledObject() {
  PyObject *v = PyObject_CallNoArgs(PySys_GetObject("exception"));
  Py_XDECREF(v); // the handled exception keeps it alive
  return v;
}

// ------------------------------------------------------------------ fetch, push, pop


// What `raise EXPR` adds in a frame of `code`: one traceback entry (the exception stays set).
void addTracebackEntry(PyObject *code, PyObject *globals) {
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  PyFrameObject *frame =
      PyFrame_New(PyThreadState_Get(), (PyCodeObject *)code, globals, nullptr);
  PyErr_Restore(type, value, tb);
  if (frame) {
    PyTraceBack_Here(frame);
    Py_DECREF(frame);
  }
}

TEST(RuntimeHandlers, FetchNormalizesAndAttachesTraceback) {
  ensurePython();
  Namespace ns;
  // Not normalised: a type and a message.
  PyErr_SetString(PyExc_KeyError, "k");
  PyObject *exc = pylc_exc_fetch();
  ASSERT_NE(exc, nullptr);
  EXPECT_FALSE(PyErr_Occurred());
  EXPECT_EQ(repr(exc), "KeyError('k')");
  EXPECT_EQ(Py_REFCNT(exc), 1);
  PyObject *tb = PyException_GetTraceback(exc);
  EXPECT_EQ(tb, Py_None); // stored as None, as the interpreter stores it
  Py_XDECREF(tb);
  Py_DECREF(exc);

  // Raised by Python code: the traceback of the indicator moves into the instance.
  ASSERT_EQ(ns.exec("def f():\n    return 1 / 0\n"), "");
  PyObject *r = PyObject_CallNoArgs(ns.get("f"));
  ASSERT_EQ(r, nullptr);
  PyObject *type, *value, *itb;
  PyErr_Fetch(&type, &value, &itb);
  ASSERT_NE(itb, nullptr);
  PyObject *expected_tb = Py_NewRef(itb);
  PyErr_Restore(type, value, itb);
  exc = pylc_exc_fetch();
  ASSERT_NE(exc, nullptr);
  EXPECT_FALSE(PyErr_Occurred());
  EXPECT_EQ(repr(exc), "ZeroDivisionError('division by zero')");
  tb = PyException_GetTraceback(exc);
  EXPECT_EQ(tb, expected_tb);
  Py_XDECREF(tb);
  Py_DECREF(expected_tb);

  // An instance raised again without a traceback loses its stale one, as the
  // interpreter's PyException_SetTraceback(val, Py_None) does.
  PyErr_Restore(Py_NewRef(PyExceptionInstance_Class(exc)), Py_NewRef(exc), nullptr);
  PyObject *again = pylc_exc_fetch();
  EXPECT_EQ(again, exc);
  tb = PyException_GetTraceback(exc);
  EXPECT_EQ(tb, Py_None);
  Py_XDECREF(tb);
  Py_XDECREF(again);
  Py_DECREF(exc);

  EXPECT_EQ(pylc_exc_fetch(), nullptr);
  EXPECT_EQ(takeError(), "SystemError: pylc_exc_fetch: no exception is being raised");
}

TEST(RuntimeHandlers, PushPopRestoreHandledException) {
  ensurePython();
  Namespace ns;
  ASSERT_EQ(PyErr_GetHandledException(), nullptr);
  EXPECT_EQ(ns.evalRepr("__import__('sys').exc_info()"), "(None, None, None)");
  PyObject *e1 = raised(ns, "ValueError(1)");
  PyObject *e2 = raised(ns, "TypeError(2)");
  ASSERT_EQ(ns.exec("del _caught"), "");
  Py_ssize_t rc1 = Py_REFCNT(e1), rc2 = Py_REFCNT(e2);

  PyObject *prev1 = pylc_exc_push(e1);
  EXPECT_EQ(prev1, Py_None);
  EXPECT_EQ(handledObject(), e1);
  ns.set("e1", e1);
  EXPECT_EQ(ns.evalRepr("__import__('sys').exc_info()[:2] == (ValueError, e1)"), "True");
  EXPECT_EQ(ns.evalRepr("__import__('sys').exc_info()[2] is e1.__traceback__"), "True");
  PyDict_DelItemString(ns.dict(), "e1");

  // A nested handler.
  PyObject *prev2 = pylc_exc_push(e2);
  EXPECT_EQ(prev2, e1);
  EXPECT_EQ(handled(), "TypeError(2)");
  // Exceptions raised meanwhile are chained to the handled one.
  PyErr_SetString(PyExc_KeyError, "k");
  PyObject *k = pylc_exc_fetch();
  PyObject *ctx = PyException_GetContext(k);
  EXPECT_EQ(ctx, e2);
  Py_XDECREF(ctx);
  Py_DECREF(k);
  // A bare raise re-raises it.
  pylc_reraise();
  PyObject *re = pylc_exc_fetch();
  EXPECT_EQ(re, e2);
  Py_XDECREF(re);

  pylc_exc_pop(prev2);
  EXPECT_EQ(handled(), "ValueError(1)");
  pylc_exc_pop(prev1);
  EXPECT_EQ(handled(), "None");
  EXPECT_EQ(PyErr_GetHandledException(), nullptr);
  EXPECT_EQ(ns.evalRepr("__import__('sys').exc_info()"), "(None, None, None)");
  EXPECT_EQ(Py_REFCNT(e1), rc1);
  EXPECT_EQ(Py_REFCNT(e2), rc2);
  Py_DECREF(e1);
  Py_DECREF(e2);
}

TEST(RuntimeHandlers, HandledExceptionIsVisibleToInterpretedCode) {
  ensurePython();
  Namespace ns;
  ASSERT_EQ(ns.exec("import sys\n"
                    "def inner():\n"
                    "    return repr(sys.exception())\n"
                    "def bare():\n"
                    "    raise\n"),
            "");
  PyObject *e = raised(ns, "OSError('x')");
  PyObject *prev = pylc_exc_push(e);
  PyObject *r = PyObject_CallNoArgs(ns.get("inner"));
  EXPECT_EQ(repr(r), "\"OSError('x')\"");
  Py_XDECREF(r);
  EXPECT_EQ(PyObject_CallNoArgs(ns.get("bare")), nullptr);
  EXPECT_EQ(takeError(), "OSError: x");
  pylc_exc_pop(prev);
  EXPECT_EQ(PyObject_CallNoArgs(ns.get("bare")), nullptr);
  EXPECT_EQ(takeError(), "RuntimeError: No active exception to reraise");
  Py_DECREF(e);
}

// ------------------------------------------------------------------ except

TEST(RuntimeHandlers, MatchLikeCheckExcMatch) {
  ensurePython();
  Namespace ns;
  PyObject *e = raised(ns, "KeyError('k')");
  PyObject *tuple = Py_BuildValue("(OO)", PyExc_TypeError, PyExc_LookupError);
  PyObject *other = Py_BuildValue("(OO)", PyExc_TypeError, PyExc_ValueError);
  PyObject *bad_tuple = Py_BuildValue("(Oi)", PyExc_KeyError, 1);
  PyObject *empty = PyTuple_New(0);
  PyObject *one = PyLong_FromLong(1);
  EXPECT_EQ(pylc_exc_match(e, PyExc_KeyError), 1);
  EXPECT_EQ(pylc_exc_match(e, PyExc_LookupError), 1);
  EXPECT_EQ(pylc_exc_match(e, PyExc_BaseException), 1);
  EXPECT_EQ(pylc_exc_match(e, PyExc_IndexError), 0);
  EXPECT_EQ(pylc_exc_match(e, tuple), 1);
  EXPECT_EQ(pylc_exc_match(e, other), 0);
  EXPECT_EQ(pylc_exc_match(e, empty), 0);
  EXPECT_FALSE(PyErr_Occurred());
  EXPECT_EQ(pylc_exc_match(e, one), -1);
  EXPECT_EQ(takeError(),
            "TypeError: catching classes that do not inherit from BaseException is not allowed");
  // Checked before matching: the first item would match.
  EXPECT_EQ(pylc_exc_match(e, bad_tuple), -1);
  EXPECT_EQ(takeError(),
            "TypeError: catching classes that do not inherit from BaseException is not allowed");
  EXPECT_EQ(pylc_exc_match(e, (PyObject *)&PyLong_Type), -1);
  EXPECT_EQ(takeError(),
            "TypeError: catching classes that do not inherit from BaseException is not allowed");
  Py_DECREF(one);
  Py_DECREF(empty);
  Py_DECREF(bad_tuple);
  Py_DECREF(other);
  Py_DECREF(tuple);
  Py_DECREF(e);
}

TEST(RuntimeHandlers, ReraiseKeepsTraceback) {
  ensurePython();
  Namespace ns;
  PyObject *e = raised(ns, "ValueError('v')");
  PyObject *tb0 = PyException_GetTraceback(e);
  ASSERT_NE(tb0, nullptr);
  Py_ssize_t rc = Py_REFCNT(e);
  pylc_exc_reraise(e);
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  EXPECT_EQ(type, PyExc_ValueError);
  EXPECT_EQ(value, e);
  EXPECT_EQ(tb, tb0); // no entry added
  Py_XDECREF(type);
  Py_XDECREF(value);
  Py_XDECREF(tb);
  EXPECT_EQ(Py_REFCNT(e), rc);
  Py_DECREF(tb0);
  Py_DECREF(e);
}

// ------------------------------------------------------------------ except*

TEST(RuntimeHandlers, StarMatchNakedException) {
  ensurePython();
  Namespace ns;
  PyObject *e = raised(ns, "ValueError(1)");
  PyObject *prev = pylc_exc_push(e);
  PyObject *match = nullptr, *rest = nullptr;
  EXPECT_EQ(pylc_exc_star_match(e, PyExc_TypeError, &match, &rest), 0);
  EXPECT_EQ(match, Py_None);
  EXPECT_EQ(rest, e);
  EXPECT_EQ(handledObject(), e);
  Py_XDECREF(match);
  Py_XDECREF(rest);

  EXPECT_EQ(pylc_exc_star_match(e, PyExc_ValueError, &match, &rest), 1);
  EXPECT_EQ(repr(match), "ExceptionGroup('', (ValueError(1),))");
  EXPECT_EQ(rest, Py_None);
  // The wrapper has no traceback of its own in 3.11; the leaf keeps its own.
  ns.set("match", match);
  ns.set("orig", e);
  EXPECT_EQ(ns.evalRepr("(match.__traceback__, match.exceptions[0] is orig)"), "(None, True)");
  // The clause's body handles the matched group.
  EXPECT_EQ(handledObject(), match);
  Py_XDECREF(match);
  Py_XDECREF(rest);

  // BaseException leaves are wrapped in a BaseExceptionGroup.
  PyObject *ki = raised(ns, "KeyboardInterrupt()");
  EXPECT_EQ(pylc_exc_star_match(ki, PyExc_KeyboardInterrupt, &match, &rest), 1);
  EXPECT_EQ(repr(match), "BaseExceptionGroup('', (KeyboardInterrupt(),))");
  Py_XDECREF(match);
  Py_XDECREF(rest);
  Py_DECREF(ki);

  pylc_exc_pop(prev);
  EXPECT_EQ(handled(), "None");
  Py_DECREF(e);
}

TEST(RuntimeHandlers, StarMatchGroups) {
  ensurePython();
  Namespace ns;
  PyObject *eg = raised(ns, "ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])");
  PyObject *prev = pylc_exc_push(eg);
  PyObject *match = nullptr, *rest = nullptr;
  EXPECT_EQ(pylc_exc_star_match(eg, PyExc_ValueError, &match, &rest), 1);
  EXPECT_EQ(repr(match), "ExceptionGroup('eg', [ValueError(1), ValueError(3)])");
  EXPECT_EQ(repr(rest), "ExceptionGroup('eg', [TypeError(2)])");
  EXPECT_EQ(handledObject(), match);
  // The parts keep the group's traceback (split copies it).
  ns.set("match", match);
  ns.set("eg", eg);
  EXPECT_EQ(ns.evalRepr("match.__traceback__ is eg.__traceback__"), "True");

  // The rest goes to the next clause; once all its leaves match nothing is left (the
  // match is a derived copy: the group itself is no TypeError).
  PyObject *match2, *rest2;
  EXPECT_EQ(pylc_exc_star_match(rest, PyExc_TypeError, &match2, &rest2), 1);
  EXPECT_EQ(repr(match2), "ExceptionGroup('eg', [TypeError(2)])");
  EXPECT_NE(match2, rest);
  EXPECT_EQ(rest2, Py_None);
  PyObject *match3, *rest3;
  EXPECT_EQ(pylc_exc_star_match(rest2, PyExc_Exception, &match3, &rest3), 0);
  EXPECT_EQ(match3, Py_None);
  EXPECT_EQ(rest3, Py_None);
  EXPECT_EQ(handledObject(), match2); // unchanged by the clause that did not match
  Py_DECREF(match3);
  Py_DECREF(rest3);
  Py_DECREF(match2);
  Py_DECREF(rest2);
  Py_DECREF(match);
  Py_DECREF(rest);

  // Tuples match any of their types.
  PyObject *types = Py_BuildValue("(OO)", PyExc_ValueError, PyExc_TypeError);
  EXPECT_EQ(pylc_exc_star_match(eg, types, &match, &rest), 1);
  EXPECT_EQ(repr(match), "ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])");
  EXPECT_NE(match, eg);
  EXPECT_EQ(rest, Py_None);
  Py_DECREF(match);
  Py_DECREF(rest);
  // A group whose own type matches is the match itself.
  EXPECT_EQ(pylc_exc_star_match(eg, PyExc_Exception, &match, &rest), 1);
  EXPECT_EQ(match, eg);
  EXPECT_EQ(rest, Py_None);
  Py_DECREF(match);
  Py_DECREF(rest);
  EXPECT_EQ(pylc_exc_star_match(eg, PyExc_KeyError, &match, &rest), 0);
  EXPECT_EQ(match, Py_None);
  EXPECT_EQ(rest, eg);
  Py_DECREF(match);
  Py_DECREF(rest);
  Py_DECREF(types);
  pylc_exc_pop(prev);
  Py_DECREF(eg);
}

TEST(RuntimeHandlers, StarMatchRejectsGroupsAndNonClasses) {
  ensurePython();
  Namespace ns;
  PyObject *e = raised(ns, "ValueError(1)");
  PyObject *with_group = Py_BuildValue("(OO)", PyExc_TypeError, PyExc_BaseExceptionGroup);
  PyObject *with_int = Py_BuildValue("(Oi)", PyExc_ValueError, 3);
  PyObject *three = PyLong_FromLong(3);
  PyObject *exception_group = ns.eval("ExceptionGroup"); // no C variable for it in 3.11
  const std::string eg_msg =
      "TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.";
  const std::string class_msg =
      "TypeError: catching classes that do not inherit from BaseException is not allowed";
  struct Case {
    PyObject *type;
    std::string error;
  } cases[] = {{exception_group, eg_msg},
               {PyExc_BaseExceptionGroup, eg_msg},
               {with_group, eg_msg},
               {three, class_msg},
               {with_int, class_msg}};
  for (const Case &c : cases) {
    PyObject *match = Py_None, *rest = Py_None;
    EXPECT_EQ(pylc_exc_star_match(e, c.type, &match, &rest), -1) << repr(c.type);
    EXPECT_EQ(match, nullptr);
    EXPECT_EQ(rest, nullptr);
    EXPECT_EQ(takeError(), c.error) << repr(c.type);
  }
  // The interpreter says the same.
  ASSERT_EQ(ns.exec("def check(t):\n"
                    "    try:\n"
                    "        raise ValueError(1)\n"
                    "    except* t:\n"
                    "        pass\n"),
            "");
  for (const Case &c : cases) {
    PyObject *r = PyObject_CallOneArg(ns.get("check"), c.type);
    EXPECT_EQ(r, nullptr);
    EXPECT_EQ(takeError(), c.error);
  }
  Py_DECREF(exception_group);
  Py_DECREF(three);
  Py_DECREF(with_int);
  Py_DECREF(with_group);
  Py_DECREF(e);
}

// One except* clause of a scenario: the type expression and what its body does: "" passes,
// "raise" re-raises, "raise EXPR" raises EXPR (with `e` bound to the match).
struct StarClause {
  const char *type;
  const char *action;
};

// describe(result) for the result of a try-except* whose caught exception was `orig`:
// structure, context, cause, notes, and which objects are orig's or carry orig's traceback.
const char *kDescribe = "def describe(x, orig):\n"
                        "    if x is None:\n"
                        "        return 'None'\n"
                        "    s = repr(x)\n"
                        "    if x is orig:\n"
                        "        s += ' is-orig'\n"
                        "    if x.__traceback__ is not None and \\\n"
                        "            x.__traceback__ is orig.__traceback__:\n"
                        "        s += ' orig-tb'\n"
                        "    s += ' ctx=' + repr(x.__context__) + ' cause=' + repr(x.__cause__)\n"
                        "    s += ' notes=' + repr(getattr(x, '__notes__', None))\n"
                        "    if isinstance(x, BaseExceptionGroup):\n"
                        "        s += ' [' + ', '.join(describe(y, orig) for y in x.exceptions)"
                        " + ']'\n"
                        "    return s\n";

const char *kPrelude = "def make_nested():\n"
                       "    return ExceptionGroup('a', [ValueError(1), "
                       "ExceptionGroup('b', [TypeError(2), ValueError(3)]), KeyError(4)])\n"
                       "def with_note():\n"
                       "    g = ExceptionGroup('n', [ValueError(1), TypeError(2)])\n"
                       "    g.add_note('note')\n"
                       "    return g\n"
                       "def with_cause():\n"
                       "    g = ExceptionGroup('c', [ValueError(1), TypeError(2)])\n"
                       "    g.__cause__ = OSError('cause')\n"
                       "    return g\n";

// The interpreter's result for `raise orig_expr` handled by the clauses.
std::string starOracle(const std::string &orig_expr, const std::vector<StarClause> &clauses) {
  Namespace ns;
  EXPECT_EQ(ns.exec(std::string(kDescribe) + kPrelude), "");
  std::string src = "try:\n    try:\n        raise (orig := " + orig_expr + ")\n";
  for (const StarClause &c : clauses) {
    src += std::string("    except* ") + c.type + " as e:\n";
    src += std::string("        ") + (*c.action ? c.action : "pass") + "\n";
  }
  src += "except BaseException as r:\n    result = r\nelse:\n    result = None\n";
  EXPECT_EQ(ns.exec(src), "") << src;
  return ns.evalStr("describe(result, orig)");
}

// The same with the runtime functions, in the order the generated code calls them.
std::string starRuntime(const std::string &orig_expr, const std::vector<StarClause> &clauses) {
  Namespace ns;
  EXPECT_EQ(ns.exec(std::string(kDescribe) + kPrelude), "");
  PyObject *orig = raised(ns, "(orig := " + orig_expr + ")");
  // A code object for the traceback entry a `raise EXPR` adds.
  static const char *varnames[] = {"x"};
  static const unsigned char table[] = {0xE8, 0};
  static pylc_funcdesc desc = {"<module>", "<module>", 1,     0, 0, 0,      0,
                               1,          varnames,   nullptr, table, 2, 1, nullptr};
  PyObject *code = pylc_code_new(&desc, nullptr);

  PyObject *before = PyErr_GetHandledException();
  PyObject *prev = pylc_exc_push(orig);
  PyObject *raised_list = PyList_New(0);
  PyObject *rest = Py_NewRef(orig);
  for (const StarClause &c : clauses) {
    PyObject *type = ns.eval(c.type);
    PyObject *match, *new_rest;
    int m = pylc_exc_star_match(rest, type, &match, &new_rest);
    Py_DECREF(type);
    EXPECT_GE(m, 0) << takeError();
    if (m < 0)
      break;
    Py_SETREF(rest, new_rest);
    if (m == 1) {
      ns.set("e", match);
      std::string action = c.action;
      if (action == "raise") {
        pylc_reraise();
      } else if (!action.empty()) {
        PyObject *exc = ns.eval(action.substr(6));
        PyErr_SetObject(PyExceptionInstance_Class(exc), exc);
        Py_DECREF(exc);
        addTracebackEntry(code, ns.dict());
      }
      if (PyErr_Occurred()) {
        PyObject *exc = pylc_exc_fetch();
        PyList_Append(raised_list, exc);
        Py_DECREF(exc);
      }
    }
    Py_DECREF(match);
  }
  PyList_Append(raised_list, rest);
  Py_DECREF(rest);
  PyObject *result = pylc_exc_prep_reraise_star(orig, raised_list);
  Py_DECREF(raised_list);
  pylc_exc_pop(prev);
  EXPECT_EQ(PyErr_GetHandledException(), before);
  Py_XDECREF(before);
  std::string out;
  if (!result) {
    out = "<error: " + takeError() + ">";
  } else {
    ns.set("result", result);
    out = ns.evalStr("describe(result, orig)");
    Py_DECREF(result);
  }
  Py_XDECREF(code);
  Py_DECREF(orig);
  return out;
}

struct StarScenario {
  const char *orig;
  std::vector<StarClause> clauses;
  const char *expected_head; // the start of the description
};

TEST(RuntimeHandlers, PrepReraiseStarMatchesInterpreter) {
  ensurePython();
  const StarScenario scenarios[] = {
      // Re-raised parts keep their place in the original nesting.
      {"ExceptionGroup('eg', [ValueError(1), TypeError(2)])",
       {{"ValueError", "raise"}, {"TypeError", ""}},
       "ExceptionGroup('eg', [ValueError(1)]) orig-tb"},
      {"make_nested()",
       {{"ValueError", "raise"}},
       "ExceptionGroup('a', [ValueError(1), ExceptionGroup('b', [TypeError(2), ValueError(3)]), "
       "KeyError(4)]) orig-tb"},
      {"make_nested()",
       {{"ValueError", ""}, {"KeyError", "raise"}},
       "ExceptionGroup('a', [ExceptionGroup('b', [TypeError(2)]), KeyError(4)]) orig-tb"},
      // Newly raised ones become siblings of the re-raised part.
      {"ExceptionGroup('eg', [ValueError(1), TypeError(2)])",
       {{"ValueError", "raise KeyError('k')"}},
       "ExceptionGroup('', [KeyError('k'), ExceptionGroup('eg', [TypeError(2)])])"},
      {"make_nested()",
       {{"ValueError", "raise OSError('o')"}, {"TypeError", "raise"}, {"KeyError", ""}},
       "ExceptionGroup('', [OSError('o'), ExceptionGroup('a', [ExceptionGroup('b', "
       "[TypeError(2)])])])"},
      // `raise e` adds a traceback entry: it counts as a new raise, not a re-raise.
      {"ExceptionGroup('eg', [ValueError(1), TypeError(2)])",
       {{"ValueError", "raise e"}},
       "ExceptionGroup('', [ExceptionGroup('eg', [ValueError(1)]), ExceptionGroup('eg', "
       "[TypeError(2)])])"},
      // Only one new exception and nothing re-raised: still in a new group in 3.11.2
      // (3.11.4 and later raise it as it is).
      {"ExceptionGroup('eg', [ValueError(1), TypeError(2)])",
       {{"ValueError", "raise KeyError('k')"}, {"TypeError", ""}},
       "ExceptionGroup('', [KeyError('k')]) ctx=None"},
      {"ExceptionGroup('eg', [ValueError(1), TypeError(2)])",
       {{"ValueError", "raise KeyError('k')"}, {"TypeError", "raise OSError('o')"}},
       "ExceptionGroup('', [KeyError('k'), OSError('o')]) ctx=None"},
      // Nothing matched: a copy of the whole group is re-raised.
      {"ExceptionGroup('eg', [ValueError(1), TypeError(2)])",
       {{"KeyError", ""}},
       "ExceptionGroup('eg', [ValueError(1), TypeError(2)]) orig-tb"},
      // Everything handled.
      {"ExceptionGroup('eg', [ValueError(1), TypeError(2)])",
       {{"ValueError", ""}, {"TypeError", ""}},
       "None"},
      // Notes are copied into the re-raised part, the cause is kept.
      {"with_note()",
       {{"ValueError", "raise"}, {"TypeError", ""}},
       "ExceptionGroup('n', [ValueError(1)]) orig-tb ctx=None cause=None notes=['note']"},
      {"with_cause()",
       {{"ValueError", ""}, {"TypeError", "raise"}},
       "ExceptionGroup('c', [TypeError(2)]) orig-tb ctx=None cause=OSError('cause')"},
      // A naked exception: whatever its one clause raised is raised as it is.
      {"ValueError(1)", {{"ValueError", "raise KeyError('k')"}}, "KeyError('k')"},
      {"ValueError(1)", {{"ValueError", "raise"}}, "ExceptionGroup('', (ValueError(1),))"},
      {"ValueError(1)", {{"TypeError", ""}}, "ValueError(1) is-orig orig-tb"},
      {"ValueError(1)", {{"ValueError", ""}}, "None"},
      {"KeyboardInterrupt()",
       {{"KeyboardInterrupt", "raise"}},
       "BaseExceptionGroup('', (KeyboardInterrupt(),))"},
  };
  for (const StarScenario &s : scenarios) {
    std::string expected = starOracle(s.orig, s.clauses);
    std::string got = starRuntime(s.orig, s.clauses);
    EXPECT_EQ(got, expected) << s.orig;
    EXPECT_EQ(got.rfind(s.expected_head, 0), 0u) << got;
  }
}

TEST(RuntimeHandlers, PrepReraiseStarEdges) {
  ensurePython();
  Namespace ns;
  PyObject *eg = raised(ns, "ExceptionGroup('eg', [ValueError(1)])");
  PyObject *list = PyList_New(0);
  PyObject *r = pylc_exc_prep_reraise_star(eg, list);
  EXPECT_EQ(r, Py_None);
  Py_XDECREF(r);
  PyList_Append(list, Py_None);
  r = pylc_exc_prep_reraise_star(eg, list);
  EXPECT_EQ(r, Py_None);
  Py_XDECREF(r);
  // A derive() that returns no group is reported as CPython reports it.
  ASSERT_EQ(ns.exec("class Odd(ExceptionGroup):\n"
                    "    def derive(self, excs):\n"
                    "        return 1\n"
                    "try:\n"
                    "    raise Odd('o', [ValueError(1), TypeError(2)])\n"
                    "except BaseException as _e:\n"
                    "    odd = _e\n"),
            "");
  PyObject *odd_list = PyList_New(0);
  PyList_Append(odd_list, ns.get("odd"));
  r = pylc_exc_prep_reraise_star(ns.get("odd"), odd_list);
  EXPECT_EQ(r, nullptr);
  EXPECT_EQ(takeError(), "TypeError: derive must return an instance of BaseExceptionGroup");
  Py_DECREF(odd_list);
  Py_DECREF(list);
  Py_DECREF(eg);
}

// ------------------------------------------------------------------ with

const char *kManagers = "log = []\n"
                        "class CM:\n"
                        "    def __init__(self, ret=None):\n"
                        "        self.ret = ret\n"
                        "    def __enter__(self):\n"
                        "        log.append('enter')\n"
                        "        return 42\n"
                        "    def __exit__(self, t, v, tb):\n"
                        "        log.append((t, v, tb))\n"
                        "        if isinstance(self.ret, BaseException):\n"
                        "            raise self.ret\n"
                        "        return self.ret\n"
                        "class OnlyEnter:\n"
                        "    def __enter__(self):\n"
                        "        log.append('enter called')\n"
                        "class OnlyExit:\n"
                        "    def __exit__(self, *a):\n"
                        "        pass\n"
                        "class BadEnter:\n"
                        "    def __enter__(self):\n"
                        "        raise KeyError('enter')\n"
                        "    def __exit__(self, *a):\n"
                        "        log.append('exit called')\n"
                        "class Plain:\n"
                        "    pass\n"
                        "inst = Plain()\n"
                        "inst.__enter__ = lambda: 1\n"
                        "inst.__exit__ = lambda *a: None\n"
                        "class BadBool:\n"
                        "    def __bool__(self):\n"
                        "        raise ValueError('bool')\n"
                        "class ACM:\n"
                        "    async def __aenter__(self):\n"
                        "        log.append('aenter')\n"
                        "        return 'entered'\n"
                        "    async def __aexit__(self, t, v, tb):\n"
                        "        log.append((t, v, tb))\n"
                        "        return True\n"
                        "class AOnlyEnter:\n"
                        "    async def __aenter__(self):\n"
                        "        pass\n"
                        "def drive(co):\n"
                        "    try:\n"
                        "        co.send(None)\n"
                        "    except StopIteration as s:\n"
                        "        return s.value\n";

std::string enterError(PyObject *mgr, bool async) {
  PyObject *exit = Py_None;
  PyObject *r = async ? pylc_async_with_enter(mgr, &exit) : pylc_with_enter(mgr, &exit);
  EXPECT_EQ(r, nullptr);
  EXPECT_EQ(exit, nullptr);
  Py_XDECREF(r);
  Py_XDECREF(exit == Py_None ? nullptr : exit);
  return takeError();
}

TEST(RuntimeHandlers, WithEnterErrors) {
  ensurePython();
  Namespace ns;
  ASSERT_EQ(ns.exec(kManagers), "");
  PyObject *obj = ns.eval("object()");
  PyObject *only_enter = ns.eval("OnlyEnter()");
  PyObject *only_exit = ns.eval("OnlyExit()");
  PyObject *bad_enter = ns.eval("BadEnter()");
  PyObject *acm = ns.eval("ACM()");
  EXPECT_EQ(enterError(obj, false),
            "TypeError: 'object' object does not support the context manager protocol");
  // __enter__ is looked up first, and both before anything is called.
  EXPECT_EQ(enterError(only_exit, false),
            "TypeError: 'OnlyExit' object does not support the context manager protocol");
  EXPECT_EQ(enterError(only_enter, false),
            "TypeError: 'OnlyEnter' object does not support the context manager protocol "
            "(missed __exit__ method)");
  // Special methods are looked up on the type, not the instance.
  EXPECT_EQ(enterError(ns.get("inst"), false),
            "TypeError: 'Plain' object does not support the context manager protocol");
  EXPECT_EQ(enterError(acm, false),
            "TypeError: 'ACM' object does not support the context manager protocol");
  EXPECT_EQ(enterError(bad_enter, false), "KeyError: 'enter'");
  EXPECT_EQ(ns.evalRepr("log"), "[]");

  EXPECT_EQ(enterError(obj, true), "TypeError: 'object' object does not support the "
                                   "asynchronous context manager protocol");
  EXPECT_EQ(enterError(ns.get("inst"), true), "TypeError: 'Plain' object does not support the "
                                              "asynchronous context manager protocol");
  PyObject *aonly = ns.eval("AOnlyEnter()");
  EXPECT_EQ(enterError(aonly, true),
            "TypeError: 'AOnlyEnter' object does not support the asynchronous context manager "
            "protocol (missed __aexit__ method)");
  PyObject *cm = ns.eval("CM()");
  EXPECT_EQ(enterError(cm, true), "TypeError: 'CM' object does not support the asynchronous "
                                  "context manager protocol");
  // The interpreter says the same.
  ASSERT_EQ(ns.exec("def w(m):\n"
                    "    with m:\n"
                    "        pass\n"
                    "async def aw(m):\n"
                    "    async with m:\n"
                    "        pass\n"),
            "");
  PyObject *r = PyObject_CallOneArg(ns.get("w"), only_enter);
  EXPECT_EQ(r, nullptr);
  EXPECT_EQ(takeError(), "TypeError: 'OnlyEnter' object does not support the context manager "
                         "protocol (missed __exit__ method)");
  ns.set("aonly", aonly);
  EXPECT_EQ(ns.exec("drive(aw(aonly))"),
            "TypeError: 'AOnlyEnter' object does not support the asynchronous context manager "
            "protocol (missed __aexit__ method)");
  Py_DECREF(cm);
  Py_DECREF(aonly);
  Py_DECREF(acm);
  Py_DECREF(bad_enter);
  Py_DECREF(only_exit);
  Py_DECREF(only_enter);
  Py_DECREF(obj);
}

TEST(RuntimeHandlers, WithEnterAndExit) {
  ensurePython();
  Namespace ns;
  ASSERT_EQ(ns.exec(kManagers), "");
  PyObject *cm = ns.eval("CM()");
  PyObject *exit = nullptr;
  PyObject *value = pylc_with_enter(cm, &exit);
  ASSERT_NE(value, nullptr) << takeError();
  EXPECT_EQ(repr(value), "42");
  ASSERT_NE(exit, nullptr);
  EXPECT_TRUE(PyMethod_Check(exit)); // bound to the manager
  EXPECT_EQ(PyMethod_GET_SELF(exit), cm);
  EXPECT_EQ(pylc_with_exit(exit, nullptr), 0);
  EXPECT_EQ(ns.evalRepr("log"), "['enter', (None, None, None)]");
  Py_DECREF(value);

  // The exceptional exit: __exit__(type, value, traceback) and the truth of its result.
  PyObject *e = raised(ns, "ValueError('v')");
  Py_ssize_t rc = Py_REFCNT(e);
  ASSERT_EQ(ns.exec("log.clear()"), "");
  PyObject *prev = pylc_exc_push(e);
  EXPECT_EQ(pylc_with_exit(exit, e), 0);
  pylc_exc_pop(prev);
  ns.set("exc", e);
  EXPECT_EQ(ns.evalRepr("log == [(ValueError, exc, exc.__traceback__)]"), "True");
  EXPECT_EQ(ns.evalRepr("exc.__traceback__ is not None"), "True");
  Py_DECREF(exit);
  Py_DECREF(cm);

  struct Case {
    const char *mgr;
    int result;
    const char *error;
  } cases[] = {{"CM(True)", 1, ""},
               {"CM(1)", 1, ""},
               {"CM([])", 0, ""},
               {"CM(BadBool())", -1, "ValueError: bool"},
               {"CM(OSError('in exit'))", -1, "OSError: in exit"}};
  for (const Case &c : cases) {
    PyObject *m = ns.eval(c.mgr);
    PyObject *v = pylc_with_enter(m, &exit);
    ASSERT_NE(v, nullptr);
    prev = pylc_exc_push(e);
    EXPECT_EQ(pylc_with_exit(exit, e), c.result) << c.mgr;
    std::string err = takeError();
    EXPECT_EQ(err, c.error) << c.mgr;
    pylc_exc_pop(prev);
    Py_DECREF(v);
    Py_DECREF(exit);
    Py_DECREF(m);
  }
  // Errors of the normal exit.
  PyObject *m = ns.eval("CM(OSError('in exit'))");
  PyObject *v = pylc_with_enter(m, &exit);
  EXPECT_EQ(pylc_with_exit(exit, nullptr), -1);
  EXPECT_EQ(takeError(), "OSError: in exit");
  Py_XDECREF(v);
  Py_XDECREF(exit);
  Py_DECREF(m);
  PyDict_DelItemString(ns.dict(), "exc");
  ASSERT_EQ(ns.exec("log.clear(); del _caught"), "");
  PyGC_Collect(); // tracebacks of the errors raised in __exit__ form cycles
  EXPECT_EQ(Py_REFCNT(e), rc - 1);
  Py_DECREF(e);
}

TEST(RuntimeHandlers, AsyncWithReturnsAwaitables) {
  ensurePython();
  Namespace ns;
  ASSERT_EQ(ns.exec(kManagers), "");
  PyObject *acm = ns.eval("ACM()");
  PyObject *aexit = nullptr;
  PyObject *aw = pylc_async_with_enter(acm, &aexit);
  ASSERT_NE(aw, nullptr) << takeError();
  ASSERT_NE(aexit, nullptr);
  EXPECT_TRUE(PyCoro_CheckExact(aw));
  EXPECT_EQ(ns.evalRepr("log"), "[]"); // called, not awaited yet
  PyObject *r = PyObject_CallOneArg(ns.get("drive"), aw);
  EXPECT_EQ(repr(r), "'entered'");
  Py_XDECREF(r);
  Py_DECREF(aw);

  aw = pylc_async_with_exit(aexit, nullptr);
  ASSERT_NE(aw, nullptr) << takeError();
  r = PyObject_CallOneArg(ns.get("drive"), aw);
  EXPECT_EQ(repr(r), "True");
  Py_XDECREF(r);
  Py_DECREF(aw);

  PyObject *e = raised(ns, "KeyError('k')");
  aw = pylc_async_with_exit(aexit, e);
  ASSERT_NE(aw, nullptr) << takeError();
  r = PyObject_CallOneArg(ns.get("drive"), aw);
  EXPECT_EQ(repr(r), "True");
  Py_XDECREF(r);
  Py_DECREF(aw);
  ns.set("exc", e);
  EXPECT_EQ(ns.evalRepr("log == ['aenter', (None, None, None), "
                        "(KeyError, exc, exc.__traceback__)]"),
            "True");
  Py_DECREF(e);
  Py_DECREF(aexit);
  Py_DECREF(acm);
}

// ------------------------------------------------------------------ classes

// What the compiled class body of the tests does: copies g_items into the namespace (so
// names are stored with PyObject_SetItem, as STORE_NAME does), records the namespace and
// returns g_return (the __class__ cell) or None; with g_body_error set, raises it.
PyObject *g_items = nullptr;
PyObject *g_return = nullptr;
PyObject *g_seen_ns = nullptr;
const char *g_body_error = nullptr;
int g_body_calls = 0;

PyObject *classBody(PyObject *func, PyObject *const *params) {
  g_body_calls++;
  PyObject *ns = params[0];
  Py_XSETREF(g_seen_ns, Py_NewRef(ns));
  if (g_items) {
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(g_items, &pos, &key, &value))
      if (PyObject_SetItem(ns, key, value) < 0)
        return nullptr;
  }
  if (g_body_error) {
    PyErr_SetString(PyExc_LookupError, g_body_error);
    return nullptr;
  }
  return Py_NewRef(g_return ? g_return : Py_None);
}

class ClassTest : public ::testing::Test {
protected:
  void SetUp() override {
    ensurePython();
    static const char *varnames[] = {"__locals__"};
    static const unsigned char table[] = {0xE8, 0};
    static pylc_funcdesc desc = {"C", "C",      1,     1, 0, 0,      PYLC_UNOPTIMIZED,
                                 1,   varnames, nullptr, table, 2, 1, nullptr};
    body = pylc_function_new(&desc, classBody, nullptr, ns.dict(), nullptr, nullptr, nullptr,
                             nullptr);
    ASSERT_NE(body, nullptr) << takeError();
    ASSERT_EQ(ns.exec("class Meta(type):\n"
                      "    calls = []\n"
                      "    @classmethod\n"
                      "    def __prepare__(m, name, bases, **kw):\n"
                      "        Meta.calls.append(('prepare', name, bases, kw))\n"
                      "        return {'prepared': True}\n"
                      "    def __new__(m, name, bases, ns, **kw):\n"
                      "        Meta.calls.append(('new', name, bases, sorted(ns), kw))\n"
                      "        return super().__new__(m, name, bases, ns, **kw)\n"
                      "    def __init__(cls, name, bases, ns, **kw):\n"
                      "        super().__init__(name, bases, ns)\n"
                      "class Base:\n"
                      "    seen = []\n"
                      "    def __init_subclass__(cls, **kw):\n"
                      "        Base.seen.append((cls.__name__, kw))\n"
                      "class Other:\n"
                      "    pass\n"
                      "class Entry:\n"
                      "    def __init__(self, *entries):\n"
                      "        self.entries = entries\n"
                      "        self.got = None\n"
                      "    def __mro_entries__(self, bases):\n"
                      "        self.got = bases\n"
                      "        return self.entries\n"
                      "class BadEntry:\n"
                      "    def __mro_entries__(self, bases):\n"
                      "        return [Base]\n"
                      "class M1(type): pass\n"
                      "class M2(type): pass\n"
                      "class A1(metaclass=M1): pass\n"
                      "class A2(metaclass=M2): pass\n"
                      "class WithMeta(metaclass=Meta): pass\n"
                      "Meta.calls.clear()\n"
                      "def mfunc(name, bases, ns, **kw):\n"
                      "    return ('made', name, bases, sorted(ns), kw)\n"
                      "class BadPrepare(type):\n"
                      "    @classmethod\n"
                      "    def __prepare__(m, name, bases, **kw):\n"
                      "        return 1\n"
                      "def badfunc(name, bases, ns):\n"
                      "    pass\n"
                      "badfunc.__prepare__ = lambda name, bases: 5\n"),
              "");
    g_items = PyDict_New();
    setItem("__module__", "'m'");
    setItem("__qualname__", "'C'");
    g_return = nullptr;
    g_body_error = nullptr;
    g_body_calls = 0;
  }
  void TearDown() override {
    Py_CLEAR(g_items);
    Py_CLEAR(g_return);
    Py_CLEAR(g_seen_ns);
    Py_XDECREF(body);
  }
  void setItem(const char *name, const char *expr) {
    PyObject *v = ns.eval(expr);
    PyDict_SetItemString(g_items, name, v);
    Py_XDECREF(v);
  }
  // class C(*bases, **kw) with the test body; the class (new reference) or NULL.
  PyObject *build(const std::vector<const char *> &bases,
                  const std::vector<std::pair<const char *, const char *>> &kw = {},
                  const char *name = "C") {
    std::vector<PyObject *> args;
    for (const char *b : bases)
      args.push_back(ns.eval(b));
    PyObject *kwnames = nullptr;
    if (!kw.empty()) {
      kwnames = PyTuple_New((Py_ssize_t)kw.size());
      for (size_t i = 0; i < kw.size(); i++) {
        PyTuple_SET_ITEM(kwnames, i, PyUnicode_InternFromString(kw[i].first));
        args.push_back(ns.eval(kw[i].second));
      }
    }
    PyObject *name_obj = PyUnicode_FromString(name);
    PyObject *cls = pylc_build_class(body, name_obj, args.data(), bases.size(), kwnames);
    Py_DECREF(name_obj);
    Py_XDECREF(kwnames);
    for (PyObject *a : args)
      Py_XDECREF(a);
    return cls;
  }
  // Builds and keeps the class as `C` in the namespace; "" or the error.
  std::string buildC(const std::vector<const char *> &bases,
                     const std::vector<std::pair<const char *, const char *>> &kw = {}) {
    PyObject *cls = build(bases, kw);
    if (!cls)
      return takeError();
    ns.set("C", cls);
    Py_DECREF(cls);
    return "";
  }

  Namespace ns;
  PyObject *body = nullptr;
};

TEST_F(ClassTest, PlainClass) {
  setItem("x", "1");
  setItem("f", "lambda self: 2");
  ASSERT_EQ(buildC({}), "");
  EXPECT_EQ(g_body_calls, 1);
  EXPECT_TRUE(PyDict_CheckExact(g_seen_ns));
  EXPECT_EQ(ns.evalRepr("(type(C), C.__name__, C.__qualname__, C.__module__, C.__bases__)"),
            "(<class 'type'>, 'C', 'C', 'm', (<class 'object'>,))");
  EXPECT_EQ(ns.evalRepr("(C.x, C().f(), '__orig_bases__' in C.__dict__)"), "(1, 2, False)");
  EXPECT_EQ(ns.evalRepr("C"), "<class 'm.C'>");
}

TEST_F(ClassTest, BasesAndInitSubclass) {
  ASSERT_EQ(buildC({"Other", "Base"}), "");
  EXPECT_EQ(ns.evalRepr("C.__mro__"),
            "(<class 'm.C'>, <class 'm.Other'>, <class 'm.Base'>, <class 'object'>)");
  EXPECT_EQ(ns.evalRepr("Base.seen"), "[('C', {})]");
  // Keywords other than metaclass go to __init_subclass__.
  ASSERT_EQ(buildC({"Base"}, {{"flag", "1"}, {"size", "'big'"}}), "");
  EXPECT_EQ(ns.evalRepr("Base.seen[-1]"), "('C', {'flag': 1, 'size': 'big'})");
  // object.__init_subclass__ takes none.
  EXPECT_EQ(buildC({}, {{"flag", "1"}}),
            "TypeError: C.__init_subclass__() takes no keyword arguments");
}

TEST_F(ClassTest, MetaclassKeywordAndPrepare) {
  setItem("x", "1");
  ASSERT_EQ(buildC({"Base"}, {{"metaclass", "Meta"}, {"flag", "1"}}), "");
  EXPECT_EQ(ns.evalRepr("type(C)"), "<class 'm.Meta'>");
  // __prepare__ and the metaclass get the other keywords, never `metaclass`.
  EXPECT_EQ(ns.evalRepr("Meta.calls"),
            "[('prepare', 'C', (<class 'm.Base'>,), {'flag': 1}), ('new', 'C', (<class "
            "'m.Base'>,), ['__module__', '__qualname__', 'prepared', 'x'], {'flag': 1})]");
  EXPECT_EQ(ns.evalRepr("Base.seen"), "[('C', {'flag': 1})]");
  // The body ran in the namespace __prepare__ returned.
  PyObject *prepared = PyMapping_GetItemString(g_seen_ns, "prepared");
  EXPECT_EQ(prepared, Py_True);
  Py_XDECREF(prepared);
  EXPECT_EQ(ns.evalRepr("C.prepared"), "True");
}

TEST_F(ClassTest, MetaclassCalculated) {
  // From the bases: the most derived metaclass, whether given or not.
  ASSERT_EQ(buildC({"WithMeta"}), "");
  EXPECT_EQ(ns.evalRepr("(type(C), Meta.calls[0][0])"), "(<class 'm.Meta'>, 'prepare')");
  ASSERT_EQ(buildC({"WithMeta"}, {{"metaclass", "type"}}), "");
  EXPECT_EQ(ns.evalRepr("type(C)"), "<class 'm.Meta'>");
  EXPECT_EQ(buildC({"A1", "A2"}),
            "TypeError: metaclass conflict: the metaclass of a derived class must be a "
            "(non-strict) subclass of the metaclasses of all its bases");
  // Before __prepare__ and the body.
  ASSERT_EQ(ns.exec("Meta.calls.clear()"), "");
  EXPECT_EQ(buildC({"A1"}, {{"metaclass", "Meta"}}),
            "TypeError: metaclass conflict: the metaclass of a derived class must be a "
            "(non-strict) subclass of the metaclasses of all its bases");
  EXPECT_EQ(ns.evalRepr("Meta.calls"), "[]");
  EXPECT_EQ(g_body_calls, 2);
}

TEST_F(ClassTest, MetaclassThatIsNotAClass) {
  // No calculation: conflicting bases are fine, and the result is whatever it returns.
  PyObject *r = build({"A1", "A2"}, {{"metaclass", "mfunc"}, {"k", "2"}});
  ASSERT_NE(r, nullptr) << takeError();
  EXPECT_EQ(repr(r), "('made', 'C', (<class 'm.A1'>, <class 'm.A2'>), ['__module__', "
                     "'__qualname__'], {'k': 2})");
  Py_DECREF(r);
}

TEST_F(ClassTest, PrepareMustReturnAMapping) {
  EXPECT_EQ(buildC({}, {{"metaclass", "BadPrepare"}}),
            "TypeError: BadPrepare.__prepare__() must return a mapping, not int");
  EXPECT_EQ(buildC({}, {{"metaclass", "badfunc"}}),
            "TypeError: <metaclass>.__prepare__() must return a mapping, not int");
  EXPECT_EQ(g_body_calls, 0);
  // Keywords a __prepare__ does not take fail there, before the body runs.
  EXPECT_EQ(buildC({}, {{"metaclass", "badfunc"}, {"k", "1"}}),
            "TypeError: <lambda>() got an unexpected keyword argument 'k'");
  EXPECT_EQ(g_body_calls, 0);
}

TEST_F(ClassTest, MroEntries) {
  ASSERT_EQ(ns.exec("entry = Entry(Base)\nentry2 = Entry(Other, Base)\nnone = Entry()\n"), "");
  ASSERT_EQ(buildC({"entry"}), "");
  EXPECT_EQ(ns.evalRepr("(C.__bases__, C.__orig_bases__ == (entry,), entry.got == (entry,))"),
            "((<class 'm.Base'>,), True, True)");
  // The bases before the first replacement are kept; an empty tuple removes the base.
  ASSERT_EQ(buildC({"A1", "none", "entry2"}), "");
  EXPECT_EQ(ns.evalRepr("C.__bases__"), "(<class 'm.A1'>, <class 'm.Other'>, <class 'm.Base'>)");
  EXPECT_EQ(ns.evalRepr("C.__orig_bases__ == (A1, none, entry2)"), "True");
  EXPECT_EQ(ns.evalRepr("entry2.got == (A1, none, entry2)"), "True");
  // The metaclass comes from the replaced bases.
  ASSERT_EQ(ns.exec("menu = Entry(WithMeta)"), "");
  ASSERT_EQ(buildC({"menu"}), "");
  EXPECT_EQ(ns.evalRepr("type(C)"), "<class 'm.Meta'>");
  EXPECT_EQ(ns.evalRepr("Meta.calls[0][2]"), "(<class 'm.WithMeta'>,)");
  // Errors come before the metaclass is looked at.
  EXPECT_EQ(buildC({"A1", "A2", "BadEntry()"}), "TypeError: __mro_entries__ must return a tuple");
  EXPECT_EQ(g_body_calls, 3);
  // An object without __mro_entries__ stays a base (and type() rejects it).
  EXPECT_EQ(buildC({"1"}), "TypeError: int() takes at most 2 arguments (3 given)");
}

TEST_F(ClassTest, ClassCell) {
  PyObject *cell = PyCell_New(nullptr);
  g_return = Py_NewRef(cell);
  PyDict_SetItemString(g_items, "__classcell__", cell);
  ASSERT_EQ(buildC({}), "");
  EXPECT_EQ(PyCell_GET(cell), ns.get("C"));
  EXPECT_EQ(ns.evalRepr("'__classcell__' in C.__dict__"), "False");

  // A metaclass that does not pass __classcell__ on to type.__new__.
  Py_SETREF(cell, PyCell_New(nullptr));
  Py_SETREF(g_return, Py_NewRef(cell));
  PyDict_SetItemString(g_items, "__classcell__", cell);
  ASSERT_EQ(ns.exec("class Drop(type):\n"
                    "    def __new__(m, n, b, ns):\n"
                    "        ns.pop('__classcell__')\n"
                    "        return super().__new__(m, n, b, ns)\n"
                    "class Other2(type):\n"
                    "    def __new__(m, n, b, ns):\n"
                    "        ns.pop('__classcell__').cell_contents = int\n"
                    "        return super().__new__(m, n, b, ns)\n"),
            "");
  EXPECT_EQ(buildC({}, {{"metaclass", "Drop"}}),
            "RuntimeError: __class__ not set defining 'C' as <class 'm.C'>. Was __classcell__ "
            "propagated to type.__new__?");
  Py_SETREF(cell, PyCell_New(nullptr));
  Py_SETREF(g_return, Py_NewRef(cell));
  PyDict_SetItemString(g_items, "__classcell__", cell);
  EXPECT_EQ(buildC({}, {{"metaclass", "Other2"}}),
            "TypeError: __class__ set to <class 'int'> defining 'C' as <class 'm.C'>");
  // No cell returned: nothing to check.
  Py_CLEAR(g_return);
  PyDict_DelItemString(g_items, "__classcell__");
  EXPECT_EQ(buildC({}, {{"metaclass", "Drop"}}), "KeyError: '__classcell__'");
  EXPECT_EQ(buildC({}), "");
  Py_DECREF(cell);
}

TEST_F(ClassTest, BodyErrorsAndArguments) {
  g_body_error = "from the body";
  EXPECT_EQ(buildC({"Base"}, {{"metaclass", "Meta"}}), "LookupError: from the body");
  EXPECT_EQ(ns.evalRepr("(len(Meta.calls), Meta.calls[0][0], Base.seen)"), "(1, 'prepare', [])");
  g_body_error = nullptr;

  PyObject *one = PyLong_FromLong(1);
  EXPECT_EQ(pylc_build_class(body, one, nullptr, 0, nullptr), nullptr);
  EXPECT_EQ(takeError(), "TypeError: __build_class__: name is not a string");
  PyObject *name = PyUnicode_FromString("C");
  EXPECT_EQ(pylc_build_class(one, name, nullptr, 0, nullptr), nullptr);
  EXPECT_EQ(takeError(), "TypeError: __build_class__: func must be a function");
  EXPECT_EQ(pylc_call_body(one, ns.dict()), nullptr);
  EXPECT_EQ(takeError(), "SystemError: pylc_call_body: not a compiled function");
  EXPECT_EQ(g_body_calls, 1);
  // PY_VECTORCALL_ARGUMENTS_OFFSET in nargsf is allowed; an empty kwnames is no keywords.
  PyObject *base = ns.get("Base");
  PyObject *storage[] = {nullptr, base};
  PyObject *empty = PyTuple_New(0);
  Py_ssize_t rc = Py_REFCNT(base);
  PyObject *cls =
      pylc_build_class(body, name, storage + 1, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, empty);
  ASSERT_NE(cls, nullptr) << takeError();
  EXPECT_EQ(repr(cls), "<class 'm.C'>");
  Py_DECREF(cls);
  PyGC_Collect(); // a class is in a cycle with its __mro__
  EXPECT_EQ(Py_REFCNT(base), rc);
  Py_DECREF(empty);
  Py_DECREF(name);
  Py_DECREF(one);
}

// The class statement, compared with what the interpreter builds for the same code.
TEST_F(ClassTest, SameAsInterpreter) {
  ASSERT_EQ(ns.exec("entry = Entry(Base)\n"
                    "class C(Other, entry, metaclass=Meta, flag=3):\n"
                    "    x = 1\n"
                    "ref = (type(C), C.__bases__, C.__orig_bases__ == (Other, entry),\n"
                    "       C.x, list(Meta.calls), list(Base.seen))\n"
                    "Meta.calls.clear(); Base.seen.clear()\n"),
            "");
  std::string expected = ns.evalRepr("ref");
  setItem("x", "1");
  ASSERT_EQ(buildC({"Other", "entry"}, {{"metaclass", "Meta"}, {"flag", "3"}}), "");
  EXPECT_EQ(ns.evalRepr("(type(C), C.__bases__, C.__orig_bases__ == (Other, entry),\n"
                        "       C.x, Meta.calls, Base.seen)"),
            expected);
}

} // namespace
