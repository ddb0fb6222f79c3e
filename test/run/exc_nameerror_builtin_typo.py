# RUN: %difftest %s
def show(x):
    prnt(x)


show("hello")
