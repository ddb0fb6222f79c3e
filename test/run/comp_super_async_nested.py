# RUN: %difftest %s
# Comprehensions with super() and __class__ inside methods (also through a lambda), in
# default arguments, asynchronous comprehensions nested in plain ones and await in their
# elements and conditions, class-body comprehension scope vs lambda scope, generators of
# generators, walrus leaking out of a genexp, NameError from the first iterable.
import asyncio
class Base:
    def items(self): return [1, 2]
class Child(Base):
    def items(self):
        return [x * 10 for x in super().items()] + [y for y in (lambda: super(Child, self).items())()]
    def gen(self):
        return list(v for v in super().items() if __class__ is Child)
print(Child().items(), Child().gen())
def defaults(a=[i * i for i in range(3)], b={k: v for k, v in zip("ab", "cd")}):
    return a, b
print(defaults())
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def double(x):
    await asyncio.sleep(0)
    return 2 * x
async def main():
    print([[y async for y in agen(x)] for x in range(3)])
    g = (await double(x) for x in range(3))
    print(type(g).__name__ in ("async_generator", "compiled_async_generator"), [v async for v in g])
    print({x: [await double(y) for y in range(x)] for x in range(3)})
    print([x for x in [await double(5)]])
    res = [i async for i in agen(5) if i % 2 if await double(i) > 1]
    print(res)
asyncio.run(main())
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(len(matrix[0]))])
x = 10
class C:
    x = 1
    y = [x for _ in range(2)]
    z = (lambda: x)()
    def m(self): return [x for _ in range(1)]
print(C.y, C.z, C().m())
def gen_in_gen():
    return [list(g) for g in ((i * j for j in range(3)) for i in range(3))]
print(gen_in_gen())
print([j for i in range(3) if i for j in range(i)])
print(list(map(lambda t: t[0] + t[1], ((a, b) for a in range(2) for b in range(2)))))
def walrus_in_gen():
    data = [1, 2, 3, 4]
    found = None
    if any((found := d) > 2 for d in data):
        return found
print(walrus_in_gen())
try:
    print([v for v in undefined_name])
except NameError as e:
    print(e)
print({i: j for i, j in enumerate("abc")}, {*[1, 2], *(x for x in [3])})
