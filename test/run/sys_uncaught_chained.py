# RUN: %difftest %s
# An uncaught exception whose __context__ was raised in a handler inside a method, which
# in turn has an explicit cause: the default printer shows all three with the right
# separators and carets, through methods, a finally block and a nested function.
class Store:
    def __init__(self):
        self.data = {}
    def get(self, key):
        try:
            return self.data[key]
        except KeyError as e:
            raise LookupError(f"no {key}") from e
    def get_int(self, key):
        def convert():
            return int(self.get(key))
        try:
            return convert()
        finally:
            print("finally in get_int")

def main():
    s = Store()
    try:
        s.get_int("port")
    except LookupError:
        s.data["port"] = "eighty"
        s.get_int("port")
main()
