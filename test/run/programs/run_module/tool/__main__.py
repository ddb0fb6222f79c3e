import os
import sys

from . import cli
from .cli import main

print(__name__, __package__, __spec__.name, __spec__.parent)
print(os.path.basename(__file__), os.path.basename(sys.argv[0]), sys.argv[1:])
print(os.path.basename(__cached__), type(__loader__) is type(cli.__loader__))
main(sys.argv[1:])
