# RUN: %difftest %s
import heapq
import bisect
import fractions
import decimal
import string
import textwrap
import re
import statistics
import struct
import copy
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h[0], heapq.heappop(h), heapq.heappop(h), heapq.nlargest(2, h), heapq.nsmallest(2, [7, 3, 5]))
heapq.heappush(h, 0)
print(h[0], sorted(h))
a = [1, 3, 5, 7, 9]
print(bisect.bisect_left(a, 5), bisect.bisect_right(a, 5), bisect.bisect(a, 6), bisect.bisect_left(a, 100))
bisect.insort(a, 4)
print(a)
F = fractions.Fraction
print(F(1, 3) + F(1, 6), F(3, 4) * 2, F("0.125"), F(1, 3) < F(1, 2), float(F(7, 8)), F(10, -4))
D = decimal.Decimal
print(D("0.1") + D("0.2"), D("1.10") * 3, D(1) / D(7), D("2").sqrt(), D("3.14159").quantize(D("0.01")))
t = string.Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"), string.capwords("hello big world"))
print(textwrap.wrap("The quick brown fox jumps over the lazy dog again and again", 20))
print(textwrap.dedent("    indented\n      more\n    back"), textwrap.shorten("Hello  world, how are you", 15))
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
m = re.match(r"(?P<key>\w+)=(?P<val>\d+)", "width=640")
print(m.group("key"), m.group("val"), m.groups(), m.span(), re.split(r"[,;]\s*", "a, b;c,d"))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.mode("aabbbc"), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(struct.pack("<iHd", 1, 2, 3.5), struct.unpack(">I", b"\x00\x00\x01\x00"), struct.calcsize("<qi"))
orig = [[1, 2], [3]]
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig[0].append(99)
print(sh, dp)
