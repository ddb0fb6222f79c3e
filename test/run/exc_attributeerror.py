# RUN: %difftest %s
import math

print(math.pi)
text = "hello"
print(text.upper())
print(text.uper())
