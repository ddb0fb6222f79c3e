# RUN: %difftest %s
# An uncaught exception raised three calls deep in methods (an instance method, a
# classmethod, a property getter and a dunder); the traceback must show every frame.
class Parser:
    def __init__(self, text):
        self.text = text
    def parse(self):
        return self._tokens()
    def _tokens(self):
        return [self.convert(t) for t in self.text.split()]
    @classmethod
    def convert(cls, token):
        return cls.table()[token]
    @staticmethod
    def table():
        return {"one": 1, "two": 2}

class Wrapper:
    def __init__(self, p):
        self.p = p
    @property
    def result(self):
        return self.p.parse()
    def __len__(self):
        return len(self.result)

print(len(Wrapper(Parser("one two"))))
try:
    len(Wrapper(Parser("one three")))
except KeyError as e:
    import traceback
    frames = traceback.extract_tb(e.__traceback__)
    print([f.name for f in frames])
w = Wrapper(Parser("two four"))
print(len(w))
