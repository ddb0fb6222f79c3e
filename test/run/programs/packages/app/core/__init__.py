from . import engine
from .. import VERSION
print("core init, app version", VERSION)
