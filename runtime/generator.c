/* Compiled generators: a Python generator object whose body is a native state machine.
 *
 * The generated code makes the body an LLVM coroutine (switched-resume lowering): calling
 * the generator function creates this object, binds the arguments into its interpreter
 * frame (embedded here, on the heap) and suspends; each send/throw/close resumes the
 * coroutine through the resume function at the start of its frame (the ABI of LLVM's
 * switch lowering: resume and destroy function pointers first). Values live across a
 * `yield` are kept in the coroutine frame; the Python locals live in the interpreter frame,
 * which is linked into the thread's frame chain while the body runs, as the interpreter
 * does for its own generators. `yield from` delegation (send, throw, close) is done here,
 * following CPython 3.11's gen_send_ex2, _gen_throw and gen_close (Objects/genobject.c)
 * and its SEND instruction. Async generators (compiled_async_generator) are the same bodies
 * driven through the awaitables their __anext__/asend/athrow/aclose return (the
 * async-generator part of genobject.c): a value the body yields with `yield` ends that
 * awaitable with StopIteration(value), what an `await` in the body yields passes through to
 * the event loop. */
#define Py_BUILD_CORE 1
#include "function_object.h"
#include "rt_internal.h"

#include "frame_internal.h"
#include "frameobject.h"
#include "internal/pycore_pyerrors.h"
#include "internal/pycore_pystate.h"
#include "structmember.h"

enum gen_state { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_COMPLETED };
enum gen_kind { KIND_GENERATOR, KIND_COROUTINE, KIND_ASYNC_GENERATOR };

typedef void (*coro_fn)(void *);

typedef struct {
  PyObject_VAR_HEAD
  void *handle;        /* the coroutine frame; NULL once destroyed */
  PyObject *func;      /* the compiled generator function */
  PyObject *code;      /* gi_code: the function's code when it was called */
  PyObject *name, *qualname;
  PyObject *sent;      /* borrowed while resuming: what send() passed */
  PyObject *yielded;   /* owned: what the body yielded */
  PyObject *retval;    /* owned: what the body returned */
  PyObject *yieldfrom; /* owned: the iterator `yield from` delegates to */
  PyObject *weakreflist;
  _PyErr_StackItem exc_state; /* the generator's own handled exception */
  int throwing;        /* resuming with the current exception raised at the yield */
  int state;
  int sending;         /* gen_send_ex2 is stepping the body or its delegate (SEND runs) */
  int finished;        /* the body reached its end (returned or raised) */
  int kind;            /* enum gen_kind */
  int wrapped;         /* the last value this object produced came from the body's `yield`
                        * (for an async generator: an async yield, not an await) */
  /* Async generators (PyAsyncGenObject's fields). */
  PyObject *ag_finalizer; /* sys.set_asyncgen_hooks' finalizer when first iterated */
  PyObject *cr_origin;    /* coroutines: where they were created, when tracked */
  int ag_hooks_inited, ag_closed, ag_running_async;
  PyObject *frame_data[1]; /* a _PyInterpreterFrame followed by its slots */
} PylcGenObject;

extern PyTypeObject PylcGenerator_Type;
extern PyTypeObject PylcCoroutine_Type;
extern PyTypeObject PylcAsyncGen_Type;

/* A compiled generator or coroutine: what `yield from`/`await` can drive directly. */
static int is_compiled(PyObject *o) {
  return Py_IS_TYPE(o, &PylcGenerator_Type) || Py_IS_TYPE(o, &PylcCoroutine_Type);
}

/* gen_is_coroutine: a generator whose code has CO_ITERABLE_COROUTINE (types.coroutine)
 * can be awaited, and can itself `yield from` a coroutine. */
static int is_iterable_coroutine(PyObject *o) {
  if (PyGen_CheckExact(o))
    return (((PyCodeObject *)((PyGenObject *)o)->gi_code)->co_flags & CO_ITERABLE_COROUTINE) != 0;
  return Py_IS_TYPE(o, &PylcGenerator_Type) &&
         (((PyCodeObject *)((PylcGenObject *)o)->code)->co_flags & CO_ITERABLE_COROUTINE);
}

/* "generator", "coroutine" or "async generator", for the messages that name the kind. */
static const char *kind_name(PylcGenObject *g) {
  return g->kind == KIND_COROUTINE         ? "coroutine"
         : g->kind == KIND_ASYNC_GENERATOR ? "async generator"
                                           : "generator";
}

static _PyInterpreterFrame *gen_frame(PylcGenObject *g) {
  return (_PyInterpreterFrame *)g->frame_data;
}

/* _PyGen_yf: the delegate of a generator suspended in `yield from`/`await`. While a send
 * steps it the generator is executing SEND, not suspended, and has none. */
static PyObject *gen_yf(PylcGenObject *g) { return g->sending ? NULL : g->yieldfrom; }

/* ------------------------------------------------------------------ the body's side */

/* sys.set_coroutine_origin_tracking_depth: a new coroutine's cr_origin, the frames that
 * create it (compute_cr_origin; its own frame is not linked yet). */
static int coro_origin(PyObject **out) {
  PyThreadState *tstate = _PyThreadState_GET();
  int depth = tstate->coroutine_origin_tracking_depth;
  if (depth <= 0)
    return 0;
  _PyInterpreterFrame *f = tstate->cframe->current_frame;
  int count = 0;
  for (_PyInterpreterFrame *c = f; c && count < depth; c = c->previous)
    count++;
  PyObject *origin = PyTuple_New(count);
  if (!origin)
    return -1;
  for (int i = 0; i < count; i++, f = f->previous) {
    int lasti = (int)(f->prev_instr - _PyCode_CODE(f->f_code));
    PyObject *info = Py_BuildValue("OiO", f->f_code->co_filename,
                                   PyCode_Addr2Line(f->f_code, lasti * 2), f->f_code->co_name);
    if (!info) {
      Py_DECREF(origin);
      return -1;
    }
    PyTuple_SET_ITEM(origin, i, info);
  }
  *out = origin;
  return 0;
}

/* The generator type hides the __await__ that its am_await slot puts in its dict: CPython's
 * C code awaits a generator with CO_ITERABLE_COROUTINE (anext(), the interpreter's `await`)
 * while Python code sees no __await__ on any generator (collections.abc.Awaitable). */
static int ready_generator_type(void) {
  if (pylc__type_ready(&PylcGenerator_Type) < 0)
    return -1;
  if (PyDict_DelItemString(PylcGenerator_Type.tp_dict, "__await__") < 0)
    return -1;
  PyType_Modified(&PylcGenerator_Type);
  return 0;
}

PyObject *pylc_gen_new(PyObject *func, int nslots, int kind) {
  PyTypeObject *type = kind == KIND_COROUTINE         ? &PylcCoroutine_Type
                       : kind == KIND_ASYNC_GENERATOR ? &PylcAsyncGen_Type
                                                      : &PylcGenerator_Type;
  if (!(type->tp_flags & Py_TPFLAGS_READY) &&
      (type == &PylcGenerator_Type ? ready_generator_type() : pylc__type_ready(type)) < 0)
    return NULL;
  PyObject *origin = NULL;
  if (kind == KIND_COROUTINE && coro_origin(&origin) < 0)
    return NULL;
  /* Items: the frame's specials (in pointer units) plus its slots. */
  Py_ssize_t items = (Py_ssize_t)((sizeof(_PyInterpreterFrame) + sizeof(PyObject *) - 1) /
                                  sizeof(PyObject *)) + nslots;
  PylcGenObject *g = PyObject_GC_NewVar(PylcGenObject, type, items);
  if (!g) {
    Py_XDECREF(origin);
    return NULL;
  }
  PylcFunctionObject *fn = (PylcFunctionObject *)func;
  g->handle = NULL;
  g->func = Py_NewRef(func);
  g->code = Py_NewRef(fn->code);
  g->name = Py_NewRef(fn->name);
  g->qualname = Py_NewRef(fn->qualname);
  g->sent = g->yielded = g->retval = g->yieldfrom = NULL;
  g->weakreflist = NULL;
  g->exc_state.exc_value = NULL;
  g->exc_state.previous_item = NULL;
  g->throwing = 0;
  g->sending = 0;
  g->state = GEN_CREATED;
  g->finished = 0;
  g->kind = kind;
  g->wrapped = 0;
  g->ag_finalizer = NULL;
  g->ag_hooks_inited = g->ag_closed = g->ag_running_async = 0;
  _PyInterpreterFrame *frame = gen_frame(g);
  memset(frame->localsplus, 0, sizeof(PyObject *) * (size_t)nslots);
  pylc__frame_init(frame, func, NULL, nslots);
  g->cr_origin = origin;
  PyObject_GC_Track(g);
  return (PyObject *)g;
}

void pylc_gen_set_handle(PyObject *gen, void *handle) { ((PylcGenObject *)gen)->handle = handle; }

struct _PyInterpreterFrame *pylc_gen_frame(PyObject *gen) {
  return gen_frame((PylcGenObject *)gen);
}

void pylc_gen_yield(PyObject *gen, PyObject *value) { ((PylcGenObject *)gen)->yielded = value; }

void pylc_gen_delegate(PyObject *gen, PyObject *iter) {
  ((PylcGenObject *)gen)->yieldfrom = iter;
}

PyObject *pylc_gen_resumed(PyObject *gen, const uint8_t **tracing) {
  PylcGenObject *g = (PylcGenObject *)gen;
  *tracing = &_PyThreadState_GET()->cframe->use_tracing;
  if (g->throwing)
    return NULL;
  return Py_NewRef(g->sent ? g->sent : Py_None);
}

void pylc_gen_return(PyObject *gen, PyObject *value) {
  PylcGenObject *g = (PylcGenObject *)gen;
  g->retval = value;
  g->finished = 1;
}

PyObject *pylc_yield_from_iter(PyObject *iterable) {
  /* GET_YIELD_FROM_ITER: a generator is its own iterator; anything else is iter()'d. A
   * coroutine only in a generator whose code has CO_ITERABLE_COROUTINE (types.coroutine
   * sets it at run time, so the running frame's code says). */
  if (PyCoro_CheckExact(iterable) || Py_IS_TYPE(iterable, &PylcCoroutine_Type)) {
    _PyInterpreterFrame *frame = _PyThreadState_GET()->cframe->current_frame;
    if (!frame || !(frame->f_code->co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
      PyErr_SetString(PyExc_TypeError,
                      "cannot 'yield from' a coroutine object in a non-coroutine generator");
      return NULL;
    }
    return Py_NewRef(iterable);
  }
  if (PyGen_CheckExact(iterable) || Py_IS_TYPE(iterable, &PylcGenerator_Type))
    return Py_NewRef(iterable);
  return PyObject_GetIter(iterable);
}

/* ------------------------------------------------------------------ running the body */

static void destroy_body(PylcGenObject *g) {
  if (g->handle) {
    void *h = g->handle;
    g->handle = NULL;
    ((coro_fn *)h)[1](h);
  }
}

/* The end of the body: unlink first, then clear the frame (clear_gen_frame). */
static void finish(PylcGenObject *g) {
  g->state = GEN_COMPLETED;
  destroy_body(g);
  Py_CLEAR(g->yieldfrom);
  pylc__frame_clear(gen_frame(g));
}

/* SEND: one step of the delegate. 1 with *out the value it yields; 0 when it is done, with
 * *out its return value; -1 on error. */
static int delegate_send(PyObject *yf, PyObject *value, PyObject **out);
/* An __anext__()/asend() awaitable as a delegate: delegate_send's results, without the
 * StopIteration that ends it when the async generator yields. */
static PyTypeObject AGenASend_Type;
static int asend_step(PyObject *self, PyObject *arg, PyObject **out);

typedef enum { GEN_RETURN = 0, GEN_ERROR = -1, GEN_NEXT = 1 } send_result;

static send_result gen_send_ex2(PylcGenObject *g, PyObject *arg, int exc, PyObject **presult,
                                int closing) {
  *presult = NULL;
  if (g->state == GEN_RUNNING) {
    PyErr_Format(PyExc_ValueError, "%s already executing", kind_name(g));
    return GEN_ERROR;
  }
  if (g->state == GEN_COMPLETED) {
    if (g->kind == KIND_COROUTINE && !closing) {
      PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited coroutine");
      return GEN_ERROR;
    }
    if (arg && !exc) {
      *presult = Py_NewRef(Py_None);
      return GEN_RETURN;
    }
    return GEN_ERROR;
  }
  if (g->state == GEN_CREATED && !exc && arg && arg != Py_None) {
    PyErr_Format(PyExc_TypeError, "can't send non-None value to a just-started %s",
                 kind_name(g));
    return GEN_ERROR;
  }
  PyThreadState *tstate = _PyThreadState_GET();
  _PyInterpreterFrame *frame = gen_frame(g);
  frame->previous = tstate->cframe->current_frame;
  tstate->cframe->current_frame = frame;
  g->exc_state.previous_item = tstate->exc_info;
  tstate->exc_info = &g->exc_state;
  /* A thrown exception gets the generator's handled exception as its context. */
  if (exc)
    _PyErr_ChainStackItem(NULL);
  g->state = GEN_RUNNING;
  g->sending = 1;
  PyObject *value = Py_NewRef(arg ? arg : Py_None);
  int throwing = exc;
  int recursed = Py_EnterRecursiveCall("");
  if (recursed) {
    /* The body never starts: it fails where it stands. */
    throwing = 1;
  } else if (!exc && tstate->cframe->use_tracing && pylc__trace_entry(tstate, frame) < 0) {
    throwing = 1; /* RESUME's 'call' event raised: the body fails where it stands */
  }
  send_result status = GEN_ERROR;
  for (;;) {
    if (g->yieldfrom && !throwing) {
      PyObject *r = NULL;
      int d = delegate_send(g->yieldfrom, value, &r);
      Py_CLEAR(value);
      if (d == 1) {
        *presult = r;
        g->wrapped = 0;
        status = GEN_NEXT;
        break;
      }
      Py_CLEAR(g->yieldfrom);
      if (d == 0)
        value = r;
      else
        throwing = 1;
    } else if (g->yieldfrom) {
      Py_CLEAR(g->yieldfrom);
    }
    g->sent = value;
    g->throwing = throwing;
    ((coro_fn *)g->handle)[0](g->handle);
    g->sent = NULL;
    Py_CLEAR(value);
    throwing = 0;
    if (g->yielded) {
      *presult = g->yielded;
      g->yielded = NULL;
      g->wrapped = 1;
      status = GEN_NEXT;
      break;
    }
    if (g->finished) {
      *presult = g->retval;
      g->retval = NULL;
      status = *presult ? GEN_RETURN : GEN_ERROR;
      break;
    }
    /* The body started a `yield from`: its first step sends None. */
    value = Py_NewRef(Py_None);
  }
  /* YIELD_VALUE's or RETURN_VALUE's 'return' event, or the unwinding one; if it raises,
   * the generator ends with that exception. */
  if (!recursed && tstate->cframe->use_tracing &&
      pylc__trace_exit(tstate, frame, status == GEN_ERROR ? NULL : *presult) < 0 &&
      status != GEN_ERROR) {
    Py_CLEAR(*presult);
    status = GEN_ERROR;
  }
  if (!recursed)
    Py_LeaveRecursiveCall();
  g->sending = 0;
  tstate->exc_info = g->exc_state.previous_item;
  g->exc_state.previous_item = NULL;
  tstate->cframe->current_frame = frame->previous;
  frame->previous = NULL;
  if (status == GEN_NEXT) {
    g->state = GEN_SUSPENDED;
    return status;
  }
  finish(g);
  if (status == GEN_ERROR && PyErr_ExceptionMatches(PyExc_StopIteration))
    _PyErr_FormatFromCause(PyExc_RuntimeError, "%s raised StopIteration", kind_name(g));
  else if (status == GEN_ERROR && g->kind == KIND_ASYNC_GENERATOR &&
           PyErr_ExceptionMatches(PyExc_StopAsyncIteration))
    _PyErr_FormatFromCause(PyExc_RuntimeError, "async generator raised StopAsyncIteration");
  return status;
}

static int delegate_send(PyObject *yf, PyObject *value, PyObject **out) {
  PyObject *r;
  if (is_compiled(yf)) {
    send_result s = gen_send_ex2((PylcGenObject *)yf, value, 0, &r, 0);
    *out = r;
    return s == GEN_NEXT ? 1 : s == GEN_RETURN ? 0 : -1;
  }
  if (Py_IS_TYPE(yf, &AGenASend_Type))
    return asend_step(yf, value, out);
  if (PyGen_CheckExact(yf) || PyCoro_CheckExact(yf)) {
    PySendResult s = PyIter_Send(yf, value, &r);
    *out = r;
    return s == PYGEN_NEXT ? 1 : s == PYGEN_RETURN ? 0 : -1;
  }
  static PyObject *send_name;
  if (value == Py_None && PyIter_Check(yf))
    r = Py_TYPE(yf)->tp_iternext(yf);
  else
    r = pylc__interned(&send_name, "send") ? PyObject_CallMethodOneArg(yf, send_name, value)
                                          : NULL;
  if (r) {
    *out = r;
    return 1;
  }
  /* Exhausted (no exception or StopIteration): its value is the result. */
  if (_PyGen_FetchStopIterationValue(out) == 0)
    return 0;
  return -1;
}

/* ------------------------------------------------------------------ the Python API */

static PyObject *gen_iternext(PyObject *self) {
  PyObject *result;
  send_result s = gen_send_ex2((PylcGenObject *)self, NULL, 0, &result, 0);
  if (s == GEN_RETURN) {
    if (result != Py_None)
      _PyGen_SetStopIterationValue(result);
    Py_CLEAR(result);
  }
  return result;
}

/* gen_send_ex: the body's return is StopIteration(value), StopAsyncIteration for an async
 * generator. */
static PyObject *gen_send_ex(PylcGenObject *g, PyObject *arg, int exc, int closing) {
  PyObject *result;
  send_result s = gen_send_ex2(g, arg, exc, &result, closing);
  if (s == GEN_RETURN) {
    if (g->kind == KIND_ASYNC_GENERATOR)
      PyErr_SetNone(PyExc_StopAsyncIteration);
    else if (result == Py_None)
      PyErr_SetNone(PyExc_StopIteration);
    else
      _PyGen_SetStopIterationValue(result);
    Py_CLEAR(result);
  }
  return result;
}

static PyObject *gen_send(PyObject *self, PyObject *arg) {
  return gen_send_ex((PylcGenObject *)self, arg, 0, 0);
}

/* gen_close_iter: close() the delegate; 0 on success. */
static int close_iter(PyObject *yf) {
  PyObject *retval = NULL;
  if (is_compiled(yf) || PyGen_CheckExact(yf) || PyCoro_CheckExact(yf)) {
    retval = PyObject_CallMethod(yf, "close", NULL);
    if (!retval)
      return -1;
  } else {
    PyObject *meth;
    static PyObject *close_name;
    if (!pylc__interned(&close_name, "close") ||
        _PyObject_LookupAttr(yf, close_name, &meth) < 0)
      PyErr_WriteUnraisable(yf);
    if (meth) {
      retval = PyObject_CallNoArgs(meth);
      Py_DECREF(meth);
      if (!retval)
        return -1;
    }
  }
  Py_XDECREF(retval);
  return 0;
}

static PyObject *gen_throw_impl(PylcGenObject *g, int close_on_genexit, PyObject *typ,
                                PyObject *val, PyObject *tb);

static PyObject *gen_close(PyObject *self, PyObject *unused) {
  PylcGenObject *g = (PylcGenObject *)self;
  int err = 0;
  if (g->yieldfrom) {
    PyObject *yf = Py_NewRef(g->yieldfrom);
    int state = g->state;
    g->state = GEN_RUNNING;
    err = close_iter(yf);
    g->state = state;
    Py_DECREF(yf);
  }
  if (err == 0)
    PyErr_SetNone(PyExc_GeneratorExit);
  PyObject *retval = gen_send_ex(g, Py_None, 1, 1);
  if (retval) {
    Py_DECREF(retval);
    PyErr_Format(PyExc_RuntimeError, "%s ignored GeneratorExit", kind_name(g));
    return NULL;
  }
  if (PyErr_ExceptionMatches(PyExc_StopIteration) ||
      PyErr_ExceptionMatches(PyExc_GeneratorExit)) {
    PyErr_Clear();
    Py_RETURN_NONE;
  }
  return NULL;
}

/* The exception throw() raises at the yield, checked as _gen_throw checks it. */
static int prepare_throw(PyObject *typ, PyObject *val, PyObject *tb) {
  if (tb == Py_None)
    tb = NULL;
  else if (tb && !PyTraceBack_Check(tb)) {
    PyErr_SetString(PyExc_TypeError, "throw() third argument must be a traceback object");
    return -1;
  }
  Py_INCREF(typ);
  Py_XINCREF(val);
  Py_XINCREF(tb);
  if (PyExceptionClass_Check(typ)) {
    PyErr_NormalizeException(&typ, &val, &tb);
  } else if (PyExceptionInstance_Check(typ)) {
    if (val && val != Py_None) {
      PyErr_SetString(PyExc_TypeError, "instance exception may not have a separate value");
      goto failed;
    }
    Py_XDECREF(val);
    val = typ;
    typ = Py_NewRef(PyExceptionInstance_Class(typ));
    if (!tb)
      tb = PyException_GetTraceback(val);
  } else {
    PyErr_Format(PyExc_TypeError,
                 "exceptions must be classes or instances deriving from BaseException, not %s",
                 Py_TYPE(typ)->tp_name);
    goto failed;
  }
  PyErr_Restore(typ, val, tb);
  return 0;
failed:
  Py_DECREF(typ);
  Py_XDECREF(val);
  Py_XDECREF(tb);
  return -1;
}

static PyObject *gen_throw_impl(PylcGenObject *g, int close_on_genexit, PyObject *typ,
                                PyObject *val, PyObject *tb) {
  PyObject *yf = g->yieldfrom ? Py_NewRef(g->yieldfrom) : NULL;
  if (yf) {
    PyObject *ret;
    if (PyErr_GivenExceptionMatches(typ, PyExc_GeneratorExit) && close_on_genexit) {
      int state = g->state;
      g->state = GEN_RUNNING;
      int err = close_iter(yf);
      g->state = state;
      Py_DECREF(yf);
      if (err < 0)
        return gen_send_ex(g, Py_None, 1, 0);
      goto throw_here;
    }
    if (is_compiled(yf)) {
      /* The frame is linked while the throw goes down the chain (as _gen_throw does for a
       * generator or coroutine delegate), so the stack seen below is complete. */
      PyThreadState *tstate = _PyThreadState_GET();
      _PyInterpreterFrame *frame = gen_frame(g);
      frame->previous = tstate->cframe->current_frame;
      tstate->cframe->current_frame = frame;
      int state = g->state;
      g->state = GEN_RUNNING;
      ret = gen_throw_impl((PylcGenObject *)yf, close_on_genexit, typ, val, tb);
      g->state = state;
      tstate->cframe->current_frame = frame->previous;
      frame->previous = NULL;
    } else {
      PyObject *meth;
      static PyObject *throw_name;
      if (!pylc__interned(&throw_name, "throw") ||
          _PyObject_LookupAttr(yf, throw_name, &meth) < 0) {
        Py_DECREF(yf);
        return NULL;
      }
      if (!meth) {
        Py_DECREF(yf);
        goto throw_here;
      }
      PyThreadState *tstate = _PyThreadState_GET();
      _PyInterpreterFrame *frame = gen_frame(g);
      int link = PyGen_CheckExact(yf) || PyCoro_CheckExact(yf);
      if (link) {
        frame->previous = tstate->cframe->current_frame;
        tstate->cframe->current_frame = frame;
      }
      int state = g->state;
      g->state = GEN_RUNNING;
      ret = PyObject_CallFunctionObjArgs(meth, typ, val, tb, NULL);
      g->state = state;
      if (link) {
        tstate->cframe->current_frame = frame->previous;
        frame->previous = NULL;
      }
      Py_DECREF(meth);
    }
    Py_DECREF(yf);
    if (ret)
      g->wrapped = 0;
    if (!ret) {
      /* The delegate is done: its result (or error) resumes this generator. */
      PyObject *v;
      Py_CLEAR(g->yieldfrom);
      if (_PyGen_FetchStopIterationValue(&v) == 0) {
        ret = gen_send((PyObject *)g, v);
        Py_DECREF(v);
      } else {
        ret = gen_send_ex(g, Py_None, 1, 0);
      }
    }
    return ret;
  }
throw_here:
  if (prepare_throw(typ, val, tb) < 0)
    return NULL;
  return gen_send_ex(g, Py_None, 1, 0);
}

static PyObject *gen_throw(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
  if (nargs < 1 || nargs > 3) {
    PyErr_Format(PyExc_TypeError, "throw expected at least 1 argument, got %zd", nargs);
    if (nargs > 3)
      PyErr_Format(PyExc_TypeError, "throw expected at most 3 arguments, got %zd", nargs);
    return NULL;
  }
  return gen_throw_impl((PylcGenObject *)self, 1, args[0], nargs > 1 ? args[1] : NULL,
                        nargs > 2 ? args[2] : NULL);
}

/* ------------------------------------------------------------------ attributes */

static PyObject *gen_get_frame(PyObject *self, void *unused) {
  PylcGenObject *g = (PylcGenObject *)self;
  if (g->state == GEN_COMPLETED)
    Py_RETURN_NONE;
  PyFrameObject *f = pylc__frame_object(gen_frame(g));
  return f ? Py_NewRef((PyObject *)f) : NULL;
}

static PyObject *gen_get_running(PyObject *self, void *unused) {
  return PyBool_FromLong(((PylcGenObject *)self)->state == GEN_RUNNING);
}

static PyObject *gen_get_suspended(PyObject *self, void *unused) {
  return PyBool_FromLong(((PylcGenObject *)self)->state == GEN_SUSPENDED);
}

static PyObject *gen_get_code(PyObject *self, void *unused) {
  return Py_NewRef(((PylcGenObject *)self)->code);
}

static PyObject *gen_get_yieldfrom(PyObject *self, void *unused) {
  PyObject *yf = gen_yf((PylcGenObject *)self);
  return Py_NewRef(yf ? yf : Py_None);
}

static PyObject *gen_get_name(PyObject *self, void *unused) {
  return Py_NewRef(((PylcGenObject *)self)->name);
}

static int gen_set_name(PyObject *self, PyObject *value, void *unused) {
  if (!value || !PyUnicode_Check(value)) {
    PyErr_SetString(PyExc_TypeError, "__name__ must be set to a string object");
    return -1;
  }
  Py_SETREF(((PylcGenObject *)self)->name, Py_NewRef(value));
  return 0;
}

static PyObject *gen_get_qualname(PyObject *self, void *unused) {
  return Py_NewRef(((PylcGenObject *)self)->qualname);
}

static int gen_set_qualname(PyObject *self, PyObject *value, void *unused) {
  if (!value || !PyUnicode_Check(value)) {
    PyErr_SetString(PyExc_TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  Py_SETREF(((PylcGenObject *)self)->qualname, Py_NewRef(value));
  return 0;
}

/* __class__ names the interpreter's type (generator, coroutine, async_generator) while
 * type() stays compiled_*: isinstance(g, types.GeneratorType), inspect.isgenerator/
 * iscoroutine/isasyncgen and `g.__class__ is types.CoroutineType` checks (types.coroutine,
 * asyncio's own tests) then accept compiled objects, as they accept the interpreter's.
 * The layout is not PyGenObject's, so the type cannot be a subtype of PyGen_Type. */
static PyObject *gen_get_class(PyObject *self, void *unused) {
  int kind = ((PylcGenObject *)self)->kind;
  PyTypeObject *type = kind == KIND_COROUTINE         ? &PyCoro_Type
                       : kind == KIND_ASYNC_GENERATOR ? &PyAsyncGen_Type
                                                      : &PyGen_Type;
  return Py_NewRef((PyObject *)type);
}

static PyGetSetDef gen_getset[] = {
    {"__class__", gen_get_class, NULL, NULL, NULL},
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL, NULL},
    {NULL},
};

static PyMethodDef gen_methods[] = {
    {"send", gen_send, METH_O, NULL},
    {"throw", (PyCFunction)(void (*)(void))gen_throw, METH_FASTCALL, NULL},
    {"close", gen_close, METH_NOARGS, NULL},
    {NULL},
};

/* ------------------------------------------------------------------ type slots */

static PyObject *gen_repr(PyObject *self) {
  /* The interpreter's repr ("<generator object f at 0x...>"); type() says compiled. */
  return PyUnicode_FromFormat("<%s object %S at %p>", kind_name((PylcGenObject *)self),
                              ((PylcGenObject *)self)->qualname, self);
}

static int gen_traverse(PyObject *self, visitproc visit, void *arg) {
  PylcGenObject *g = (PylcGenObject *)self;
  Py_VISIT(g->func);
  Py_VISIT(g->code);
  Py_VISIT(g->name);
  Py_VISIT(g->qualname);
  Py_VISIT(g->yielded);
  Py_VISIT(g->retval);
  Py_VISIT(g->yieldfrom);
  Py_VISIT(g->exc_state.exc_value);
  Py_VISIT(g->ag_finalizer);
  Py_VISIT(g->cr_origin);
  if (g->state != GEN_COMPLETED) {
    _PyInterpreterFrame *f = gen_frame(g);
    Py_VISIT(f->frame_obj);
    Py_VISIT(f->f_locals);
    for (int i = 0; i < f->stacktop; i++)
      Py_VISIT(f->localsplus[i]);
  }
  return 0;
}

/* _PyErr_WarnUnawaitedCoroutine: warnings._warn_unawaited_coroutine (which names cr_origin)
 * says so; if that fails, the error is unraisable and a plain warning is the fallback
 * (unless what failed was the warning itself, turned into an error). */
static void warn_unawaited(PylcGenObject *g) {
  PyObject *self = (PyObject *)g;
  int warned = 0;
  PyObject *fn = NULL;
  if (!_Py_IsFinalizing()) {
    PyObject *name = PyUnicode_FromString("warnings");
    PyObject *warnings = name ? PyImport_Import(name) : NULL;
    Py_XDECREF(name);
    if (warnings) {
      static PyObject *attr;
      if (pylc__interned(&attr, "_warn_unawaited_coroutine"))
        (void)_PyObject_LookupAttr(warnings, attr, &fn);
      Py_DECREF(warnings);
    } else if (PyErr_ExceptionMatches(PyExc_ImportError)) {
      PyErr_Clear();
    }
  }
  if (fn) {
    PyObject *res = PyObject_CallOneArg(fn, self);
    Py_DECREF(fn);
    if (res || PyErr_ExceptionMatches(PyExc_RuntimeWarning))
      warned = 1;
    Py_XDECREF(res);
  }
  if (PyErr_Occurred())
    PyErr_WriteUnraisable(self);
  if (!warned && PyErr_WarnFormat(PyExc_RuntimeWarning, 1, "coroutine '%S' was never awaited",
                                  g->qualname) < 0)
    PyErr_WriteUnraisable(self);
}

/* A suspended generator that is collected runs its `finally` blocks: close() (PEP 342). */
static void gen_finalize(PyObject *self) {
  PylcGenObject *g = (PylcGenObject *)self;
  if (g->state == GEN_COMPLETED)
    return;
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  if (g->kind == KIND_ASYNC_GENERATOR && g->ag_finalizer && !g->ag_closed) {
    /* The event loop's finalizer hook closes it (asyncio schedules aclose()). */
    PyObject *res = PyObject_CallOneArg(g->ag_finalizer, self);
    if (!res)
      PyErr_WriteUnraisable(self);
    else
      Py_DECREF(res);
    PyErr_Restore(type, value, tb);
    return;
  }
  if (g->state == GEN_CREATED) {
    /* A coroutine that was never awaited says so (_PyErr_WarnUnawaitedCoroutine). */
    if (g->kind == KIND_COROUTINE)
      warn_unawaited(g);
    PyErr_Restore(type, value, tb);
    return;
  }
  PyObject *res = gen_close(self, NULL);
  if (!res)
    PyErr_WriteUnraisable(self);
  else
    Py_DECREF(res);
  PyErr_Restore(type, value, tb);
}

int pylc__gen_frame_clear(PyFrameObject *f) {
  _PyInterpreterFrame *frame = f->f_frame;
  if (frame->owner != FRAME_OWNED_BY_THREAD || !frame->f_func ||
      !Py_IS_TYPE((PyObject *)frame->f_func, &PylcFunction_Type) ||
      !(frame->f_code->co_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)))
    return 0;
  /* Such a frame lives in its generator (pylc_gen_new) until it is handed to its frame
   * object when the generator finishes. */
  PylcGenObject *g = (PylcGenObject *)((char *)frame - offsetof(PylcGenObject, frame_data));
  if (g->state == GEN_RUNNING) {
    PyErr_SetString(PyExc_RuntimeError, "cannot clear an executing frame");
    return -1;
  }
  gen_finalize((PyObject *)g);
  return 1;
}

static void gen_dealloc(PyObject *self) {
  PylcGenObject *g = (PylcGenObject *)self;
  PyObject_GC_UnTrack(self);
  if (g->weakreflist)
    PyObject_ClearWeakRefs(self);
  PyObject_GC_Track(self);
  if (PyObject_CallFinalizerFromDealloc(self))
    return; /* resurrected */
  PyObject_GC_UnTrack(self);
  if (g->state != GEN_COMPLETED) {
    g->state = GEN_COMPLETED;
    destroy_body(g);
    pylc__frame_clear(gen_frame(g));
  }
  Py_CLEAR(g->func);
  Py_CLEAR(g->code);
  Py_CLEAR(g->name);
  Py_CLEAR(g->qualname);
  Py_CLEAR(g->yielded);
  Py_CLEAR(g->retval);
  Py_CLEAR(g->yieldfrom);
  Py_CLEAR(g->exc_state.exc_value);
  Py_CLEAR(g->ag_finalizer);
  Py_CLEAR(g->cr_origin);
  PyObject_GC_Del(self);
}

static PyObject *gen_self_iter(PyObject *self) { return Py_NewRef(self); }

/* A generator can be awaited only when its code has CO_ITERABLE_COROUTINE; for any other
 * the message is _PyCoro_GetAwaitableIter's for an object without am_await. */
static PyObject *gen_await(PyObject *self) {
  if (is_iterable_coroutine(self))
    return Py_NewRef(self);
  PyErr_Format(PyExc_TypeError, "object %.100s can't be used in 'await' expression",
               Py_TYPE(self)->tp_name);
  return NULL;
}

static PyAsyncMethods gen_as_async = {.am_await = gen_await};

PyTypeObject PylcGenerator_Type = {
    PyVarObject_HEAD_INIT(&PylcCompiledType_Type, 0).tp_name = "generator",
    .tp_basicsize = offsetof(PylcGenObject, frame_data),
    .tp_itemsize = sizeof(PyObject *),
    .tp_dealloc = gen_dealloc,
    .tp_as_async = &gen_as_async,
    .tp_repr = gen_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "A generator compiled to native code by pylc.",
    .tp_traverse = gen_traverse,
    .tp_weaklistoffset = offsetof(PylcGenObject, weakreflist),
    .tp_iter = gen_self_iter,
    .tp_iternext = gen_iternext,
    .tp_methods = gen_methods,
    .tp_getset = gen_getset,
    .tp_finalize = gen_finalize,
};

/* ------------------------------------------------------------------ coroutines */

/* cr_await: what the coroutine is suspended on. */
static PyObject *coro_get_await(PyObject *self, void *unused) { return gen_get_yieldfrom(self, NULL); }

static PyObject *coro_get_origin(PyObject *self, void *unused) {
  PyObject *origin = ((PylcGenObject *)self)->cr_origin;
  return Py_NewRef(origin ? origin : Py_None);
}

static PyGetSetDef coro_getset[] = {
    {"__class__", gen_get_class, NULL, NULL, NULL},
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {"cr_frame", gen_get_frame, NULL, NULL, NULL},
    {"cr_running", gen_get_running, NULL, NULL, NULL},
    {"cr_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"cr_code", gen_get_code, NULL, NULL, NULL},
    {"cr_await", coro_get_await, NULL, NULL, NULL},
    {"cr_origin", coro_get_origin, NULL, NULL, NULL},
    {NULL},
};

/* The iterator `__await__()` returns: it forwards to the coroutine (coroutine_wrapper). */
typedef struct {
  PyObject_HEAD
  PyObject *coro;
} CoroWrapper;

static PyTypeObject CoroWrapper_Type;

static PyObject *wrapper_next(PyObject *self) { return gen_iternext(((CoroWrapper *)self)->coro); }
static PyObject *wrapper_send(PyObject *self, PyObject *arg) {
  return gen_send(((CoroWrapper *)self)->coro, arg);
}
static PyObject *wrapper_throw(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
  return gen_throw(((CoroWrapper *)self)->coro, args, nargs);
}
static PyObject *wrapper_close(PyObject *self, PyObject *unused) {
  return gen_close(((CoroWrapper *)self)->coro, NULL);
}
static int wrapper_traverse(PyObject *self, visitproc visit, void *arg) {
  Py_VISIT(((CoroWrapper *)self)->coro);
  return 0;
}
static void wrapper_dealloc(PyObject *self) {
  PyObject_GC_UnTrack(self);
  Py_CLEAR(((CoroWrapper *)self)->coro);
  PyObject_GC_Del(self);
}

static PyMethodDef wrapper_methods[] = {
    {"send", wrapper_send, METH_O, NULL},
    {"throw", (PyCFunction)(void (*)(void))wrapper_throw, METH_FASTCALL, NULL},
    {"close", wrapper_close, METH_NOARGS, NULL},
    {NULL},
};

static PyTypeObject CoroWrapper_Type = {
    PyVarObject_HEAD_INIT(&PylcCompiledType_Type, 0).tp_name = "coroutine_wrapper",
    .tp_basicsize = sizeof(CoroWrapper),
    .tp_dealloc = wrapper_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = wrapper_traverse,
    .tp_iter = gen_self_iter,
    .tp_iternext = wrapper_next,
    .tp_methods = wrapper_methods,
};

static PyObject *coro_await(PyObject *self) {
  if (!(CoroWrapper_Type.tp_flags & Py_TPFLAGS_READY) && pylc__type_ready(&CoroWrapper_Type) < 0)
    return NULL;
  CoroWrapper *w = PyObject_GC_New(CoroWrapper, &CoroWrapper_Type);
  if (!w)
    return NULL;
  w->coro = Py_NewRef(self);
  PyObject_GC_Track(w);
  return (PyObject *)w;
}

static PyObject *coro_await_method(PyObject *self, PyObject *unused) { return coro_await(self); }

static PyMethodDef coro_methods[] = {
    {"send", gen_send, METH_O, NULL},
    {"throw", (PyCFunction)(void (*)(void))gen_throw, METH_FASTCALL, NULL},
    {"close", gen_close, METH_NOARGS, NULL},
    {"__await__", coro_await_method, METH_NOARGS, NULL},
    {NULL},
};

static PyAsyncMethods coro_as_async = {.am_await = coro_await};

PyTypeObject PylcCoroutine_Type = {
    PyVarObject_HEAD_INIT(&PylcCompiledType_Type, 0).tp_name = "coroutine",
    .tp_basicsize = offsetof(PylcGenObject, frame_data),
    .tp_itemsize = sizeof(PyObject *),
    .tp_dealloc = gen_dealloc,
    .tp_as_async = &coro_as_async,
    .tp_repr = gen_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "A coroutine compiled to native code by pylc.",
    .tp_traverse = gen_traverse,
    .tp_weaklistoffset = offsetof(PylcGenObject, weakreflist),
    .tp_methods = coro_methods,
    .tp_getset = coro_getset,
    .tp_finalize = gen_finalize,
};

/* ------------------------------------------------------------------ async generators */

/* What the awaitables of an async generator are doing (AwaitableState). */
enum awaitable_state { AWAITABLE_INIT, AWAITABLE_ITER, AWAITABLE_CLOSED };

/* __anext__() and asend(value): one step of the generator (async_generator_asend). */
typedef struct {
  PyObject_HEAD
  PylcGenObject *gen;
  PyObject *sendval; /* NULL for __anext__() */
  int state;
} AGenASend;

/* athrow(...) and aclose() (async_generator_athrow). */
typedef struct {
  PyObject_HEAD
  PylcGenObject *gen;
  PyObject *args; /* athrow's argument tuple; NULL for aclose() */
  int state;
} AGenAThrow;

static PyTypeObject AGenASend_Type, AGenAThrow_Type;

static int ready(PyTypeObject *type) {
  return pylc__type_ready(type) == 0;
}

/* async_gen_init_hooks: the first __anext__/asend/athrow/aclose records the thread's
 * finalizer hook and calls its firstiter hook. */
static int agen_init_hooks(PylcGenObject *g) {
  if (g->ag_hooks_inited)
    return 0;
  g->ag_hooks_inited = 1;
  PyThreadState *tstate = _PyThreadState_GET();
  if (tstate->async_gen_finalizer)
    g->ag_finalizer = Py_NewRef(tstate->async_gen_finalizer);
  PyObject *firstiter = tstate->async_gen_firstiter;
  if (firstiter) {
    Py_INCREF(firstiter);
    PyObject *res = PyObject_CallOneArg(firstiter, (PyObject *)g);
    Py_DECREF(firstiter);
    if (!res)
      return -1;
    Py_DECREF(res);
  }
  return 0;
}

/* async_gen_unwrap_value: an async yield (the body's `yield`) ends the awaitable with
 * StopIteration(value); the end of the generator is StopAsyncIteration; anything an `await`
 * in the body yields passes through. */
static PyObject *agen_unwrap(PylcGenObject *g, PyObject *result) {
  if (!result) {
    if (!PyErr_Occurred())
      PyErr_SetNone(PyExc_StopAsyncIteration);
    if (PyErr_ExceptionMatches(PyExc_StopAsyncIteration) ||
        PyErr_ExceptionMatches(PyExc_GeneratorExit))
      g->ag_closed = 1;
    g->ag_running_async = 0;
    return NULL;
  }
  if (g->wrapped) {
    _PyGen_SetStopIterationValue(result);
    Py_DECREF(result);
    g->ag_running_async = 0;
    return NULL;
  }
  return result;
}

static PyObject *asend_new(PylcGenObject *g, PyObject *sendval) {
  if (!ready(&AGenASend_Type))
    return NULL;
  AGenASend *o = PyObject_GC_New(AGenASend, &AGenASend_Type);
  if (!o)
    return NULL;
  o->gen = (PylcGenObject *)Py_NewRef((PyObject *)g);
  o->sendval = Py_XNewRef(sendval);
  o->state = AWAITABLE_INIT;
  PyObject_GC_Track(o);
  return (PyObject *)o;
}

static PyObject *athrow_new(PylcGenObject *g, PyObject *args) {
  if (!ready(&AGenAThrow_Type))
    return NULL;
  AGenAThrow *o = PyObject_GC_New(AGenAThrow, &AGenAThrow_Type);
  if (!o)
    return NULL;
  o->gen = (PylcGenObject *)Py_NewRef((PyObject *)g);
  o->args = Py_XNewRef(args);
  o->state = AWAITABLE_INIT;
  PyObject_GC_Track(o);
  return (PyObject *)o;
}

static PyObject *agen_anext(PyObject *self) {
  PylcGenObject *g = (PylcGenObject *)self;
  if (agen_init_hooks(g) < 0)
    return NULL;
  return asend_new(g, NULL);
}

static PyObject *agen_asend(PyObject *self, PyObject *arg) {
  PylcGenObject *g = (PylcGenObject *)self;
  if (agen_init_hooks(g) < 0)
    return NULL;
  return asend_new(g, arg);
}

static PyObject *agen_athrow(PyObject *self, PyObject *args) {
  PylcGenObject *g = (PylcGenObject *)self;
  if (agen_init_hooks(g) < 0)
    return NULL;
  return athrow_new(g, args);
}

static PyObject *agen_aclose(PyObject *self, PyObject *unused) {
  PylcGenObject *g = (PylcGenObject *)self;
  if (agen_init_hooks(g) < 0)
    return NULL;
  return athrow_new(g, NULL);
}

static PyObject *agen_get_running(PyObject *self, void *unused) {
  return PyBool_FromLong(((PylcGenObject *)self)->ag_running_async);
}

static PyGetSetDef agen_getset[] = {
    {"__class__", gen_get_class, NULL, NULL, NULL},
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {"ag_await", gen_get_yieldfrom, NULL, NULL, NULL},
    {"ag_frame", gen_get_frame, NULL, NULL, NULL},
    {"ag_code", gen_get_code, NULL, NULL, NULL},
    {"ag_running", agen_get_running, NULL, NULL, NULL},
    {NULL},
};

static PyMethodDef agen_methods[] = {
    {"asend", agen_asend, METH_O, NULL},
    {"athrow", agen_athrow, METH_VARARGS, NULL},
    {"aclose", agen_aclose, METH_NOARGS, NULL},
    {NULL},
};

static PyAsyncMethods agen_as_async = {.am_aiter = gen_self_iter, .am_anext = agen_anext};

PyTypeObject PylcAsyncGen_Type = {
    PyVarObject_HEAD_INIT(&PylcCompiledType_Type, 0).tp_name = "async_generator",
    .tp_basicsize = offsetof(PylcGenObject, frame_data),
    .tp_itemsize = sizeof(PyObject *),
    .tp_dealloc = gen_dealloc,
    .tp_as_async = &agen_as_async,
    .tp_repr = gen_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "An asynchronous generator compiled to native code by pylc.",
    .tp_traverse = gen_traverse,
    .tp_weaklistoffset = offsetof(PylcGenObject, weakreflist),
    .tp_methods = agen_methods,
    .tp_getset = agen_getset,
    .tp_finalize = gen_finalize,
};

/* -------------------------------------------------- __anext__() / asend() awaitables */

static PyObject *asend_send(PyObject *self, PyObject *arg) {
  AGenASend *o = (AGenASend *)self;
  if (o->state == AWAITABLE_CLOSED) {
    PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    return NULL;
  }
  if (o->state == AWAITABLE_INIT) {
    if (o->gen->ag_running_async) {
      PyErr_SetString(PyExc_RuntimeError, "anext(): asynchronous generator is already running");
      return NULL;
    }
    if (!arg || arg == Py_None)
      arg = o->sendval;
    o->state = AWAITABLE_ITER;
  }
  o->gen->ag_running_async = 1;
  PyObject *result = agen_unwrap(o->gen, gen_send((PyObject *)o->gen, arg));
  if (!result)
    o->state = AWAITABLE_CLOSED;
  return result;
}

static PyObject *asend_iternext(PyObject *self) { return asend_send(self, NULL); }

/* asend_send for a compiled `await`/`async for`: 1 with *out what an await in the body
 * passes through, 0 with *out the value of an async yield, -1 on error (the generator's
 * end is StopAsyncIteration). */
static int asend_step(PyObject *self, PyObject *arg, PyObject **out) {
  AGenASend *o = (AGenASend *)self;
  PylcGenObject *g = o->gen;
  *out = NULL;
  if (o->state == AWAITABLE_CLOSED) {
    PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    return -1;
  }
  if (o->state == AWAITABLE_INIT) {
    if (g->ag_running_async) {
      PyErr_SetString(PyExc_RuntimeError, "anext(): asynchronous generator is already running");
      return -1;
    }
    if (!arg || arg == Py_None)
      arg = o->sendval;
    o->state = AWAITABLE_ITER;
  }
  g->ag_running_async = 1;
  PyObject *result;
  if (gen_send_ex2(g, arg, 0, &result, 0) == GEN_RETURN) {
    Py_CLEAR(result);
    PyErr_SetNone(PyExc_StopAsyncIteration);
  }
  if (!result) {
    agen_unwrap(g, NULL);
    o->state = AWAITABLE_CLOSED;
    return -1;
  }
  *out = result;
  if (g->wrapped) {
    g->ag_running_async = 0;
    o->state = AWAITABLE_CLOSED;
    return 0;
  }
  return 1;
}

static PyObject *asend_throw(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
  AGenASend *o = (AGenASend *)self;
  if (o->state == AWAITABLE_CLOSED) {
    PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    return NULL;
  }
  PyObject *result = agen_unwrap(o->gen, gen_throw((PyObject *)o->gen, args, nargs));
  if (!result)
    o->state = AWAITABLE_CLOSED;
  return result;
}

static PyObject *asend_close(PyObject *self, PyObject *unused) {
  ((AGenASend *)self)->state = AWAITABLE_CLOSED;
  Py_RETURN_NONE;
}

static int asend_traverse(PyObject *self, visitproc visit, void *arg) {
  Py_VISIT(((AGenASend *)self)->gen);
  Py_VISIT(((AGenASend *)self)->sendval);
  return 0;
}

static void asend_dealloc(PyObject *self) {
  PyObject_GC_UnTrack(self);
  Py_CLEAR(((AGenASend *)self)->gen);
  Py_CLEAR(((AGenASend *)self)->sendval);
  PyObject_GC_Del(self);
}

static PyMethodDef asend_methods[] = {
    {"send", asend_send, METH_O, NULL},
    {"throw", (PyCFunction)(void (*)(void))asend_throw, METH_FASTCALL, NULL},
    {"close", asend_close, METH_NOARGS, NULL},
    {NULL},
};

static PyAsyncMethods asend_as_async = {.am_await = gen_self_iter};

static PyTypeObject AGenASend_Type = {
    PyVarObject_HEAD_INIT(&PylcCompiledType_Type, 0).tp_name = "async_generator_asend",
    .tp_basicsize = sizeof(AGenASend),
    .tp_dealloc = asend_dealloc,
    .tp_as_async = &asend_as_async,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = asend_traverse,
    .tp_iter = gen_self_iter,
    .tp_iternext = asend_iternext,
    .tp_methods = asend_methods,
};

/* -------------------------------------------------- athrow() / aclose() awaitables */

static PyObject *athrow_send(PyObject *self, PyObject *arg) {
  AGenAThrow *o = (AGenAThrow *)self;
  PylcGenObject *g = o->gen;
  PyObject *retval;
  if (o->state == AWAITABLE_CLOSED) {
    PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    return NULL;
  }
  if (g->state == GEN_COMPLETED) {
    o->state = AWAITABLE_CLOSED;
    PyErr_SetNone(PyExc_StopIteration);
    return NULL;
  }
  if (o->state == AWAITABLE_INIT) {
    if (g->ag_running_async) {
      o->state = AWAITABLE_CLOSED;
      PyErr_SetString(PyExc_RuntimeError,
                      o->args ? "athrow(): asynchronous generator is already running"
                              : "aclose(): asynchronous generator is already running");
      return NULL;
    }
    if (g->ag_closed) {
      o->state = AWAITABLE_CLOSED;
      PyErr_SetNone(PyExc_StopAsyncIteration);
      return NULL;
    }
    if (arg != Py_None) {
      PyErr_SetString(PyExc_RuntimeError, "can't send non-None value to a just-started coroutine");
      return NULL;
    }
    o->state = AWAITABLE_ITER;
    g->ag_running_async = 1;
    if (!o->args) {
      /* aclose(): GeneratorExit at the suspension point, the delegate not closed first. */
      g->ag_closed = 1;
      retval = gen_throw_impl(g, 0, PyExc_GeneratorExit, NULL, NULL);
      if (retval && g->wrapped) {
        Py_DECREF(retval);
        goto yield_close;
      }
    } else {
      PyObject *typ, *tb = NULL, *val = NULL;
      if (!PyArg_UnpackTuple(o->args, "athrow", 1, 3, &typ, &val, &tb))
        return NULL;
      retval = agen_unwrap(g, gen_throw_impl(g, 0, typ, val, tb));
    }
    if (!retval)
      goto check_error;
    return retval;
  }
  retval = gen_send((PyObject *)g, arg);
  if (o->args)
    return agen_unwrap(g, retval);
  if (!retval)
    goto check_error;
  if (g->wrapped) {
    Py_DECREF(retval);
    goto yield_close;
  }
  return retval;

yield_close:
  g->ag_running_async = 0;
  o->state = AWAITABLE_CLOSED;
  PyErr_SetString(PyExc_RuntimeError, "async generator ignored GeneratorExit");
  return NULL;

check_error:
  g->ag_running_async = 0;
  o->state = AWAITABLE_CLOSED;
  if (!o->args && (PyErr_ExceptionMatches(PyExc_StopAsyncIteration) ||
                   PyErr_ExceptionMatches(PyExc_GeneratorExit))) {
    /* aclose() is done: its await ends with StopIteration. */
    PyErr_Clear();
    PyErr_SetNone(PyExc_StopIteration);
  }
  return NULL;
}

static PyObject *athrow_iternext(PyObject *self) { return athrow_send(self, Py_None); }

static PyObject *athrow_throw(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
  AGenAThrow *o = (AGenAThrow *)self;
  PylcGenObject *g = o->gen;
  if (o->state == AWAITABLE_CLOSED) {
    PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    return NULL;
  }
  PyObject *retval = gen_throw((PyObject *)g, args, nargs);
  if (o->args)
    return agen_unwrap(g, retval);
  if (retval && g->wrapped) {
    g->ag_running_async = 0;
    o->state = AWAITABLE_CLOSED;
    Py_DECREF(retval);
    PyErr_SetString(PyExc_RuntimeError, "async generator ignored GeneratorExit");
    return NULL;
  }
  if (!retval && (PyErr_ExceptionMatches(PyExc_StopAsyncIteration) ||
                  PyErr_ExceptionMatches(PyExc_GeneratorExit))) {
    PyErr_Clear();
    PyErr_SetNone(PyExc_StopIteration);
  }
  return retval;
}

static PyObject *athrow_close(PyObject *self, PyObject *unused) {
  ((AGenAThrow *)self)->state = AWAITABLE_CLOSED;
  Py_RETURN_NONE;
}

static int athrow_traverse(PyObject *self, visitproc visit, void *arg) {
  Py_VISIT(((AGenAThrow *)self)->gen);
  Py_VISIT(((AGenAThrow *)self)->args);
  return 0;
}

static void athrow_dealloc(PyObject *self) {
  PyObject_GC_UnTrack(self);
  Py_CLEAR(((AGenAThrow *)self)->gen);
  Py_CLEAR(((AGenAThrow *)self)->args);
  PyObject_GC_Del(self);
}

static PyMethodDef athrow_methods[] = {
    {"send", athrow_send, METH_O, NULL},
    {"throw", (PyCFunction)(void (*)(void))athrow_throw, METH_FASTCALL, NULL},
    {"close", athrow_close, METH_NOARGS, NULL},
    {NULL},
};

static PyAsyncMethods athrow_as_async = {.am_await = gen_self_iter};

static PyTypeObject AGenAThrow_Type = {
    PyVarObject_HEAD_INIT(&PylcCompiledType_Type, 0).tp_name = "async_generator_athrow",
    .tp_basicsize = sizeof(AGenAThrow),
    .tp_dealloc = athrow_dealloc,
    .tp_as_async = &athrow_as_async,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = athrow_traverse,
    .tp_iter = gen_self_iter,
    .tp_iternext = athrow_iternext,
    .tp_methods = athrow_methods,
};

/* _PyCoro_GetAwaitableIter, with GET_AWAITABLE's messages: `where` is its oparg, 1 after
 * __aenter__, 2 after __aexit__. */
static PyObject *get_awaitable_iter(PyObject *obj, int where) {
  if (PyCoro_CheckExact(obj) || Py_IS_TYPE(obj, &PylcCoroutine_Type))
    return Py_NewRef(obj);
  if (is_iterable_coroutine(obj))
    return Py_NewRef(obj);
  /* (A generator's am_await only serves CPython's C code; see gen_await.) */
  unaryfunc getter = Py_TYPE(obj)->tp_as_async && !Py_IS_TYPE(obj, &PylcGenerator_Type)
                         ? Py_TYPE(obj)->tp_as_async->am_await
                         : NULL;
  if (!getter) {
    if (where == 1)
      PyErr_Format(PyExc_TypeError,
                   "'async with' received an object from __aenter__ that does not implement "
                   "__await__: %.100s",
                   Py_TYPE(obj)->tp_name);
    else if (where == 2)
      PyErr_Format(PyExc_TypeError,
                   "'async with' received an object from __aexit__ that does not implement "
                   "__await__: %.100s",
                   Py_TYPE(obj)->tp_name);
    else
      PyErr_Format(PyExc_TypeError, "object %.100s can't be used in 'await' expression",
                   Py_TYPE(obj)->tp_name);
    return NULL;
  }
  PyObject *res = getter(obj);
  if (!res)
    return NULL;
  if (PyCoro_CheckExact(res) || Py_IS_TYPE(res, &PylcCoroutine_Type) ||
      is_iterable_coroutine(res)) {
    PyErr_SetString(PyExc_TypeError, "__await__() returned a coroutine");
    Py_DECREF(res);
    return NULL;
  }
  if (!PyIter_Check(res)) {
    PyErr_Format(PyExc_TypeError, "__await__() returned non-iterator of type '%.100s'",
                 Py_TYPE(res)->tp_name);
    Py_DECREF(res);
    return NULL;
  }
  return res;
}

/* GET_AWAITABLE: a coroutine already awaited elsewhere cannot be awaited again. */
PyObject *pylc_get_awaitable(PyObject *obj, int where) {
  if (Py_IS_TYPE(obj, &PylcCoroutine_Type) && gen_yf((PylcGenObject *)obj)) {
    PyErr_SetString(PyExc_RuntimeError, "coroutine is being awaited already");
    return NULL;
  }
  return get_awaitable_iter(obj, where);
}

/* GET_AITER */
PyObject *pylc_get_aiter(PyObject *obj) {
  PyTypeObject *type = Py_TYPE(obj);
  unaryfunc getter = type->tp_as_async ? type->tp_as_async->am_aiter : NULL;
  if (!getter) {
    PyErr_Format(PyExc_TypeError, "'async for' requires an object with __aiter__ method, got %.100s",
                 type->tp_name);
    return NULL;
  }
  PyObject *iter = getter(obj);
  if (!iter)
    return NULL;
  if (!Py_TYPE(iter)->tp_as_async || !Py_TYPE(iter)->tp_as_async->am_anext) {
    PyErr_Format(PyExc_TypeError,
                 "'async for' received an object from __aiter__ that does not implement "
                 "__anext__: %.100s",
                 Py_TYPE(iter)->tp_name);
    Py_DECREF(iter);
    return NULL;
  }
  return iter;
}

/* GET_ANEXT: the awaitable of the next item. */
PyObject *pylc_get_anext(PyObject *aiter) {
  PyTypeObject *type = Py_TYPE(aiter);
  if (PyAsyncGen_CheckExact(aiter) || type == &PylcAsyncGen_Type)
    return type->tp_as_async->am_anext(aiter);
  unaryfunc getter = type->tp_as_async ? type->tp_as_async->am_anext : NULL;
  if (!getter) {
    PyErr_Format(PyExc_TypeError, "'async for' requires an iterator with __anext__ method, got %.100s",
                 type->tp_name);
    return NULL;
  }
  PyObject *next = getter(aiter);
  if (!next)
    return NULL;
  PyObject *awaitable = get_awaitable_iter(next, 0);
  if (!awaitable) {
    _PyErr_FormatFromCause(PyExc_TypeError,
                           "'async for' received an invalid object from __anext__: %.100s",
                           Py_TYPE(next)->tp_name);
    Py_DECREF(next);
    return NULL;
  }
  Py_DECREF(next);
  return awaitable;
}

int pylc_exc_is_stop_async(PyObject *exc) {
  return PyErr_GivenExceptionMatches(exc, PyExc_StopAsyncIteration);
}
