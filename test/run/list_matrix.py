# RUN: %difftest %s
def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = []
    for i in range(n):
        row = []
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            row.append(s)
        out.append(row)
    return out


def identity(n):
    m = []
    for i in range(n):
        row = [0] * n
        row[i] = 1
        m.append(row)
    return m


def transpose(a):
    out = []
    for j in range(len(a[0])):
        col = []
        for i in range(len(a)):
            col.append(a[i][j])
        out.append(col)
    return out


def show(m):
    for row in m:
        print(" ".join(map(str, row)))


A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(matmul(A, B))
show(transpose(A))
show(matmul(identity(3), B))
F = [[1, 1], [1, 0]]
P = identity(2)
for _ in range(90):
    P = matmul(P, F)
print(P[0][1])
Q = [[0.5, 0.25], [0.125, 2.0]]
show(matmul(Q, Q))
