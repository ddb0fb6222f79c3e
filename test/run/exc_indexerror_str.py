# RUN: %difftest %s
word = "abc"
print(word[2])
print(word[-4])
