# RUN: %difftest %s
for c in "Az09 ~é€🐍\n":
    print(repr(c), ord(c), hex(ord(c)), bin(ord(c)), oct(ord(c)))
print(chr(65), chr(97), chr(48), chr(0x263A), chr(0x10FFFF) == "\U0010ffff", repr(chr(0)), repr(chr(127)))
codes = []
for ch in "Hello":
    codes.append(ord(ch))
print(codes)
s = ""
for c in codes:
    s += chr(c + 1)
print(s)
print(bin(0), bin(1), bin(-1), bin(255), bin(2 ** 70), bin(-(2 ** 70)))
print(hex(0), hex(255), hex(-255), hex(2 ** 64), hex(0xDEADBEEF), oct(8), oct(-64), oct(2 ** 40))
print(int(bin(12345), 2), int(hex(987654321), 16), int(oct(777), 8), int("0b1010", 0))
caesar = ""
for ch in "The Quick Brown Fox!":
    if ch.isupper():
        caesar += chr((ord(ch) - 65 + 13) % 26 + 65)
    elif ch.islower():
        caesar += chr((ord(ch) - 97 + 13) % 26 + 97)
    else:
        caesar += ch
print(caesar)
