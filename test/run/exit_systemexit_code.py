# RUN: %difftest %s
def stop():
    raise SystemExit(42)


print("before stop")
stop()
