# RUN: %difftest %s
moves = []


def hanoi(n, src, dst, via):
    if n == 0:
        return 0
    count = hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    count += 1
    count += hanoi(n - 1, via, dst, src)
    return count


print(hanoi(3, "A", "C", "B"))
for disk, a, b in moves:
    print(f"move disk {disk} from {a} to {b}")
moves.clear()
print(hanoi(12, "L", "R", "M"), len(moves), 2 ** 12 - 1, moves[-1], moves[2047])
