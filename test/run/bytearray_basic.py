# RUN: %difftest %s
ba = bytearray(b"hello")
print(ba, len(ba), ba[0])
ba[0] = 72
ba.append(33)
ba.extend(b" world")
print(ba, bytes(ba))
ba[1:3] = b"EE"
print(ba)
del ba[0]
del ba[-6:]
print(ba)
ba.insert(0, 74)
print(ba, ba.pop(), ba, ba.find(b"E"))
ba.reverse()
print(ba, ba.upper(), ba.decode())
bb = bytearray(4)
for i in range(4):
    bb[i] = i * 60
print(bb, list(bb), bb.hex())
bb += b"\xff"
bb *= 2
print(bb, bytearray(b"abc") == b"abc", bytearray([1, 2]) + b"\x03")
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:4]), mv.tobytes(), len(mv))
