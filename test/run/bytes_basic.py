# RUN: %difftest %s
b = b"hello world"
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], b[::2], type(b[0]).__name__)
print(b + b"!", b * 2, b"o" in b, 111 in b, b.count(b"o"), b.find(b"world"), b.index(b"o"))
print(b.upper(), b.title(), b.split(), b.replace(b"l", b"L"), b.startswith(b"he"), b.strip(b"hd"))
print(bytes(5), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes.fromhex("41 42"))
print(list(b"abc"), tuple(b"\x00\xff"), b"\x00\x01\x7f\x80\xff", repr(b"'"), repr(b'"\''))
print(b"abc" < b"abd", b"abc" == b"abc", b"" < b"\x00", b"a" * 0, bytes() == b"")
print(b", ".join([b"a", b"b", b"c"]), b"a,b,,c".split(b","), b"  x  ".strip(), b"abc".hex())
print(b"%d-%s-%r" % (5, b"bytes", b"x"), b"%05.1f" % 3.14159, b"%x" % 255)
print(b"hello".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"Ab".islower(), b" ".isspace())
print(b"abc"[1:2], b"abc"[5:], sorted(b"dcba"), max(b"azb"), sum(b"\x01\x02\x03"))
h = 0
for byte in b"checksum":
    h = (h * 31 + byte) % 65521
print(h)
print(int.from_bytes(b"\x12\x34\x56", "big"), (0x123456).to_bytes(3, "little"), b"ab".center(6, b"-"))
