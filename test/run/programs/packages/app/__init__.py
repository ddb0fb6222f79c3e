"""The app package."""
VERSION = "1.0"
print("app init:", __name__, __doc__)
