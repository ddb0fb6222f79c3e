# RUN: %difftest %s
def lookup(key):
    raise KeyError(key) from ValueError("underlying problem")


print("before")
lookup("missing")
