from drill import case, generate

# The check below recomputes ROUGE-L independently: its own character-by-character tokeniser and
# a full LCS table, compared with an absolute tolerance of 1e-9. Literal expected values were
# worked out by hand (see statement.md).


def _tokens(text):
    out, word = [], ""
    for ch in text.lower():
        if "a" <= ch <= "z" or "0" <= ch <= "9":
            word += ch
        elif word:
            out.append(word)
            word = ""
    return out + ([word] if word else [])


def by_definition(candidate, reference):
    a, b = _tokens(candidate), _tokens(reference)
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j],
                                                                           table[i][j + 1])
    lcs = table[0][0]
    if lcs == 0:
        return (0.0, 0.0, 0.0)
    return (lcs / len(a), lcs / len(b), 2 * lcs / (len(a) + len(b)))


def matches_definition(actual, expected, candidate, reference):
    if type(actual) not in (tuple, list) or len(actual) != 3:
        return f"expected a tuple (precision, recall, f1), got {actual!r:.200}"
    if any(type(v) not in (float, int) or type(v) is bool for v in actual):
        return f"expected three floats, got {actual!r:.200}"
    want = by_definition(candidate, reference)
    assert expected is None or all(abs(e - w) <= 1e-12 for e, w in zip(expected, want)), (
        f"test data error: expected {expected!r}, the definition gives {want!r}")
    for name, a, w in zip(("precision", "recall", "f1"), actual, want):
        if not abs(a - w) <= 1e-9:
            return f"{name}: expected {w!r}, got {a!r} (expected {want!r})"
    return None


def r(candidate, reference, **kw):
    return case(candidate, reference, check=matches_definition, **kw)


CASES = [
    r("the cat sat on the mat", "the cat is on the mat", expected=(5 / 6, 5 / 6, 5 / 6),
      sample=True, name="worked example"),
    r("police killed the gunman", "the gunman was shot by police", expected=(0.5, 1 / 3, 0.4),
      sample=True, name="order matters: precision and recall differ"),
    r("Hello, WORLD!", "hello world", expected=(1.0, 1.0, 1.0), sample=True,
      name="case and punctuation are ignored"),
    r("hello world", "HELLO World", expected=(1.0, 1.0, 1.0), name="the reference is lower-cased too"),
    r("", "the cat", expected=(0.0, 0.0, 0.0), name="empty candidate"),
    r("the cat", "", expected=(0.0, 0.0, 0.0), name="empty reference"),
    r("?!  ...", "...", expected=(0.0, 0.0, 0.0), name="only punctuation: no tokens"),
    r("dog", "cat", expected=(0.0, 0.0, 0.0), name="one token each, no match"),
    r("cat", "cat", expected=(1.0, 1.0, 1.0), name="one token each, a match"),
    r("a b", "b a", expected=(0.5, 0.5, 0.5), name="two tokens, swapped: LCS 1"),
    r("the the the", "the", expected=(1 / 3, 1.0, 0.5), name="repeats match once each"),
    r("a b c d e", "a x c y e", expected=(0.6, 0.6, 0.6), name="subsequence, not substring"),
    r("police killed the gunman", "the gunman killed police", expected=(0.5, 0.5, 0.5),
      name="same bag of words, LCS 2"),
    r("Don't stop!", "don t stop", expected=(1.0, 1.0, 1.0), name="apostrophes split tokens"),
    r("café au lait", "caf au lait", expected=(1.0, 1.0, 1.0),
      name="non-ASCII letters separate tokens"),
    r("Model-2 scored 97.5%", "model 2 scored 97 5", expected=(1.0, 1.0, 1.0),
      name="digits are tokens, hyphens and dots separate"),
    r("x y z a b c", "a b c x y z", name="two LCS of the same length"),
]

WORDS = ["the", "cat", "dog", "sat", "on", "mat", "a", "ran", "and"]


@generate(count=14, seed=97)
def random_sentences(rng):
    def sentence():
        n = rng.choice([0, 1, 2, rng.randint(3, 25)])
        words = [rng.choice(WORDS) for _ in range(n)]
        words = [w.upper() if rng.random() < 0.1 else w for w in words]
        return rng.choice([" ", ", ", "  "]).join(words) + rng.choice(["", ".", "!"])
    return r(sentence(), sentence())


def _long(seed, n):
    import random

    g = random.Random(seed)
    return (" ".join(g.choice(WORDS) for _ in range(n)),
            " ".join(g.choice(WORDS) for _ in range(n)))


CASES.append(r(*_long(5, 1_000), time_limit=3.0, name="1,000 tokens each (O(n·m))"))
