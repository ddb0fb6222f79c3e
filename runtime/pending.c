/* The interpreter's eval breaker, honoured by compiled code where the interpreter honours
 * it: at function entry (RESUME), on each backward jump (JUMP_BACKWARD) and after each call
 * (CALL). A set breaker means a signal to handle (its Python handler runs, or
 * KeyboardInterrupt is raised there), pending calls, another thread asking for the GIL, or
 * an asynchronous exception (PyThreadState_SetAsyncExc). This is eval_frame_handle_pending
 * of CPython 3.11's ceval.c, through the public API where there is one. */
#define Py_BUILD_CORE 1
#include "rt_internal.h"

#include "internal/pycore_atomic.h"
#include "internal/pycore_frame.h"
#include "internal/pycore_interp.h"
#include "internal/pycore_pystate.h"
#include "internal/pycore_runtime.h"

static const int no_breaker;
const int *pylc_eval_breaker = &no_breaker;

void pylc__init_pending(void) {
  PyInterpreterState *interp = _PyRuntime.interpreters.main;
  pylc_eval_breaker = (const int *)&interp->ceval.eval_breaker._value;
}

/* COMPUTE_EVAL_BREAKER of ceval.c, after an asynchronous exception is taken. */
static void compute_eval_breaker(PyInterpreterState *interp) {
  struct _ceval_runtime_state *ceval = &_PyRuntime.ceval;
  struct _ceval_state *ceval2 = &interp->ceval;
  int main_thread = _Py_IsMainThread() && interp == _PyRuntime.interpreters.main;
  _Py_atomic_store_relaxed(&ceval2->eval_breaker,
                           _Py_atomic_load_relaxed(&ceval2->gil_drop_request) |
                               (_Py_atomic_load_relaxed(&ceval->signals_pending) &&
                                main_thread) |
                               (_Py_atomic_load_relaxed(&ceval2->pending.calls_to_do) &&
                                main_thread) |
                               ceval2->pending.async_exc);
}

int pylc__handle_pending(void) {
  PyThreadState *tstate = _PyThreadState_GET();
  /* Signals first (their handlers, or KeyboardInterrupt), then pending calls. */
  if (Py_MakePendingCalls() < 0)
    return -1;
  if (_Py_atomic_load_relaxed(&tstate->interp->ceval.gil_drop_request)) {
    /* Give another thread a chance. */
    PyEval_SaveThread();
    PyEval_RestoreThread(tstate);
  }
  if (tstate->async_exc) {
    PyObject *exc = tstate->async_exc;
    tstate->async_exc = NULL;
    tstate->interp->ceval.pending.async_exc = 0;
    compute_eval_breaker(tstate->interp);
    PyErr_SetNone(exc);
    Py_DECREF(exc);
    return -1;
  }
  return 0;
}

int pylc_eval_check(void) { return pylc__pending() ? pylc__handle_pending() : 0; }
