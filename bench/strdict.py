# Benchmark: string building, splitting and dict counting.
# Generates a deterministic pseudo-random text (linear congruential generator,
# no `random` module), splits it into lines and words, counts words and
# bigrams in dicts, tracks distinct letters in a set and reports the most
# frequent entries.  Measures str concatenation/join/split/slicing/methods,
# dict get/set/membership and list sorting.

SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "ve", "zo",
             "an", "el", "or", "us", "ith", "qua"]


def make_word(seed):
    n = 1 + seed % 3
    word = ""
    while n > 0:
        seed = (seed * 1103515245 + 12345) % 2147483648
        word += SYLLABLES[(seed >> 16) % len(SYLLABLES)]
        n -= 1
    return word, seed


def make_text(nlines, words_per_line=12, seed=42):
    lines = []
    for i in range(nlines):
        parts = []
        for j in range(words_per_line):
            word, seed = make_word(seed)
            if (seed >> 8) % 11 == 0:
                word = word.upper()
            parts.append(word)
        lines.append(" ".join(parts))
    return "\n".join(lines), seed


def count_words(text):
    words = {}
    bigrams = {}
    letters = set()
    longest = ""
    for line in text.split("\n"):
        prev = None
        for w in line.split():
            w = w.lower()
            words[w] = words.get(w, 0) + 1
            if prev is not None:
                key = prev + "-" + w
                if key in bigrams:
                    bigrams[key] += 1
                else:
                    bigrams[key] = 1
            prev = w
            if len(w) > len(longest) or (len(w) == len(longest) and w < longest):
                longest = w
            letters.add(w[0])
            letters.add(w[-1])
    return words, bigrams, letters, longest


def top(counts, k):
    items = []
    for key in counts:
        items.append((-counts[key], key))
    items.sort()
    out = []
    for neg, key in items[:k]:
        out.append(key + ":" + str(-neg))
    return ", ".join(out)


def checksum(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


def main(nlines=36000):
    text, seed = make_text(nlines)
    words, bigrams, letters, longest = count_words(text)
    total = 0
    for w in words:
        total += words[w]
    print("chars", len(text), "words", total, "distinct", len(words),
          "bigrams", len(bigrams))
    print("letters", "".join(sorted(letters)))
    print("longest", longest)
    print("top words", top(words, 5))
    print("top bigrams", top(bigrams, 3))
    print("checksum", checksum(text[:200000]), "seed", seed)


main()
