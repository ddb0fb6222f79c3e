# RUN: %difftest %s
# Recursive generators with yield from: tree traversal in three orders, permutations,
# flattening arbitrarily nested lists, and the delegated return values summed on the way up.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right


def inorder(node):
    if node:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def preorder(node):
    if node:
        yield node.value
        yield from preorder(node.left)
        yield from preorder(node.right)


def postorder(node):
    if node:
        yield from postorder(node.left)
        yield from postorder(node.right)
        yield node.value


def count_nodes(node):
    if not node:
        return 0
    yield node.value
    left = yield from count_nodes(node.left)
    right = yield from count_nodes(node.right)
    return 1 + left + right


tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7)))
print(list(inorder(tree)), list(preorder(tree)), list(postorder(tree)))
g = count_nodes(tree)
seen = []
try:
    while True:
        seen.append(next(g))
except StopIteration as e:
    print(seen, "count", e.value)


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [item] + rest


print([''.join(p) for p in permutations("abc")])


def flatten(obj):
    if isinstance(obj, list):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj


print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
