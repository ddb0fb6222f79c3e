/* The ABI between code that pylc generates and the runtime library every compiled
 * program links (libpylcrt.a). The LLVM backend declares these functions by name, so a
 * change here is a change in llvm-backend/RuntimeABI.cpp too.
 *
 * Conventions, as in the CPython C API: a PyObject* result is a new reference, NULL
 * with an exception set on error; an int result is 0 on success and -1 on error.
 * Arguments are borrowed unless a comment says a reference is stolen.
 * The runtime is C11 and depends on nothing of the compiler. */
#ifndef PYLC_RUNTIME_H
#define PYLC_RUNTIME_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ constants */

enum pylc_const_kind {
  PYLC_CONST_NONE = 0,
  PYLC_CONST_TRUE = 1,
  PYLC_CONST_FALSE = 2,
  PYLC_CONST_ELLIPSIS = 3,
  PYLC_CONST_INT = 4,        /* data: decimal digits or "0x" hex digits, optional leading '-' */
  PYLC_CONST_FLOAT = 5,      /* number */
  PYLC_CONST_COMPLEX = 6,    /* real, number (the imaginary part) */
  PYLC_CONST_STR = 7,        /* data/len: UTF-8; always interned */
  PYLC_CONST_BYTES = 8,      /* data/len: raw bytes */
  PYLC_CONST_TUPLE = 9,      /* items/len: the items */
  PYLC_CONST_FROZENSET = 10, /* items/len: what the set is built from, in that order */
};

/* One entry of a module's constant table. Tuples and frozensets name their items by their
 * indices in the same table; every index is below the entry's own, so a table is created
 * front to back. */
typedef struct {
  int kind;
  const char *data;
  Py_ssize_t len; /* bytes of data; items of a tuple or frozenset */
  double number;
  double real;
  const int *items; /* tuple and frozenset items: table indices */
} pylc_constdesc;

/* Creates n constants into out[0..n). The objects live until the process ends. */
int pylc_init_consts(const pylc_constdesc *descs, int n, PyObject **out);

/* The native body of a compiled function. `params` holds exactly nparams borrowed
 * references in co_varnames order; *args is a tuple and **kwargs a dict. */
typedef PyObject *(*pylc_impl)(PyObject *func, PyObject *const *params);

/* ------------------------------------------------------------------ code objects */

enum pylc_func_flags {
  PYLC_VARARGS = 1,     /* has *args */
  PYLC_VARKEYWORDS = 2, /* has **kwargs */
  /* Added by the runtime: a module or class body (runs with a locals mapping). Code named
   * "<module>" is treated as such without the flag. */
  PYLC_UNOPTIMIZED = 4,
  PYLC_GENERATOR = 8,
  PYLC_COROUTINE = 16,
  PYLC_ASYNC_GENERATOR = 32,
  PYLC_NESTED = 64,
  /* A module's body: its RESUME is at line 0 (CPython's position (0, 1, 0, 0)), and the
   * sites' line table starts from that line. */
  PYLC_MODULE_BODY = 128,
};

/* Slot kinds, as CPython's CO_FAST_LOCAL / CO_FAST_CELL / CO_FAST_FREE. */
enum pylc_slot_kind { PYLC_SLOT_LOCAL = 0x20, PYLC_SLOT_CELL = 0x40, PYLC_SLOT_FREE = 0x80 };

/* Everything static about one compiled function (or module body). The generated code
 * emits one of these per `def` as a constant global. */
typedef struct {
  const char *name;     /* co_name / __name__, e.g. "f" or "<module>" */
  const char *qualname; /* co_qualname / __qualname__ */
  int firstlineno;
  int argcount;        /* positional parameters, positional-only included */
  int posonlyargcount; /* of which positional-only */
  int kwonlyargcount;
  int flags; /* pylc_func_flags */
  /* co_varnames: the parameters in CPython's order (positional, keyword-only, *args,
   * **kwargs), then the other local variables. nparams = argcount + kwonlyargcount +
   * (flags & VARARGS ? 1 : 0) + (flags & VARKEYWORDS ? 1 : 0). */
  int nvarnames;
  const char *const *varnames;
  /* Per name, what kind of slot it is (co_localspluskinds): NULL when all are plain locals.
   * Slots are ordered as CPython orders localsplus: plain locals (parameters first, a
   * parameter that is also a cell has LOCAL|CELL), then the other cells, then the free
   * variables (the closure's cells, in co_freevars order). */
  const unsigned char *kinds;
  /* The line table (CPython 3.11 format) of the raising sites: site i is a code unit of its
   * own, after the prologue (MAKE_CELL/COPY_FREE_VARS/RESUME) that pylc_code_new adds, so a
   * frame stopped at site i shows that site's position. */
  const unsigned char *linetable;
  int linetable_len;
  int nsites; /* number of code units */
  const char *doc; /* __doc__, may be NULL */
  /* co_names: the global, attribute and module names the code uses. */
  int nnames;
  const char *const *names;
  /* The functions (lambdas, comprehensions, class bodies) defined in this one: where the
   * module keeps their code objects, each made before this one's. They follow the docstring
   * in co_consts, as CPython's compiler puts them there. */
  int nchildren;
  PyObject **const *children;
  pylc_impl impl; /* the native body, so the interpreter can run the code alone */
} pylc_funcdesc;

/* A real code object for `desc`: co_code is the prologue CPython would emit (MAKE_CELL per
 * cell, COPY_FREE_VARS, RESUME) followed by one NOP per raising site. The generated code
 * points its frame's instruction pointer at unit `resume + 1 + site`. */
PyObject *pylc_code_new(const pylc_funcdesc *desc, PyObject *filename);

/* ------------------------------------------------------------------ functions */

/* The runtime type of compiled functions: __name__ "compiled_function", tp_name "function". */
extern PyTypeObject PylcFunction_Type;

/* A compiled function object: vectorcall binds arguments exactly as CPython does
 * (same error messages), then calls impl. defaults (a tuple), kwdefaults (a dict), closure
 * (a tuple of cells, one per free variable) and annotations (a dict) may be NULL; they are
 * borrowed. __module__ is taken from globals["__name__"]. */
PyObject *pylc_function_new(const pylc_funcdesc *desc, pylc_impl impl, PyObject *code,
                            PyObject *globals, PyObject *defaults, PyObject *kwdefaults,
                            PyObject *closure, PyObject *annotations);
/* Runs a compiled body that has a locals mapping (a module body with its globals, a class
 * body with its namespace): the mapping is the body's single parameter. A class body returns
 * its __class__ cell or None. */
PyObject *pylc_call_body(PyObject *body, PyObject *locals);

/* ------------------------------------------------------------------ frames */

/* The interpreter frame of a compiled call lives in the caller-provided memory `frame`:
 * the specials of CPython 3.11's _PyInterpreterFrame followed by `nlocalsplus` local slots
 * (co_nlocalsplus of the function's code). Push links it as the thread's current frame and
 * copies the closure's cells into the free-variable slots (the last ones; the caller zeroes
 * the others right after the push, before anything can look at them); pop
 * unlinks it and releases the slots, or hands them to the frame object if one is still
 * referenced. `locals` is the locals mapping of a module or class body, else NULL. */
struct _PyInterpreterFrame;
/* Push returns the tracing flag of the C frame the call runs in (see pylc_trace_line); it
 * fails (NULL, RecursionError set, nothing linked) past the recursion limit. */
const uint8_t *pylc_frame_push(struct _PyInterpreterFrame *frame, PyObject *func,
                               PyObject *locals, int nlocalsplus);
void pylc_frame_pop(struct _PyInterpreterFrame *frame);
/* sys.settrace/sys.setprofile (runtime/tracing.c). While the flag is set, the body calls
 * pylc_trace_line at the first code unit of each source line it reaches (a call's first
 * one also reports the 'call' event); -1 when a trace function raised. Returns go through
 * pylc_frame_return, which reports 'return' and pops (NULL: the trace function raised, the
 * value is released), and exceptions that leave the call through pylc_frame_unwind. */
/* `loop_header`: the line starts a block that backward jumps reach (a loop's test), traced
 * again when entered from later code even if the line is the same. */
int pylc_trace_line(struct _PyInterpreterFrame *frame, _Py_CODEUNIT *unit, int loop_header);
/* The interpreter's eval breaker (runtime/pending.c), non-zero when a signal, a pending
 * call, a GIL drop request or an asynchronous exception waits. A backward jump tests it
 * and, when set, calls pylc_eval_check, which does the pending work (-1: it raised). */
extern const int *pylc_eval_breaker;
int pylc_eval_check(void);
PyObject *pylc_frame_return(struct _PyInterpreterFrame *frame, PyObject *value);
void pylc_frame_unwind(struct _PyInterpreterFrame *frame);
/* Adds the traceback entry of `frame` stopped at its current instruction. */
void pylc_frame_traceback(struct _PyInterpreterFrame *frame);

/* ------------------------------------------------------------------ generators */

/* The generated body of a generator function is an LLVM coroutine (switched-resume
 * lowering; its frame starts with the resume and destroy function pointers). Its ramp
 * creates the generator object with pylc_gen_new (the interpreter frame with `nslots`
 * slots lives inside it, initialised as pylc_frame_push does but not linked), records its
 * coroutine frame with pylc_gen_set_handle, binds the arguments into the slots of
 * pylc_gen_frame and suspends. The runtime links the frame and resumes the body for each
 * send/throw/close; the body reports back through these calls. */
/* kind: 0 a generator, 1 a coroutine (async def), 2 an async generator. */
PyObject *pylc_gen_new(PyObject *func, int nslots, int kind);
void pylc_gen_set_handle(PyObject *gen, void *handle);
struct _PyInterpreterFrame *pylc_gen_frame(PyObject *gen);
/* `yield value` (steals value), then the body suspends. */
void pylc_gen_yield(PyObject *gen, PyObject *value);
/* `yield from iter` (steals iter): the runtime delegates until iter is done, then resumes
 * the body with its result. */
void pylc_gen_delegate(PyObject *gen, PyObject *iter);
/* After a resume: the value sent in (new reference), or NULL with the exception that
 * throw() raises at the suspension point. *tracing is the flag pylc_frame_push returns,
 * for the C frame this resume runs in. */
PyObject *pylc_gen_resumed(PyObject *gen, const uint8_t **tracing);
/* The body is done: `value` (stolen) is its return value, NULL when it raised. It then
 * reaches its final suspension. */
void pylc_gen_return(PyObject *gen, PyObject *value);
/* GET_YIELD_FROM_ITER. */
PyObject *pylc_yield_from_iter(PyObject *iterable);
extern PyTypeObject PylcGenerator_Type;
/* `async def` bodies are the same machinery behind compiled_coroutine (awaitable through
 * __await__/am_await; `await x` delegates to pylc_get_awaitable(x) as yield from does). */
extern PyTypeObject PylcCoroutine_Type;
PyObject *pylc_get_awaitable(PyObject *obj, int where); /* where: 1 __aenter__, 2 __aexit__ */
/* `async def` bodies with `yield` (and asynchronous generator expressions) are
 * compiled_async_generator: pylc_gen_yield is an async yield (it ends the awaitable of
 * __anext__/asend with the value), pylc_gen_delegate an await (what the delegate yields
 * goes on to the event loop). */
extern PyTypeObject PylcAsyncGen_Type;
/* `async for`: GET_AITER, GET_ANEXT, and whether an exception ends the loop. */
PyObject *pylc_get_aiter(PyObject *obj);
PyObject *pylc_get_anext(PyObject *aiter);
int pylc_exc_is_stop_async(PyObject *exc);

/* ------------------------------------------------------------------ names */

/* globals[name], then builtins[name]; NameError "name 'x' is not defined" otherwise
 * (with the exception's .name set, so 3.11 can suggest a similar name). */
PyObject *pylc_load_global(PyObject *globals, PyObject *name);
int pylc_store_global(PyObject *globals, PyObject *name, PyObject *value);
int pylc_delete_global(PyObject *globals, PyObject *name); /* NameError if unbound */
/* Sets UnboundLocalError for local `name` (always returns NULL). */
PyObject *pylc_raise_unbound_local(PyObject *name);
/* Added by the runtime: NameError "cannot access free variable 'x' where it is not
 * associated with a value in enclosing scope" for an empty closure cell (returns NULL). */
PyObject *pylc_raise_unbound_free(PyObject *name);
/* Added by the runtime: LOAD_NAME / STORE_NAME / DELETE_NAME for class bodies and other
 * code that runs with a locals mapping (locals, then globals, then builtins). */
PyObject *pylc_load_name(PyObject *locals, PyObject *globals, PyObject *name);
int pylc_store_name(PyObject *locals, PyObject *name, PyObject *value);
int pylc_delete_name(PyObject *locals, PyObject *name);
/* LOAD_CLASSDEREF: a class body's free variable is looked up in its namespace first, then
 * in the cell; NameError (free variable) when the cell is empty. */
PyObject *pylc_load_classderef(PyObject *locals, PyObject *cell, PyObject *name);
/* SETUP_ANNOTATIONS: locals["__annotations__"] = {} unless it is there already. */
int pylc_setup_annotations(PyObject *locals);

/* A per-site cache of a global lookup (zero-initialised by the generated code). */
typedef struct {
  uint64_t globals_version, builtins_version;
  PyObject *builtins; /* borrowed */
  PyObject *value;    /* borrowed; NULL: empty */
} pylc_global_cache;
PyObject *pylc_load_global_cached(PyObject *globals, PyObject *name, pylc_global_cache *cache);

/* A per-site cache of an attribute load or store or a method load: up to four types, keyed
 * on their version tags, so that a site that sees a few subclasses stays cached, or modules,
 * keyed on their dict's version tag (zero-initialised by the generated code; attrs.c). */
typedef struct {
  struct {
    uint64_t key;     /* the type's tp_version_tag, or a module dict's tag | 1 << 63; 0: empty */
    int64_t index;    /* the name's index in the type's shared keys, or their size */
    PyObject *descr;  /* borrowed: the method found in the type, the module's attribute */
  } entries[4];
} pylc_attr_cache;
/* PyObject_GetAttr / PyObject_SetAttr / pylc_method_load with a cache. */
PyObject *pylc_getattr_cached(PyObject *obj, PyObject *name, pylc_attr_cache *cache);
int pylc_setattr_cached(PyObject *obj, PyObject *name, PyObject *value, pylc_attr_cache *cache);
PyObject *pylc_method_load_cached(PyObject *obj, PyObject *name, int *unbound,
                                  pylc_attr_cache *cache);

/* ------------------------------------------------------------------ fast paths */

/* Exact CPython semantics, with inline paths for small ints and floats (fastpath.c). */
PyObject *pylc_add(PyObject *a, PyObject *b);
PyObject *pylc_sub(PyObject *a, PyObject *b);
PyObject *pylc_mul(PyObject *a, PyObject *b);
PyObject *pylc_floordiv(PyObject *a, PyObject *b);
PyObject *pylc_mod(PyObject *a, PyObject *b);
PyObject *pylc_truediv(PyObject *a, PyObject *b);
PyObject *pylc_and(PyObject *a, PyObject *b);
PyObject *pylc_or(PyObject *a, PyObject *b);
PyObject *pylc_xor(PyObject *a, PyObject *b);
PyObject *pylc_iadd(PyObject *a, PyObject *b);
PyObject *pylc_isub(PyObject *a, PyObject *b);
PyObject *pylc_imul(PyObject *a, PyObject *b);
PyObject *pylc_ifloordiv(PyObject *a, PyObject *b);
PyObject *pylc_imod(PyObject *a, PyObject *b);
PyObject *pylc_itruediv(PyObject *a, PyObject *b);
PyObject *pylc_lshift(PyObject *a, PyObject *b);
PyObject *pylc_rshift(PyObject *a, PyObject *b);
PyObject *pylc_ilshift(PyObject *a, PyObject *b);
PyObject *pylc_irshift(PyObject *a, PyObject *b);
PyObject *pylc_richcompare(PyObject *a, PyObject *b, int op);
/* The truth of a comparison without creating its result object: 1, 0, or -1 on error. */
int pylc_richcompare_bool(PyObject *a, PyObject *b, int op);
PyObject *pylc_getitem(PyObject *container, PyObject *key);
/* obj.name(...) without a bound-method object, as LOAD_METHOD / CALL do: the lookup
 * returns the attribute and sets *unbound when it is a function that needs `self`. The
 * call then passes self in args[-1], which must be writable. */
/* PyObject_Vectorcall, calling a compiled function's body directly when the arguments are
 * positional and match its parameters (function.c). */
PyObject *pylc_call(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames);
PyObject *pylc_method_load(PyObject *obj, PyObject *name, int *unbound);
PyObject *pylc_call_method(PyObject *meth, int unbound, PyObject *self, PyObject **args,
                           size_t nargs, PyObject *kwnames);
int pylc_setitem(PyObject *container, PyObject *key, PyObject *value);

/* ------------------------------------------------------------------ operations */

/* PyObject_IsTrue with the True/False/None fast path inline. */
int pylc_is_true(PyObject *v);
/* `in` / `not in`: Py_True or Py_False (new reference). */
PyObject *pylc_contains(PyObject *container, PyObject *item, int negate);

/* Sequence unpacking with CPython's messages; returns a tuple of exactly n items. */
PyObject *pylc_unpack(PyObject *seq, Py_ssize_t n);
/* `a, *b, c = seq`: a tuple of before + 1 + after items, a list at index `before`. */
PyObject *pylc_unpack_ex(PyObject *seq, Py_ssize_t before, Py_ssize_t after);

/* next(it): a new reference; NULL without an exception when exhausted (StopIteration
 * is cleared); NULL with an exception on error. */
PyObject *pylc_iter_next(PyObject *it);

/* Builders. The items' references are stolen, also on error. */
PyObject *pylc_build_tuple(PyObject **items, Py_ssize_t n);
PyObject *pylc_build_list(PyObject **items, Py_ssize_t n);
PyObject *pylc_build_set(PyObject **items, Py_ssize_t n);
PyObject *pylc_build_dict(PyObject **keys, PyObject **values, Py_ssize_t n);
PyObject *pylc_build_slice(PyObject *lower, PyObject *upper, PyObject *step); /* borrowed */
/* Star displays: [*a], {*a}, {**m}, f(*a, **m). */
int pylc_list_extend(PyObject *list, PyObject *iterable); /* "Value after * must be an iterable, not int" */
int pylc_set_update(PyObject *set, PyObject *iterable);
int pylc_dict_update(PyObject *dict, PyObject *mapping); /* "'int' object is not a mapping" */
PyObject *pylc_list_to_tuple(PyObject *list);

/* f-strings: conversion is -1, 's', 'r' or 'a'; spec may be NULL. */
PyObject *pylc_format(PyObject *value, int conversion, PyObject *spec);
/* Concatenates n str objects (borrowed). */
PyObject *pylc_build_string(PyObject *const *parts, Py_ssize_t n);

/* ------------------------------------------------------------------ pattern matching */

/* The primitives of `match` (PEP 634), as CPython 3.11's MATCH_* opcodes. All arguments
 * are borrowed. */
/* MATCH_SEQUENCE / MATCH_MAPPING: 1 when the subject's type has Py_TPFLAGS_SEQUENCE (list,
 * tuple, range, memoryview, array, deque, collections.abc.Sequence subclasses and
 * registered classes; never str, bytes or bytearray) / Py_TPFLAGS_MAPPING, else 0. Cannot
 * fail. */
int pylc_match_sequence(PyObject *subject);
int pylc_match_mapping(PyObject *subject);
/* GET_LEN: len(subject) as an int (new reference), NULL on error. */
PyObject *pylc_match_len(PyObject *subject);
/* MATCH_KEYS: the values of the keys (a tuple of str/int/... keys) in `map`, looked up
 * with map.get(key, sentinel), as a tuple (new reference); Py_None (new reference) when a
 * key is missing. NULL on error: ValueError "mapping pattern checks duplicate key (%R)"
 * when two keys are equal, or what get() raised. */
PyObject *pylc_match_keys(PyObject *map, PyObject *keys);
/* MATCH_CLASS: isinstance(subject, type), then nargs positional sub-patterns' attributes
 * named by type.__match_args__ (or the subject itself, for the builtins that match
 * themselves) and the attributes named by the tuple `names`. Returns the tuple of the
 * nargs + len(names) attributes (new reference), or Py_None (new reference) when there is
 * no match (not an instance, an attribute missing). NULL on error, with CPython's
 * TypeErrors: "called match pattern must be a type", "%s.__match_args__ must be a tuple
 * (got %s)", "%s() accepts %d positional sub-pattern%s (%d given)", "__match_args__
 * elements must be strings (got %s)", "%s() got multiple sub-patterns for attribute %R". */
PyObject *pylc_match_class(PyObject *subject, PyObject *type, Py_ssize_t nargs,
                           PyObject *names);
/* The `**rest` of a mapping pattern: a new dict updated from `subject` (TypeError "'T'
 * object is not a mapping" as DICT_UPDATE) without the keys of the tuple `keys` (KeyError
 * for one it lacks). Returns the dict (new reference), NULL on error. */
PyObject *pylc_match_rest(PyObject *subject, PyObject *keys);

/* ------------------------------------------------------------------ calls */

/* f(*args, **kwargs) where args is a tuple and kwargs a dict or NULL. */
PyObject *pylc_call_ex(PyObject *func, PyObject *args, PyObject *kwargs);
/* Merges a `**mapping` argument into the call's kwargs dict, with CPython's messages
 * ("argument after ** must be a mapping, not int", "f() got multiple values for
 * keyword argument 'x'"). */
int pylc_merge_kwargs(PyObject *kwargs, PyObject *mapping, PyObject *func);
/* Converts a `*iterable` argument to a list to extend ("f() argument after * must be
 * an iterable, not int"). */
/* CALL_FUNCTION_EX's positional arguments from a sole `*x`: x itself when it is a tuple,
 * else tuple(x), with check_args_iterable's message naming func when x is not iterable.
 * New reference. */
PyObject *pylc_call_args_tuple(PyObject *iterable, PyObject *func);

/* ------------------------------------------------------------------ imports */

PyObject *pylc_import_name(PyObject *globals, PyObject *name, PyObject *fromlist, int level);
PyObject *pylc_import_from(PyObject *module, PyObject *name); /* CPython's import_from */
int pylc_import_star(PyObject *globals, PyObject *module);

/* ------------------------------------------------------------------ exceptions */

/* `raise exc from cause`; exc may be a class or an instance, cause NULL when absent.
 * Always returns with an exception set. */
void pylc_raise(PyObject *exc, PyObject *cause);
/* Bare `raise`: re-raises the handled exception, or RuntimeError("No active exception
 * to reraise"). */
void pylc_reraise(void);
/* A failed `assert`: AssertionError(msg), or AssertionError() when msg is NULL. */
void pylc_raise_assertion(PyObject *msg);

/* ------------------------------------------------------------------ exception handlers */

/* The steps of try/except/finally (CPython 3.11's exception_unwind, PUSH_EXC_INFO,
 * POP_EXCEPT, CHECK_EXC_MATCH, RERAISE). A handler that catches runs as
 *     exc = pylc_exc_fetch(); prev = pylc_exc_push(exc);
 *     ... pylc_exc_match(exc, T) ... body ...
 *     pylc_exc_pop(prev);                          (also on every way out of the handler)
 * and re-raising what it caught is pylc_exc_pop(prev) then pylc_exc_reraise(exc). */

/* Takes the exception being raised, as the interpreter does before it jumps to a handler:
 * fetches and normalises it, stores the traceback in the instance (__traceback__, None
 * when there is none) and clears the error indicator. Returns the exception instance (new
 * reference). Must be called with an exception set (NULL with SystemError otherwise). */
PyObject *pylc_exc_fetch(void);
/* Makes `exc` (an exception instance, borrowed) the handled exception: what
 * sys.exc_info(), sys.exception(), a bare `raise` and the __context__ of exceptions raised
 * meanwhile see. Returns the previously handled exception (new reference; Py_None when
 * there was none), which must be passed to pylc_exc_pop exactly once. Cannot fail. */
PyObject *pylc_exc_push(PyObject *exc);
/* Restores the handled exception to `prev` (a result of pylc_exc_push, stolen). */
void pylc_exc_pop(PyObject *prev);
/* `except T:` for the exception instance `exc` (borrowed) and T (borrowed): 1 when it
 * matches, 0 when not, -1 with TypeError "catching classes that do not inherit from
 * BaseException is not allowed" when T, or an item of a tuple T, is not an exception
 * class. */
int pylc_exc_match(PyObject *exc, PyObject *type);
/* Raises the exception instance `exc` (borrowed) again with its own __traceback__, adding
 * no traceback entry (the raising site must not add one either). Always returns with an
 * exception set. */
void pylc_exc_reraise(PyObject *exc);

/* except* (CHECK_EG_MATCH, PREP_RERAISE_STAR). The handler runs
 *     orig = pylc_exc_fetch(); prev = pylc_exc_push(orig);
 *     raised = []; rest = orig (new reference)
 *     for each clause:  m = pylc_exc_star_match(rest, T, &match, &new_rest);
 *                       rest = new_rest (the old rest released)
 *                       if m == 1: run the body (`as` name = match); if it raises, append
 *                                  pylc_exc_fetch() to raised; release match
 *     append rest to raised (None when everything was handled)
 *     r = pylc_exc_prep_reraise_star(orig, raised)
 *     pylc_exc_pop(prev); if r is not None: pylc_exc_reraise(r)
 * (a bare `raise` in a clause's body re-raises the handled `match`, which is then found
 * to be a re-raise by its metadata). */

/* Matches `exc_value` (an exception instance, or None once an earlier clause took
 * everything; borrowed) against T (borrowed). Returns 1 on a match: *match is the matching
 * part (an exception group; a naked exception is wrapped in ExceptionGroup("", (exc,)),
 * which as in 3.11 gets no traceback of its own), *rest the part left for the next clause
 * or None, and the handled exception becomes *match (sys.exception() in the clause's
 * body). Returns 0 when nothing matches: *match = None and *rest = exc_value. Both are new
 * references. Returns -1 with *match = *rest = NULL on error: T is checked as by
 * pylc_exc_match, and a T that is or holds a BaseExceptionGroup subclass is TypeError
 * "catching ExceptionGroup with except* is not allowed. Use except instead.". */
int pylc_exc_star_match(PyObject *exc_value, PyObject *type, PyObject **match,
                        PyObject **rest);
/* The exception a try-except* raises at its end (CPython's _PyExc_PrepReraiseStar).
 * `orig` (borrowed) is the exception the handler caught; `raised_list` (a list, borrowed)
 * holds what the clauses' bodies raised or re-raised, then the final rest (items may be
 * None). Re-raised parts are recognised by carrying orig's metadata (the same
 * __traceback__, __context__, __cause__ objects) and keep their nesting within orig; newly
 * raised exceptions become their siblings in a new ExceptionGroup("") (even a single one,
 * as in 3.11). When orig was a naked exception, the first item is returned as it is. Returns the exception to raise,
 * or Py_None when there is none (new reference); NULL on error. */
PyObject *pylc_exc_prep_reraise_star(PyObject *orig, PyObject *raised_list);

/* ------------------------------------------------------------------ with */

/* `with mgr:` (BEFORE_WITH): looks up __enter__ then __exit__ on the type of `mgr`
 * (borrowed), binds both, then calls __enter__(). Returns its result (new reference) and
 * stores the bound __exit__ (new reference) in *exit. On error returns NULL with
 * *exit = NULL: TypeError "'T' object does not support the context manager protocol"
 * (no __enter__) or "... protocol (missed __exit__ method)", or what __enter__ raised. */
PyObject *pylc_with_enter(PyObject *mgr, PyObject **exit);
/* Calls the bound __exit__ `exit` (borrowed). With exc == NULL (the body finished, or left
 * by return/break/continue): exit(None, None, None), result discarded; returns 0, or -1
 * with its exception. With an exception instance `exc` (borrowed; WITH_EXCEPT_START):
 * exit(type(exc), exc, exc.__traceback__) and the truth of its result: 1 = suppress the
 * exception, 0 = re-raise it, -1 = __exit__ or the truth test raised. The caller makes
 * `exc` the handled exception (pylc_exc_push) around this call, as the interpreter does. */
int pylc_with_exit(PyObject *exit, PyObject *exc);
/* `async with mgr:` (BEFORE_ASYNC_WITH): as pylc_with_enter with __aenter__/__aexit__ and
 * "'T' object does not support the asynchronous context manager protocol" / "... protocol
 * (missed __aexit__ method)". Returns the result of __aenter__() (new reference), the
 * awaitable that the generated code awaits; *aexit receives the bound __aexit__. */
PyObject *pylc_async_with_enter(PyObject *mgr, PyObject **aexit);
/* Calls the bound __aexit__ `aexit` (borrowed) as pylc_with_exit calls __exit__ and
 * returns its result (new reference): the awaitable whose awaited value decides, by its
 * truth, whether an exception is suppressed. */
PyObject *pylc_async_with_exit(PyObject *aexit, PyObject *exc);

/* ------------------------------------------------------------------ classes */


/* Adds a traceback entry for the frame of `code` (globals `globals`) stopped at raising
 * site `site`, as the interpreter does when an exception leaves a frame. */
void pylc_traceback_add(PyObject *code, PyObject *globals, int site);

/* ------------------------------------------------------------------ classes */

/* The `class` statement: builtins.__build_class__(body, name, *bases, **kwds) of CPython
 * 3.11 (PEP 560 __mro_entries__ and __orig_bases__, the metaclass from `metaclass=` or
 * calculated from the bases, __prepare__, the body run with the namespace as its locals
 * through pylc_call_body, meta(name, bases, ns, **kwds), the __class__ cell checks),
 * with the same messages in the same order. `body` is the compiled class body, `name` a
 * str; args[0..PyVectorcall_NARGS(nargsf)) are the bases, followed by the values of the
 * keywords named by the tuple kwnames (may be NULL), as in vectorcall. All borrowed.
 * Returns the class (new reference). */
PyObject *pylc_build_class(PyObject *body, PyObject *name, PyObject *const *args, size_t nargsf,
                           PyObject *kwnames);
/* The same with `*bases` or `**keywords` in the class statement: args is the tuple
 * (body, name, *bases), kwargs a dict of the keywords. */
PyObject *pylc_build_class_ex(PyObject *args, PyObject *kwargs);

/* ------------------------------------------------------------------ programs */

/* Runs a module body with globals = dict; returns a new reference or NULL. */
typedef PyObject *(*pylc_module_exec)(PyObject *globals);

/* Initialises the embedded interpreter as `python3.11 script args` would (environment
 * variables honoured, command-line options not parsed) with sys.argv = argv. */
int pylc_initialize(int argc, char **argv);

/* Runs `exec` as __main__ (with __file__ = filename) in an initialised interpreter,
 * prints an uncaught exception as the interpreter does, handles SystemExit, finalises
 * the interpreter and flushes output. Returns the process exit code. */
int pylc_run_main(pylc_module_exec exec, const char *filename);

/* The error the interpreter raises when it compiles a module that pylc could not compile:
 * the arguments of SyntaxError (or its subclass `type`). Offsets count characters. */
typedef struct pylc_syntax_error {
  const char *type; /* "SyntaxError", "IndentationError", "TabError" */
  const char *message;
  const char *text;                           /* the source line, or NULL */
  int lineno, offset, end_lineno, end_offset; /* 0 where unknown */
} pylc_syntax_error;

/* A module compiled into the program besides the main script. */
typedef struct pylc_module_entry {
  const char *name;       /* dotted name */
  pylc_module_exec exec;  /* its body; NULL for a namespace package or a module in error */
  const char *file;       /* the source path as built; NULL for a namespace package */
  const char *path;       /* a package's __path__, one directory per line; NULL otherwise */
  const pylc_syntax_error *error; /* a module that does not compile: what importing raises */
} pylc_module_entry;

/* Makes the modules of `table` importable: their finder goes into sys.meta_path now if the
 * interpreter runs, else when pylc_initialize starts it. `table` must outlive the
 * interpreter. Returns -1 (after printing the error) if the finder cannot be installed. */
int pylc_register_modules(const pylc_module_entry *table, int count);

/* ------------------------------------------------------------------ direct C calls */

/* The C types of a @pylc.cfunc signature (a PIR `ccall`). */
enum pylc_ctype {
  PYLC_CTYPE_INT = 0,   /* long long */
  PYLC_CTYPE_FLOAT = 1, /* double */
  PYLC_CTYPE_BOOL = 2,  /* _Bool, stored as one byte */
  PYLC_CTYPE_BYTES = 3, /* const char * (None: NULL) */
  PYLC_CTYPE_PTR = 4,   /* void * (None: NULL) */
  PYLC_CTYPE_VOID = 5,  /* the result only */
};
/* Converts argument `v` to C type `kind`, storing it at `out`; -1 with TypeError or
 * OverflowError set (the message starts with `what`, e.g. "add() argument 'a'"). */
int pylc_cconv(PyObject *v, int kind, const char *what, void *out);
/* The Python value of a C result of type `kind` stored at `value` (NULL pointers: None). */
PyObject *pylc_cbox(int kind, const void *value);
/* Whether `f` is a compiled function whose native body is `impl`: the guard of a direct
 * call site of a @pylc.cfunc function (a global that may have been rebound). */
int pylc_is_compiled_impl(PyObject *f, pylc_impl impl);

/* An extension module linked into the program: `init` is its PyInit_<name>. */
typedef struct pylc_builtin_entry {
  const char *name; /* top-level module name */
  PyObject *(*init)(void);
} pylc_builtin_entry;

/* Makes the extension modules of `table` importable as built-in modules (their finder goes
 * into sys.meta_path right after BuiltinImporter, now or when pylc_initialize starts the
 * interpreter). `table` must outlive the interpreter. -1 (error printed) on failure. */
int pylc_register_builtins(const pylc_builtin_entry *table, int count);

/* Makes pylc_run_main run __main__ as `python -m module` does: `spec_name` (a module the
 * finder knows: `module` itself or, for a package, "module.__main__") gives __spec__,
 * __file__, __package__, __loader__ and sys.argv[0], after its parents are imported. */
void pylc_set_main_module(const char *module, const char *spec_name);

/* pylc_initialize + pylc_run_main: the whole of a compiled program's main(). */
int pylc_main(int argc, char **argv, pylc_module_exec exec, const char *filename);

#ifdef __cplusplus
}
#endif
#endif /* PYLC_RUNTIME_H */
