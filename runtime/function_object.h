/* The layout of compiled function objects, shared by the files of the runtime that need
 * more than the public API (function.c, frames.c). Not part of the generated-code ABI. */
#ifndef PYLC_FUNCTION_OBJECT_H
#define PYLC_FUNCTION_OBJECT_H

#include "pylc_runtime.h"

typedef struct {
  PyObject_HEAD vectorcallfunc vectorcall;
  pylc_impl impl;
  PyObject *code;        /* a PyCodeObject; its co_varnames name the parameters */
  PyObject *globals;     /* the module dict */
  PyObject *builtins;    /* the builtins dict the globals name (func_builtins) */
  PyObject *closure;     /* tuple of cells for the free variables, or NULL */
  PyObject *name;        /* str */
  PyObject *qualname;    /* str */
  PyObject *doc;         /* anything; NULL reads as None */
  PyObject *module;      /* anything; NULL reads as None */
  PyObject *defaults;    /* tuple or NULL */
  PyObject *kwdefaults;  /* dict or NULL */
  PyObject *annotations; /* dict or NULL, created on first access */
  PyObject *dict;
  PyObject *weakreflist;
  int argcount;
  int posonlyargcount;
  int kwonlyargcount;
  int flags;
  int nparams;
  int simple; /* no *args, **kwargs or keyword-only parameters */
} PylcFunctionObject;

#endif /* PYLC_FUNCTION_OBJECT_H */
