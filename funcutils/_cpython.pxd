# Every C-API declaration the compiled kernels use, once, under CPython's own names.
# ``_speedups_c.pyx`` cimports it; the included ``_<domain>_c.pxi`` files use it.
#
# Declarations that take ``object`` hold a reference for the call; those that
# take ``PyObject*`` are for borrowed pointers (list/tuple items) that the code
# using them keeps alive. Functions declared without an ``except`` clause
# return -1 or NULL with the error set; the caller checks.

cdef extern from "Python.h":
    ctypedef struct PyObject
    ctypedef struct PyTypeObject
    ctypedef object (*newfunc)(PyTypeObject*, object, PyObject*)
    ctypedef struct PyTypeObject:
        void* tp_call
        newfunc tp_new
    PyTypeObject* Py_TYPE(object)
    PyObject* Py_None
    void Py_INCREF(PyObject*)
    void Py_DECREF(PyObject*)

    # exact-type checks
    bint PyList_CheckExact(PyObject*)
    bint PyTuple_CheckExact(PyObject*)
    bint PyLong_CheckExact(PyObject*)
    bint PyFloat_CheckExact(PyObject*)
    bint PyUnicode_CheckExact(PyObject*)
    bint PyBytes_CheckExact(PyObject*)
    bint PyDict_CheckExact(PyObject*)
    bint PyBool_Check(PyObject*)

    # attributes
    object PyObject_GenericGetAttr(object, object)

    # lists and tuples
    Py_ssize_t PyList_GET_SIZE(PyObject*)
    Py_ssize_t PyTuple_GET_SIZE(PyObject*)
    PyObject* PyList_GET_ITEM(PyObject*, Py_ssize_t)
    PyObject* PyTuple_GET_ITEM(PyObject*, Py_ssize_t)
    int PyList_Append(PyObject*, PyObject*) except -1
    object PyList_New(Py_ssize_t)
    void PyList_SET_ITEM(object, Py_ssize_t, PyObject*)   # steals the item reference
    object PyTuple_New(Py_ssize_t)
    void PyTuple_SET_ITEM(object, Py_ssize_t, PyObject*)  # steals the item reference

    # sets and dicts (raw: -1 / NULL with the error set)
    int PySet_Add(object, object)
    int PySet_Contains(object, object)
    Py_ssize_t PySet_GET_SIZE(object)
    PyObject* PyDict_GetItemWithError(object, object)     # borrowed; NULL: missing or error
    Py_ssize_t PyDict_GET_SIZE(PyObject*)
    int PyDict_Next(PyObject*, Py_ssize_t*, PyObject**, PyObject**)  # borrowed key/value; 0: end
    object PyLong_FromVoidPtr(void*)                      # id() of an object

    # numbers, truth, iteration
    Py_ssize_t PyLong_AsSsize_t(object) except? -1
    const Py_ssize_t PY_SSIZE_T_MAX
    int PyObject_IsTrue(object) except -1
    int PyObject_RichCompareBool(object, object, int) except -1
    enum: Py_EQ
    PyObject* PyIter_Next(PyObject*)                      # new reference; NULL: end or error

    # errors and signals
    PyObject* PyErr_Occurred()
    int PyErr_ExceptionMatches(object)
    void PyErr_Clear()
    int PyErr_CheckSignals() except -1

    # str (compact unicode objects: read and build them by code point)
    bint PyUnicode_IS_ASCII(object)
    Py_ssize_t PyUnicode_GET_LENGTH(object)
    int PyUnicode_KIND(object)
    void* PyUnicode_DATA(object)
    Py_UCS4 PyUnicode_READ(int, void*, Py_ssize_t)
    void PyUnicode_WRITE(int, void*, Py_ssize_t, Py_UCS4)
    Py_UCS4 PyUnicode_MAX_CHAR_VALUE(object)
    object PyUnicode_New(Py_ssize_t, Py_UCS4)
    object PyUnicode_Substring(object, Py_ssize_t, Py_ssize_t)

cdef extern from "pythread.h":
    ctypedef void* PyThread_type_lock
    PyThread_type_lock PyThread_allocate_lock()
    void PyThread_free_lock(PyThread_type_lock)
    int PyThread_acquire_lock(PyThread_type_lock, int) nogil   # 1: acquired
    void PyThread_release_lock(PyThread_type_lock) nogil
    unsigned long PyThread_get_thread_ident()
