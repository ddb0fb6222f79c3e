# Only imports that may not run reach `broken`: the build succeeds.
try:
    import broken
except (ImportError, SyntaxError):
    pass
import uses_broken_later
print("built")
