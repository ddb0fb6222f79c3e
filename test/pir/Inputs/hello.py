def greet(who):
    return "hello, " + who

print(greet("world"))
