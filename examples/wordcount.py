"""Word statistics for text files: the example the README builds first.

    wordcount [--top N] [--min-length N] FILE...

It uses what real scripts use: argparse, a dataclass, a class with dunder methods, `with
open(...)`, try/except, a generator, comprehensions and f-strings.
"""
import argparse
import sys
from dataclasses import dataclass, field


@dataclass(order=True)
class WordStat:
    count: int
    word: str = field(compare=False)
    files: set = field(default_factory=set, compare=False)


class Tally:
    def __init__(self, min_length):
        self.min_length = min_length
        self.stats = {}

    def add(self, word, source):
        stat = self.stats.get(word)
        if stat is None:
            stat = self.stats[word] = WordStat(0, word)
        stat.count += 1
        stat.files.add(source)

    def __len__(self):
        return len(self.stats)

    def __iter__(self):
        return iter(sorted(self.stats.values(), reverse=True))

    def top(self, n):
        return [s for s, _ in zip(self, range(n))]


def words(path, min_length):
    """Yields the lower-cased words of a file, one at a time."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            for raw in line.split():
                word = "".join(c for c in raw.lower() if c.isalpha())
                if len(word) >= min_length:
                    yield word


def main(argv):
    parser = argparse.ArgumentParser(prog="wordcount")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--top", type=int, default=5)
    parser.add_argument("--min-length", type=int, default=3)
    args = parser.parse_args(argv)

    tally = Tally(args.min_length)
    failed = 0
    for path in args.files:
        try:
            for w in words(path, args.min_length):
                tally.add(w, path)
        except OSError as e:
            print(f"wordcount: {path}: {e.strerror}", file=sys.stderr)
            failed += 1
    print(f"{len(tally)} distinct words of at least {args.min_length} letters")
    for stat in tally.top(args.top):
        print(f"{stat.word:>12} {stat.count:4d}  in {len(stat.files)} file(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
