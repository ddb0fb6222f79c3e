# RUN: %difftest %s
# The remainder of an exception group that except* did not fully handle propagates with
# the original group's traceback (frames of where it was raised plus those it passes
# through); the handled part is gone, nested structure kept. Uncaught at the end.
def task_a():
    raise ValueError("a failed")


def task_b():
    raise TypeError("b failed")


def run_all():
    errors = []
    for t in (task_a, task_b, task_a):
        try:
            t()
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("run_all", errors)


def supervise():
    try:
        run_all()
    except* TypeError as eg:
        print("supervisor handled", [str(e) for e in eg.exceptions])


def top():
    supervise()


top()
