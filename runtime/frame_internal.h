/* Frame helpers shared inside the runtime (frames.c, generator.c); they need CPython's
 * internal frame layout, so only files built with Py_BUILD_CORE include this. */
#ifndef PYLC_FRAME_INTERNAL_H
#define PYLC_FRAME_INTERNAL_H

#include "internal/pycore_frame.h"

/* Fills the specials of a compiled call's frame and copies the closure's cells into its
 * last slots; the other slots are the caller's to zero. Does not link it. */
void pylc__frame_init(_PyInterpreterFrame *frame, PyObject *func, PyObject *locals,
                      int nlocalsplus);
/* The frame object of a live frame (borrowed), made on first use. */
PyFrameObject *pylc__frame_object(_PyInterpreterFrame *frame);
/* _PyFrame_Clear: releases the frame's slots, or hands them to its frame object if that is
 * still referenced. The frame must not be linked in the thread's chain. */
void pylc__frame_clear(_PyInterpreterFrame *frame);

#endif
