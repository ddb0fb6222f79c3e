print("alpha starts")
import beta
print("alpha after beta, beta.READY =", beta.READY)


def describe():
    return "alpha sees " + beta.name()
