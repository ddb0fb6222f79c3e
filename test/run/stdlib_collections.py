# RUN: %difftest %s
from collections import OrderedDict, Counter, defaultdict, deque, namedtuple, ChainMap
od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
od.move_to_end("z")
print(od, list(od), od.popitem(last=False), od)
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["zzz"], sorted(c.elements())[:6], sum(c.values()))
c.update("aaa")
c.subtract({"b": 2})
print(sorted(c.items()), +c == c, c.total())
c2 = Counter(a=3, b=1) + Counter(a=1, c=2)
print(sorted(c2.items()), sorted((Counter(a=3) - Counter(a=5, b=1)).items()))
dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dict(dd), dd["z"], len(dd))
di = defaultdict(int)
for ch in "hello world":
    di[ch] += 1
print(sorted(di.items()))
dq = deque([1, 2, 3], maxlen=5)
dq.append(4)
dq.appendleft(0)
dq.append(5)
print(dq, dq.popleft(), dq.pop(), dq)
dq.rotate(1)
print(dq, list(dq), len(dq), dq[0], dq[-1])
dq.extend([7, 8, 9])
print(dq, dq.maxlen)
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p.y, p[0], p._asdict(), p._replace(x=10), tuple(p), p == (3, 4))
x, y = p
print(x + y, Point._fields, Point(y=1, x=2))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], sorted(cm), len(cm))
