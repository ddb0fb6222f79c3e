import alpha

print("beta sees a partial alpha:", hasattr(alpha, "describe"))
READY = True


def name():
    return "beta"


def partner():
    return "beta sees " + alpha.describe()
