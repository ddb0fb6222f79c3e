# RUN: %difftest %s
print("prompting")
name = input("name? ")
print(name)
