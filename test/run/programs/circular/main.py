# RUN: %difftest %s
# Circular imports: the ones CPython allows (attribute access after the cycle completes,
# `import x` of a partially initialised module) and the one it rejects (`from x import name`
# before x defines it).
import alpha

print(alpha.describe())
print(alpha.beta.partner())

try:
    import gamma
except ImportError as e:
    print("ImportError:", e)
    print(e.name, "gamma" in __import__("sys").modules, "delta" in __import__("sys").modules)
