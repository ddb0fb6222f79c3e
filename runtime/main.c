/* Start-up and shut-down of a compiled program: what `python3.11 script.py` does around
 * running the script (Modules/main.c and Python/pythonrun.c in CPython 3.11), with the
 * compiled module body in place of the script. */
#include "pylc_runtime.h"
#include "rt_internal.h"

#include <signal.h>
#include <stdio.h>
#include <unistd.h>

/* The interpreter compiled programs pretend to be: sys.executable, and the anchor of the
 * prefix search, so the standard library is found whatever directory the binary is in. */
#ifndef PYLC_PYTHON_EXECUTABLE
#define PYLC_PYTHON_EXECUTABLE "/usr/bin/python3.11"
#endif

static int init_failed(PyConfig *config, PyStatus status) {
  PyConfig_Clear(config);
  if (PyStatus_IsExit(status))
    return status.exitcode == 0 ? 0 : -1;
  fprintf(stderr, "pylc: cannot initialise Python: %s%s%s\n", status.func ? status.func : "",
          status.func ? ": " : "", status.err_msg ? status.err_msg : "unknown error");
  return -1;
}

int pylc_initialize(int argc, char **argv) {
  PyConfig config;
  /* The "Python" configuration reads PYTHON* environment variables and the locale, as
   * the python3.11 command does. */
  PyConfig_InitPythonConfig(&config);
  config.parse_argv = 0;
  config.install_signal_handlers = 1;
  /* sys.path gets no script or binary directory: only pymain (Modules/main.c), which is
   * never run here, prepends one. safe_path stays 0 so that sys.flags.safe_path reads as
   * under `python3.11 script.py`. */
  config.safe_path = 0;
  PyStatus status = PyConfig_SetBytesString(&config, &config.program_name, PYLC_PYTHON_EXECUTABLE);
  if (PyStatus_Exception(status))
    return init_failed(&config, status);
  /* sys.argv is argv exactly; an empty argv gives [''] as in the interpreter. */
  char *empty_argv[] = {"", NULL};
  if (argc <= 0 || !argv) {
    argc = 1;
    argv = empty_argv;
  }
  status = PyConfig_SetBytesArgv(&config, argc, argv);
  if (PyStatus_Exception(status))
    return init_failed(&config, status);
  status = Py_InitializeFromConfig(&config);
  if (PyStatus_Exception(status))
    return init_failed(&config, status);
  PyConfig_Clear(&config);
  if (pylc__install_interop() < 0 || pylc__install_builtins() < 0 || pylc__install_finder() < 0) {
    PyErr_Print();
    return 1;
  }
  return 0;
}

/* flush_io in pythonrun.c: flush sys.stderr and sys.stdout, ignoring errors, keeping
 * any pending exception. */
static void flush_io(void) {
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  const char *names[] = {"stderr", "stdout"};
  for (int i = 0; i < 2; i++) {
    PyObject *f = PySys_GetObject(names[i]);
    if (f && f != Py_None) {
      PyObject *r = PyObject_CallMethod(f, "flush", NULL);
      if (r)
        Py_DECREF(r);
      else
        PyErr_Clear();
    }
  }
  PyErr_Restore(type, value, tb);
}

/* __main__.__loader__ = SourceFileLoader("__main__", filename), as set_main_loader does. */
static int set_main_loader(PyObject *d, PyObject *filename) {
  PyObject *external = PyImport_ImportModule("_frozen_importlib_external");
  if (!external)
    return -1;
  PyObject *loader = PyObject_CallMethod(external, "SourceFileLoader", "sO", "__main__", filename);
  Py_DECREF(external);
  if (!loader)
    return -1;
  int r = PyDict_SetItemString(d, "__loader__", loader);
  Py_DECREF(loader);
  return r;
}

/* exit_sigint in Modules/main.c: an unhandled KeyboardInterrupt ends the process by
 * SIGINT so that a calling shell sees the ^C. */
static int exit_sigint(void) {
  if (PyOS_setsig(SIGINT, SIG_DFL) == SIG_ERR)
    perror("signal");
  else
    kill(getpid(), SIGINT);
  return SIGINT + 128;
}

static const char *main_module_name, *main_spec_name;

void pylc_set_main_module(const char *module, const char *spec_name) {
  main_module_name = module;
  main_spec_name = spec_name;
}

/* _run_module_as_main in runpy: import the parents, find the spec, set the globals from it
 * and sys.argv[0] to the module's file. */
static int set_main_from_spec(PyObject *d) {
  PyObject *util = PyImport_ImportModule("importlib.util");
  PyObject *spec = util ? PyObject_CallMethod(util, "find_spec", "s", main_spec_name) : NULL;
  Py_XDECREF(util);
  if (!spec)
    return -1;
  if (spec == Py_None) {
    Py_DECREF(spec);
    PyErr_Format(PyExc_ImportError, "No module named %s", main_spec_name);
    return -1;
  }
  static const char *attrs[][2] = {{"__file__", "origin"},
                                   {"__cached__", "cached"},
                                   {"__loader__", "loader"},
                                   {"__package__", "parent"}};
  int r = PyDict_SetItemString(d, "__spec__", spec);
  for (int i = 0; i < 4 && r == 0; i++) {
    PyObject *v = PyObject_GetAttrString(spec, attrs[i][1]);
    r = v ? PyDict_SetItemString(d, attrs[i][0], v) : -1;
    if (r == 0 && i == 0) {
      PyObject *argv = PySys_GetObject("argv"); /* borrowed */
      if (argv && PyList_Check(argv) && PyList_GET_SIZE(argv) > 0)
        r = PyList_SetItem(argv, 0, Py_NewRef(v));
    }
    Py_XDECREF(v);
  }
  Py_DECREF(spec);
  return r;
}

/* Sets up __main__ and runs the body; 0 on success, -1 with an exception set. */
static int run_body(pylc_module_exec exec, PyObject *d, PyObject *filename) {
  if (main_spec_name) {
    if (set_main_from_spec(d) < 0)
      return -1;
  } else if (PyDict_SetItemString(d, "__file__", filename) < 0 ||
             PyDict_SetItemString(d, "__cached__", Py_None) < 0) {
    return -1;
  } else if (set_main_loader(d, filename) < 0) {
    PyErr_Clear();
    fprintf(stderr, "python: failed to set __main__.__loader__\n");
    return -2;
  }
  PyObject *builtins = _PyDict_GetItemStringWithError(d, "__builtins__");
  if (!builtins) {
    if (PyErr_Occurred() || PyDict_SetItemString(d, "__builtins__", PyEval_GetBuiltins()) < 0)
      return -1;
  }
  if (main_spec_name ? PySys_Audit("cpython.run_module", "s", main_module_name) < 0
                     : PySys_Audit("cpython.run_file", "O", filename) < 0)
    return -1;
  PyObject *v = exec(d);
  if (!v)
    return -1;
  Py_DECREF(v);
  return 0;
}

int pylc_run_main(pylc_module_exec exec, const char *filename) {
  int exitcode = 0, unhandled_sigint = 0;
  PyObject *main = PyImport_AddModule("__main__"); /* borrowed */
  PyObject *file = PyUnicode_DecodeFSDefault(filename ? filename : "");
  if (!main || !file) {
    Py_XDECREF(file);
    PyErr_Print();
    exitcode = 1;
  } else {
    Py_INCREF(main);
    PyObject *d = PyModule_GetDict(main);
    int r = run_body(exec, d, file);
    if (r == -1) {
      /* The interpreter compares the type exactly, subclasses do not count. */
      unhandled_sigint = PyErr_Occurred() == PyExc_KeyboardInterrupt;
      flush_io();
      /* Prints the traceback, or ends the process for SystemExit (via Py_Exit). */
      PyErr_Print();
      exitcode = 1;
    } else if (r == -2) {
      exitcode = 1;
    } else {
      flush_io();
    }
    /* The interpreter removes the __file__ it set once a script is done (runpy keeps the
     * globals of a module). */
    if (!main_spec_name && PyDict_DelItemString(d, "__file__") < 0)
      PyErr_Clear();
    if (!main_spec_name && PyDict_DelItemString(d, "__cached__") < 0)
      PyErr_Clear();
    Py_DECREF(main);
    Py_DECREF(file);
  }
  if (Py_FinalizeEx() < 0)
    exitcode = 120;
  if (unhandled_sigint)
    exitcode = exit_sigint();
  return exitcode;
}

int pylc_main(int argc, char **argv, pylc_module_exec exec, const char *filename) {
  if (pylc_initialize(argc, argv) < 0)
    return 1;
  return pylc_run_main(exec, filename);
}
