/* sys.settrace and sys.setprofile over compiled frames.
 *
 * CPython 3.11 reports 'call', 'line', 'return' and 'exception' events from its
 * eval loop whenever the current C frame's use_tracing flag is set
 * (Python/ceval.c: DO_TRACING, trace_function_entry/exit, call_exc_trace,
 * maybe_call_line_trace). Compiled code keeps the same contract: the generated
 * code tests that flag at the start of every source line (a `trace.line`
 * instruction) and calls in here only when it is set, so untraced code pays one
 * load and branch per line. The events, their order, their arguments and the
 * frame's f_lineno during each are the interpreter's; what compiled code cannot
 * do is jump when a trace function assigns f_lineno (the frame keeps running
 * where it was). */
#define Py_BUILD_CORE 1
#include "rt_internal.h"

#include "frame_internal.h"
#include "frameobject.h"
#include "internal/pycore_pystate.h"

/* The line of code unit `lasti` of the frame's code (-1: none). */
static int line_of(_PyInterpreterFrame *frame, int lasti) {
  return PyCode_Addr2Line(frame->f_code, lasti * (int)sizeof(_Py_CODEUNIT));
}

/* call_trace: one event to `func`, with tracing suspended while it runs and the
 * frame object's f_lineno valid meanwhile. */
static int call_trace(Py_tracefunc func, PyObject *obj, PyThreadState *tstate,
                      _PyInterpreterFrame *frame, int what, PyObject *arg) {
  if (tstate->tracing)
    return 0;
  PyFrameObject *f = pylc__frame_object(frame);
  if (!f)
    return -1;
  int old_what = tstate->tracing_what;
  tstate->tracing_what = what;
  PyThreadState_EnterTracing(tstate);
  f->f_lineno = line_of(frame, _PyInterpreterFrame_LASTI(frame));
  int result = func(obj, f, what, arg);
  f->f_lineno = 0;
  PyThreadState_LeaveTracing(tstate);
  tstate->tracing_what = old_what;
  return result;
}

/* call_trace_protected: the pending exception, if any, survives an event that
 * succeeds. */
static int call_trace_protected(Py_tracefunc func, PyObject *obj,
                                PyThreadState *tstate,
                                _PyInterpreterFrame *frame, int what,
                                PyObject *arg) {
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  int err = call_trace(func, obj, tstate, frame, what, arg);
  if (err == 0) {
    PyErr_Restore(type, value, tb);
    return 0;
  }
  Py_XDECREF(type);
  Py_XDECREF(value);
  Py_XDECREF(tb);
  return -1;
}

int pylc__trace_entry(PyThreadState *tstate, _PyInterpreterFrame *frame) {
  if (tstate->c_tracefunc &&
      call_trace_protected(tstate->c_tracefunc, tstate->c_traceobj, tstate,
                           frame, PyTrace_CALL, Py_None))
    return -1;
  if (tstate->c_profilefunc &&
      call_trace_protected(tstate->c_profilefunc, tstate->c_profileobj, tstate,
                           frame, PyTrace_CALL, Py_None))
    return -1;
  return 0;
}

int pylc__trace_exit(PyThreadState *tstate, _PyInterpreterFrame *frame,
                     PyObject *retval) {
  if (tstate->c_tracefunc &&
      call_trace_protected(tstate->c_tracefunc, tstate->c_traceobj, tstate,
                           frame, PyTrace_RETURN, retval))
    return -1;
  if (tstate->c_profilefunc &&
      call_trace_protected(tstate->c_profilefunc, tstate->c_profileobj, tstate,
                           frame, PyTrace_RETURN, retval))
    return -1;
  return 0;
}

void pylc__trace_exception(PyThreadState *tstate, _PyInterpreterFrame *frame) {
  if (!tstate->c_tracefunc || tstate->tracing)
    return;
  PyObject *type, *value, *orig_tb;
  PyErr_Fetch(&type, &value, &orig_tb);
  if (!value)
    value = Py_NewRef(Py_None);
  PyErr_NormalizeException(&type, &value, &orig_tb);
  PyObject *arg = PyTuple_Pack(3, type, value, orig_tb ? orig_tb : Py_None);
  if (!arg) {
    PyErr_Restore(type, value, orig_tb);
    return;
  }
  int err = call_trace(tstate->c_tracefunc, tstate->c_traceobj, tstate, frame,
                       PyTrace_EXCEPTION, arg);
  Py_DECREF(arg);
  if (err == 0) {
    PyErr_Restore(type, value, orig_tb);
  } else {
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(orig_tb);
  }
}

/* maybe_call_line_trace, where `unit` is the first code unit of a line's code.
 */
int pylc_trace_line(struct _PyInterpreterFrame *frame, _Py_CODEUNIT *unit,
                    int loop_header) {
  PyThreadState *tstate = _PyThreadState_GET();
  int instr_prev = _PyInterpreterFrame_LASTI(frame);
  int first = instr_prev <= frame->f_code->_co_firsttraceable;
  if (!tstate->cframe->use_tracing || tstate->tracing) {
    frame->prev_instr = unit;
    return 0;
  }
  /* A call's RESUME event (at the `def` line) comes with its first line; a
   * generator's comes from the runtime each time it resumes the body. */
  int resumable = frame->f_code->co_flags &
                  (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR);
  if (first && !resumable && pylc__trace_entry(tstate, frame) < 0)
    return -1;
  frame->prev_instr = unit;
  if (!tstate->c_tracefunc)
    return 0;
  int lastline = first ? -1 : line_of(frame, instr_prev);
  int lasti = _PyInterpreterFrame_LASTI(frame);
  int line = line_of(frame, lasti);
  PyFrameObject *f = pylc__frame_object(frame);
  if (!f)
    return -1;
  int result = 0;
  /* Trace backward edges or if the line number has changed. */
  int backward = loop_header && lasti < instr_prev;
  if (line != -1 && f->f_trace_lines && (line != lastline || backward))
    result = call_trace(tstate->c_tracefunc, tstate->c_traceobj, tstate, frame,
                        PyTrace_LINE, Py_None);
  if (f->f_trace_opcodes && result == 0)
    result = call_trace(tstate->c_tracefunc, tstate->c_traceobj, tstate, frame,
                        PyTrace_OPCODE, Py_None);
  frame->prev_instr =
      unit; /* a trace function's f_lineno jump does not move compiled code */
  return result;
}

PyObject *pylc_frame_return(struct _PyInterpreterFrame *frame,
                            PyObject *value) {
  PyThreadState *tstate = _PyThreadState_GET();
  if (tstate->cframe->use_tracing && pylc__trace_exit(tstate, frame, value) < 0)
    Py_CLEAR(value);
  pylc_frame_pop(frame);
  return value;
}

void pylc_frame_unwind(struct _PyInterpreterFrame *frame) {
  PyThreadState *tstate = _PyThreadState_GET();
  /* Already unwinding: an error of the trace function is dropped
   * (TRACE_FUNCTION_UNWIND). */
  if (tstate->cframe->use_tracing)
    pylc__trace_exit(tstate, frame, NULL);
  pylc_frame_pop(frame);
}

/* C_TRACE of ceval.c: the profiler's c_call, then c_return or c_exception, around a call of
 * a builtin. */
static PyObject *profile_c_call(PyThreadState *tstate, PyObject *func, PyObject *const *args,
                                size_t nargsf, PyObject *kwnames) {
  _PyInterpreterFrame *frame = tstate->cframe->current_frame;
  if (!frame)
    return PyObject_Vectorcall(func, args, nargsf, kwnames);
  if (call_trace(tstate->c_profilefunc, tstate->c_profileobj, tstate, frame, PyTrace_C_CALL,
                 func))
    return NULL;
  PyObject *x = PyObject_Vectorcall(func, args, nargsf, kwnames);
  if (tstate->c_profilefunc) {
    if (!x)
      call_trace_protected(tstate->c_profilefunc, tstate->c_profileobj, tstate, frame,
                           PyTrace_C_EXCEPTION, func);
    else if (call_trace(tstate->c_profilefunc, tstate->c_profileobj, tstate, frame,
                        PyTrace_C_RETURN, func)) {
      Py_DECREF(x);
      x = NULL;
    }
  }
  return x;
}

/* trace_call_function of ceval.c: builtin functions and methods report c_call events (a
 * method descriptor bound to its first argument first, as the interpreter binds it). */
PyObject *pylc__profiled_call(PyObject *func, PyObject *const *args, size_t nargsf,
                              PyObject *kwnames) {
  PyThreadState *tstate = _PyThreadState_GET();
  Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
  if (PyCFunction_CheckExact(func) || PyCMethod_CheckExact(func))
    return profile_c_call(tstate, func, args, nargsf, kwnames);
  if (Py_IS_TYPE(func, &PyMethodDescr_Type) && nargs > 0) {
    PyObject *self = args[0];
    PyObject *bound = Py_TYPE(func)->tp_descr_get(func, self, (PyObject *)Py_TYPE(self));
    if (!bound)
      return NULL;
    PyObject *x = profile_c_call(tstate, bound, args + 1, (size_t)(nargs - 1), kwnames);
    Py_DECREF(bound);
    return x;
  }
  return PyObject_Vectorcall(func, args, nargsf, kwnames);
}
