__all__ = ["circle", "square", "UNIT"]
UNIT = "cm"
from . import square
HIDDEN = 1
