# RUN: %difftest %s
def last_plus_one(items):
    return items[len(items)]


data = [1, 2, 3]
print(data[-1], data[2])
print(last_plus_one(data))
