"""a PIR pass in Python: string constants in upper case"""
def upper(function):
    for i in function.instructions():
        if i.opcode == "const" and isinstance(i.constant, str):
            i.constant = i.constant.upper()

def registerPasses(passes):
    passes.add_after("lower", "upper-strings", upper)
