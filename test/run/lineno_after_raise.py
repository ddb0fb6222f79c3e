# RUN: %difftest %s
# From test_exceptions (PEP 626): a finished frame in a traceback stays at the line where
# the exception was raised when a handler re-raises it.
def lines(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__.tb_next
    out = []
    while t:
        out.append(t.tb_frame.f_lineno - t.tb_frame.f_code.co_firstlineno)
        t = t.tb_next
    return out

def in_except():
    try:
        1/0
    except:
        1/0
        pass

def other_except():
    try:
        1/0
    except TypeError as ex:
        pass

def named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass

print(lines(in_except), lines(other_except), lines(named_except))
