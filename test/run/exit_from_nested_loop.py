# RUN: %difftest %s
import sys


def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                print("found at", r, c)
                sys.exit(r * 10 + c)
    return None


search([[1, 2], [3, 4], [5, 6]], 6)
