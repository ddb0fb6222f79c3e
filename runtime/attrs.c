/* Per-site caches for attribute loads, attribute stores and method loads, as CPython 3.11's
 * specialising interpreter keeps them (LOAD_ATTR_INSTANCE_VALUE, STORE_ATTR_INSTANCE_VALUE,
 * LOAD_METHOD_WITH_VALUES, LOAD_METHOD_NO_DICT), keyed on the type's version tag.
 *
 * Each site keeps up to four types (a method of a base class sees each subclass). A type's
 * version tag changes whenever the type or any of its bases is modified, and tags
 * are never reused, so a matching tag means the same type with the same attributes in its
 * MRO. The instance side is guarded as the interpreter guards it:
 *
 * - attribute loads and stores of an instance whose type keeps its attributes in inline
 *   values (Py_TPFLAGS_MANAGED_DICT, no __dict__ materialised) use the name's index in the
 *   type's shared keys. Shared keys only grow, so an index stays valid; a data descriptor of
 *   that name in the MRO, or a custom __getattribute__/__setattr__, keeps the site generic.
 * - method loads cache the method descriptor found in the MRO; the instance can only shadow
 *   it if it has the name itself: types without instance dicts cannot, instances with inline
 *   values cannot while the shared keys have not grown since the name was found absent.
 *
 * - attributes of modules (math.sqrt) are cached with the module dict's version tag, which
 *   CPython 3.11 draws from one global counter on every change of any dict: a matching tag
 *   means the same dict, unchanged since the value was found in it.
 *
 * Every miss takes the generic path (PyObject_GetAttr, _PyObject_GetMethod,
 * PyObject_SetAttr), so results, errors and messages are always CPython's. */
#define Py_BUILD_CORE 1
#include "pylc_runtime.h"

#include "internal/pycore_dict.h"
#include "internal/pycore_moduleobject.h"
#include "internal/pycore_object.h"

typedef __typeof__(((pylc_attr_cache *)0)->entries[0]) cache_entry;
enum { NENTRIES = sizeof(((pylc_attr_cache *)0)->entries) / sizeof(cache_entry) };

/* The entry with key `key` (not 0), or NULL. */
static inline cache_entry *lookup(pylc_attr_cache *cache, uint64_t key) {
  for (int k = 0; k < NENTRIES; k++)
    if (cache->entries[k].key == key)
      return &cache->entries[k];
  return NULL;
}

/* Makes room for a new entry in front (the oldest one goes). */
static cache_entry *insert(pylc_attr_cache *cache, uint64_t key) {
  for (int k = NENTRIES - 1; k > 0; k--)
    cache->entries[k] = cache->entries[k - 1];
  cache->entries[0].key = key;
  return &cache->entries[0];
}

/* The key of a module's entries: its dict's version tag (0 when it has no plain dict). */
static inline uint64_t module_key(PyObject *module) {
  PyObject *dict = ((PyModuleObject *)module)->md_dict;
  return dict && PyDict_CheckExact(dict)
             ? ((PyDictObject *)dict)->ma_version_tag | ((uint64_t)1 << 63)
             : 0;
}

/* A module attribute found in the module's dict (borrowed), or NULL. */
static PyObject *module_attr(PyObject *module, PyObject *name) {
  PyObject *dict = ((PyModuleObject *)module)->md_dict;
  if (!dict || !PyDict_CheckExact(dict) || !PyUnicode_CheckExact(name))
    return NULL;
  PyObject *v = PyDict_GetItemWithError(dict, name);
  if (!v)
    PyErr_Clear();
  return v;
}

/* Loads from a module through the cache: a new reference, or NULL without an exception
 * when the generic path must decide. */
static PyObject *module_cached(PyObject *module, PyObject *name, pylc_attr_cache *cache) {
  uint64_t key = module_key(module);
  if (!key)
    return NULL;
  cache_entry *e = lookup(cache, key);
  if (e)
    return Py_NewRef(e->descr);
  PyObject *v = module_attr(module, name);
  if (!v)
    return NULL;
  /* The value is what the generic path would return: module_getattro looks in the type
   * (ModuleType has no data descriptor of an ordinary name) and then in the dict. */
  if (_PyType_Lookup(Py_TYPE(module), name))
    return NULL;
  e = insert(cache, key);
  e->descr = v;
  return Py_NewRef(v);
}

/* The index of `name` in a type's shared keys, or -1. Names are interned, so identity
 * decides; a name that is not the very object stored simply stays uncached. */
static Py_ssize_t shared_index(PyDictKeysObject *keys, PyObject *name) {
  if (!keys || keys->dk_kind != DICT_KEYS_SPLIT)
    return -1;
  PyDictUnicodeEntry *entries = DK_UNICODE_ENTRIES(keys);
  for (Py_ssize_t i = 0; i < keys->dk_nentries; i++)
    if (entries[i].me_key == name)
      return i;
  return -1;
}

/* The type's valid version tag, or 0 when it has none (then nothing is cached). */
static unsigned int version_of(PyTypeObject *tp) {
  return (tp->tp_flags & Py_TPFLAGS_VALID_VERSION_TAG) ? tp->tp_version_tag : 0;
}

static int has_values(PyTypeObject *tp) {
  return (tp->tp_flags & Py_TPFLAGS_MANAGED_DICT) && (tp->tp_flags & Py_TPFLAGS_HEAPTYPE);
}

/* Adds an attribute load or store entry for `obj`'s type when its instances keep `name` in
 * inline values. */
static void fill_attr(PyObject *obj, PyObject *name, pylc_attr_cache *cache, int store) {
  PyTypeObject *tp = Py_TYPE(obj);
  if (!PyUnicode_CheckExact(name) || !has_values(tp))
    return;
  if (store ? tp->tp_setattro != PyObject_GenericSetAttr
            : tp->tp_getattro != PyObject_GenericGetAttr)
    return;
  PyObject *descr = _PyType_Lookup(tp, name); /* assigns the version tag */
  /* A data descriptor (property, slot) takes precedence over the instance. So may a class
   * attribute whose type is mutable: its class can gain __set__ later without changing the
   * version of `tp` (CPython's specializer gives up on such a name for the same reason). */
  if (descr &&
      (Py_TYPE(descr)->tp_descr_set || !(Py_TYPE(descr)->tp_flags & Py_TPFLAGS_IMMUTABLETYPE)))
    return;
  unsigned int version = version_of(tp);
  Py_ssize_t index = shared_index(((PyHeapTypeObject *)tp)->ht_cached_keys, name);
  if (!version || index < 0 || lookup(cache, version))
    return;
  cache_entry *e = insert(cache, version);
  e->index = index;
  e->descr = NULL;
}

PyObject *pylc_getattr_cached(PyObject *obj, PyObject *name, pylc_attr_cache *cache) {
  if (PyModule_CheckExact(obj)) {
    PyObject *v = module_cached(obj, name, cache);
    return v ? v : PyObject_GetAttr(obj, name);
  }
  unsigned int version = Py_TYPE(obj)->tp_version_tag;
  cache_entry *e = version ? lookup(cache, version) : NULL;
  if (e) {
    PyDictValues *values = *_PyObject_ValuesPointer(obj);
    PyObject *v = values ? values->values[e->index] : NULL;
    return v ? Py_NewRef(v) : PyObject_GetAttr(obj, name);
  }
  PyObject *v = PyObject_GetAttr(obj, name);
  if (v)
    fill_attr(obj, name, cache, 0);
  return v;
}

int pylc_setattr_cached(PyObject *obj, PyObject *name, PyObject *value, pylc_attr_cache *cache) {
  unsigned int version = Py_TYPE(obj)->tp_version_tag;
  cache_entry *e = version ? lookup(cache, version) : NULL;
  if (e) {
    PyDictValues *values = *_PyObject_ValuesPointer(obj);
    PyObject *old = values ? values->values[e->index] : NULL;
    if (!old) /* a new attribute: the generic path keeps the insertion order */
      return PyObject_SetAttr(obj, name, value);
    values->values[e->index] = Py_NewRef(value);
    Py_DECREF(old);
    return 0;
  }
  int rc = PyObject_SetAttr(obj, name, value);
  if (rc == 0)
    fill_attr(obj, name, cache, 1);
  return rc;
}

/* Adds a method load entry when `meth` (found by _PyObject_GetMethod as an unbound method)
 * can be found again from the type alone: index -1 when instances have no dict, else the
 * size of the shared keys in which the name was absent. */
static void fill_method(PyObject *obj, PyObject *name, PyObject *meth, pylc_attr_cache *cache) {
  PyTypeObject *tp = Py_TYPE(obj);
  if (!PyUnicode_CheckExact(name) || tp->tp_getattro != PyObject_GenericGetAttr)
    return;
  if (_PyType_Lookup(tp, name) != meth)
    return;
  unsigned int version = version_of(tp);
  if (!version || lookup(cache, version))
    return;
  Py_ssize_t index;
  if (tp->tp_dictoffset == 0) {
    index = -1;
  } else if (has_values(tp) && *_PyObject_ValuesPointer(obj) &&
             !*_PyObject_ManagedDictPointer(obj)) {
    PyDictKeysObject *keys = ((PyHeapTypeObject *)tp)->ht_cached_keys;
    if (!keys || shared_index(keys, name) >= 0)
      return;
    index = keys->dk_nentries;
  } else {
    return;
  }
  cache_entry *e = insert(cache, version);
  e->index = index;
  e->descr = meth;
}

PyObject *pylc_method_load_cached(PyObject *obj, PyObject *name, int *unbound,
                                  pylc_attr_cache *cache) {
  if (PyModule_CheckExact(obj)) {
    PyObject *v = module_cached(obj, name, cache);
    if (v) {
      *unbound = 0;
      return v;
    }
  }
  PyTypeObject *tp = Py_TYPE(obj);
  cache_entry *e = tp->tp_version_tag ? lookup(cache, tp->tp_version_tag) : NULL;
  if (e && (e->index < 0 ||
            (*_PyObject_ValuesPointer(obj) && !*_PyObject_ManagedDictPointer(obj) &&
             ((PyHeapTypeObject *)tp)->ht_cached_keys->dk_nentries == e->index))) {
    *unbound = 1;
    return Py_NewRef(e->descr);
  }
  PyObject *meth = NULL;
  *unbound = _PyObject_GetMethod(obj, name, &meth);
  if (meth && *unbound && !e)
    fill_method(obj, name, meth, cache);
  return meth;
}
