/* Interpreter-visible frames for compiled calls.
 *
 * CPython 3.11 finds the running code through the thread state's chain of
 * _PyInterpreterFrame structs (tstate->cframe->current_frame). A compiled call links a frame
 * of its own into that chain, with the function's real code object, globals, builtins and
 * locals mapping, and keeps its local variables in the frame's `localsplus` slots exactly as
 * the interpreter would (plain values, cells, free-variable cells). So sys._getframe(),
 * f_back, f_locals, locals(), super(), warnings and tracebacks all see compiled calls as
 * they see interpreted ones. The frame's instruction pointer is set by the generated code
 * before every raising site; the code object's line table maps it to that site's position.
 *
 * The few steps of Python/frame.c that libpython does not export (creating a frame object
 * for a live frame, and handing the frame over to its frame object when the call ends while
 * the frame object is still referenced) are re-implemented here against the 3.11 layouts. */
#define Py_BUILD_CORE 1
#include "function_object.h"
#include "rt_internal.h"

#include "frameobject.h"
#include "internal/pycore_frame.h"
#include "internal/pycore_ceval.h"
#include "internal/pycore_pystate.h"
#include "frame_internal.h"

#include <string.h>

/* _PyFrame_MakeAndSetFrameObject: the frame object of a live frame (borrowed), made on
 * first use. Keeps any pending exception. */
PyFrameObject *pylc__frame_object(_PyInterpreterFrame *frame) {
  if (frame->frame_obj)
    return frame->frame_obj;
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  PyCodeObject *code = frame->f_code;
  PyFrameObject *f =
      PyObject_GC_NewVar(PyFrameObject, &PyFrame_Type, code->co_nlocalsplus + code->co_stacksize);
  if (!f) {
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
    return NULL;
  }
  PyErr_Restore(type, value, tb);
  f->f_back = NULL;
  f->f_trace = NULL;
  f->f_trace_lines = 1;
  f->f_trace_opcodes = 0;
  f->f_fast_as_locals = 0;
  f->f_lineno = 0;
  if (frame->frame_obj) {
    /* Allocating ran a collection that made the frame object already (GH-97002): keep
     * that one and dispose of ours as an empty frame. */
    f->f_frame = (_PyInterpreterFrame *)f->_f_frame_data;
    f->f_frame->owner = FRAME_CLEARED;
    f->f_frame->frame_obj = f;
    Py_DECREF(f);
    return frame->frame_obj;
  }
  f->f_frame = frame;
  frame->frame_obj = f;
  return f;
}

/* The call is over but its frame object lives on: move the frame's contents into the frame
 * object, which from now on owns the locals, and link its f_back (take_ownership). */
static void take_ownership(PyFrameObject *f, _PyInterpreterFrame *frame) {
  Py_ssize_t size = (char *)&frame->localsplus[frame->stacktop] - (char *)frame;
  memcpy((_PyInterpreterFrame *)f->_f_frame_data, frame, size);
  frame = (_PyInterpreterFrame *)f->_f_frame_data;
  f->f_frame = frame;
  frame->owner = FRAME_OWNED_BY_FRAME_OBJECT;
  if (_PyFrame_IsIncomplete(frame))
    frame->prev_instr = _PyCode_CODE(frame->f_code) + frame->f_code->_co_firsttraceable;
  _PyInterpreterFrame *prev = frame->previous;
  while (prev && _PyFrame_IsIncomplete(prev))
    prev = prev->previous;
  if (prev) {
    PyFrameObject *back = pylc__frame_object(prev);
    if (back)
      f->f_back = (PyFrameObject *)Py_NewRef(back);
    else
      PyErr_Clear();
    frame->previous = NULL;
  }
  if (!PyObject_GC_IsTracked((PyObject *)f))
    PyObject_GC_Track(f);
}

void pylc__frame_init(_PyInterpreterFrame *frame, PyObject *func, PyObject *locals,
                      int nlocalsplus) {
  PylcFunctionObject *fn = (PylcFunctionObject *)func;
  PyCodeObject *code = (PyCodeObject *)fn->code;
  frame->f_func = (PyFunctionObject *)Py_NewRef(func);
  frame->f_code = (PyCodeObject *)Py_NewRef(code);
  frame->f_globals = fn->globals;
  frame->f_builtins = fn->builtins;
  frame->f_locals = Py_XNewRef(locals);
  frame->frame_obj = NULL;
  frame->previous = NULL;
  frame->prev_instr = _PyCode_CODE(code) + code->_co_firsttraceable;
  frame->stacktop = nlocalsplus;
  frame->is_entry = false;
  frame->owner = FRAME_OWNED_BY_THREAD;
  /* COPY_FREE_VARS: the closure's cells occupy the last slots. */
  if (fn->closure) {
    Py_ssize_t nfree = PyTuple_GET_SIZE(fn->closure);
    for (Py_ssize_t i = 0; i < nfree; i++)
      frame->localsplus[nlocalsplus - nfree + i] = Py_NewRef(PyTuple_GET_ITEM(fn->closure, i));
  }
}

const uint8_t *pylc_frame_push(struct _PyInterpreterFrame *frame, PyObject *func,
                               PyObject *locals, int nlocalsplus) {
  /* The call counts against the recursion limit as an interpreted call does (an empty
   * `where` gives "maximum recursion depth exceeded"). */
  PyThreadState *tstate = _PyThreadState_GET();
  if (_Py_EnterRecursiveCallTstate(tstate, ""))
    return NULL;
  /* The other slots are zeroed by the caller, where the optimiser sees it. */
  pylc__frame_init(frame, func, locals, nlocalsplus);
  _PyCFrame *cframe = tstate->cframe;
  frame->previous = cframe->current_frame;
  cframe->current_frame = frame;
  /* RESUME's eval-breaker check, in the linked frame: a KeyboardInterrupt here has the
   * function's frame, at its `def` line, in its traceback. */
  if (__builtin_expect(pylc__pending(), 0) && pylc__handle_pending() < 0) {
    Py_ssize_t nfree = ((PylcFunctionObject *)func)->closure
                           ? PyTuple_GET_SIZE(((PylcFunctionObject *)func)->closure)
                           : 0;
    memset(frame->localsplus, 0, (nlocalsplus - nfree) * sizeof(PyObject *));
    pylc_frame_traceback(frame);
    pylc_frame_pop(frame);
    return NULL;
  }
  /* The body tests this flag at each line (runtime/tracing.c): the C frame it runs in is
   * this one until it returns. */
  return &cframe->use_tracing;
}

void pylc_frame_pop(struct _PyInterpreterFrame *frame) {
  PyThreadState *tstate = _PyThreadState_GET();
  tstate->cframe->current_frame = frame->previous;
  _Py_LeaveRecursiveCallTstate(tstate);
  pylc__frame_clear(frame);
}

void pylc__frame_clear(_PyInterpreterFrame *frame) {
  if (frame->frame_obj) {
    PyFrameObject *f = frame->frame_obj;
    frame->frame_obj = NULL;
    if (Py_REFCNT(f) > 1) {
      take_ownership(f, frame);
      Py_DECREF(f);
      return;
    }
    Py_DECREF(f);
  }
  for (int i = 0; i < frame->stacktop; i++)
    Py_XDECREF(frame->localsplus[i]);
  Py_XDECREF(frame->f_locals);
  Py_DECREF(frame->f_func);
  Py_DECREF(frame->f_code);
}

void pylc_frame_traceback(struct _PyInterpreterFrame *frame) {
  /* Without a frame object (out of memory) the MemoryError replaces the exception. */
  PyFrameObject *f = pylc__frame_object(frame);
  if (f)
    PyTraceBack_Here(f);
  pylc__trace_exception(_PyThreadState_GET(), frame);
}

PyObject *pylc__frame_builtins(PyObject *globals) {
  _PyInterpreterFrame *frame = _PyThreadState_GET()->cframe->current_frame;
  if (frame && frame->f_globals == globals && frame->f_builtins)
    return frame->f_builtins;
  return pylc__builtins_of(globals);
}
