# RUN: %difftest %s
s = "héllo wörld €100 🐍"
for enc in ["utf-8", "utf-16", "utf-16-be", "utf-32-le", "latin-1", "ascii", "cp1252"]:
    b = s.encode(enc, errors="replace")
    print(enc, len(b), b[:24], b.decode(enc, errors="replace") == s)
print(s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
raw = b"caf\xc3\xa9 \xe2\x82\xac \xff"
print(raw.decode("utf-8", "replace"), raw.decode("utf-8", "ignore"), raw.decode("latin-1"), raw.decode("utf-8", "backslashreplace"))
print("é".encode(), "é".encode("utf-8") == b"\xc3\xa9", bytes("abc", "ascii"), str(b"\xc3\xa9", "utf-8"))
print(list("€".encode()), bytes([226, 130, 172]).decode(), bytearray("ü", "utf-8"))
import codecs
print(codecs.encode("hello", "rot13"), codecs.decode(b"68656c6c6f", "hex"), "68656c6c6f" == b"hello".hex())
import base64
print(base64.b64encode(s.encode()), base64.b64decode(base64.b64encode(b"\x00\x01\xff")))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"\xde\xad".hex(":"), len(s.encode("utf-8")))
