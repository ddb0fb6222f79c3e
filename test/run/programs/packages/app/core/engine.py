from ..util import text
from ..util.text import shout as _shout
from app import VERSION

NAME_IS_MAIN = __name__ == "__main__"


def run(what):
    return _shout(what) + " v" + VERSION + " " + text.__name__
