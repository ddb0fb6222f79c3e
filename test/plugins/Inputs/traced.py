def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def boom():
    raise ValueError("x")

class C:
    def m(self):
        return [fib(k) for k in range(5)]

print((lambda: fib(15))())
print(C().m())
try:
    boom()
except ValueError as e:
    print("caught", e)
boom()
