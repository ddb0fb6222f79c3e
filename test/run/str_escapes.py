# RUN: %difftest %s
print("tab:\tend", "nl:\\n", "quote:\"", 'apos:\'', "bell:\a".encode(), "nul:\0".encode())
print("\x41\x42", "\101\102", "\u0041", "\U00000041", "\N{LATIN SMALL LETTER E WITH ACUTE}")
print(r"C:\new\table", len(r"\t"), b"\x00\xff", rb"\x00", len(rb"\x00"))
print("""triple
quoted "with" 'quotes'
lines""")
print('''single
triple''')
print("implicit" " concatenation" ' works', "a" "b" == "ab")
long = ("this is a long string split "
        "over multiple lines in source")
print(long, len(long))
print(repr("\r\n\t\x0b\x0c"), repr("\\"), repr("'"), repr('"'), repr("'\""))
print("a\
b")
