# RUN: %difftest %s
s = "Grüße aus Köln — ñandú, Ελληνικά, русский, 日本語"
print(s)
print(s.upper())
print(s.lower())
print(s.title())
print(s.swapcase())
print(len(s), len("日本語"), len("ß"), len("ß".upper()), "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
emoji = "I ❤ 🐍 and 👍🏽 and 👨‍👩‍👧"
print(emoji, len(emoji), emoji.split(" and "))
for ch in "a€🐍é":
    print(ch, ord(ch), hex(ord(ch)), repr(ch), ascii(ch), len(ch.encode("utf-8")), len(ch.encode("utf-16-le")))
print(chr(0x1F40D), chr(233), chr(0x20AC), "\u00e9" == "é", "\N{SNAKE}", "\U0001F600")
print("e\u0301" == "é", len("e\u0301"), "é" < "z", "z" < "é", sorted(["é", "e", "f", "É", "E"]))
print(s[::-1])
print(s.find("Köln"), s.index("日"), s.count("с"), "Köln" in s, s.startswith("Grü"))
print(repr("tab\there"), repr("quote'"), repr('dq"'), repr("both'\""), repr("\x00\x7f\x80\xff"), repr("\u200b"))
print(ascii("naïve café"), ascii("🐍"), "straße".casefold() == "STRASSE".casefold())
print("ǅ".istitle(), "Ⅻ".isnumeric(), "٣".isdigit(), int("٣٤"), float("１２.５"))
print(str(b"bytes"), repr("é".encode()), "\\n", len("\\n"), r"raw\n", len(r"\n"))
print(max("abcé"), min("Zab"), sorted("héllo"), "".join(sorted("cba")))
