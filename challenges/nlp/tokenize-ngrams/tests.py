from drill import case, generate

COMPARE = "exact"


def tokens_by_definition(text):
    """The statement's rules, character by character (independent of the reference's regex)."""
    text = text.lower()
    tokens, i, L = [], 0, len(text)
    while i < L:
        if not text[i].isalnum():
            i += 1
            continue
        j = i
        while j < L:
            if text[j].isalnum():
                j += 1
            elif text[j] == "'" and j + 1 < L and text[j + 1].isalnum() and text[j - 1].isalnum():
                j += 1
            else:
                break
        tokens.append(text[i:j])
        i = j
    return tokens


def by_definition(text, n, k):
    tokens = tokens_by_definition(text)
    counts = {}
    for i in range(len(tokens) - n + 1):
        g = " ".join(tokens[i:i + n])
        counts[g] = counts.get(g, 0) + 1
    return sorted(counts.items(), key=lambda p: (-p[1], p[0]))[:k]


def _large():
    import random

    r = random.Random(5)
    words = [f"w{i}" for i in range(800)] + ["the", "a", "of", "and", "don't", "café"]
    weights = [1.0] * 800 + [200.0, 150.0, 120.0, 100.0, 20.0, 10.0]
    seps = [" "] * 12 + [", ", ". ", "! ", "\n", " - ", "; ", "\t"]
    picked = r.choices(words, weights=weights, k=50_000)
    parts = []
    for w in picked:
        parts.append(w.upper() if r.random() < 0.05 else w)
        parts.append(r.choice(seps))
    return "".join(parts)


CASES = [
    case("The cat sat. The cat ran, the dog sat!", 2, 3,
         expected=[("the cat", 2), ("cat ran", 1), ("cat sat", 1)], sample=True,
         name="worked example: bigrams, ties in alphabetical order"),
    case("Don't stop—DON'T 'stop'!", 1, 5, expected=[("don't", 2), ("stop", 2)], sample=True,
         name="apostrophe inside a word joins, around a word separates; case is folded"),
    case("to be or not to be", 1, 10,
         expected=[("be", 2), ("to", 2), ("not", 1), ("or", 1)], sample=True,
         name="unigrams, k larger than the number of distinct tokens"),
    case("", 1, 3, expected=[], name="empty text"),
    case("... !!! -- ''' ___", 1, 3, expected=[], name="no tokens at all"),
    case("just two", 3, 5, expected=[], name="fewer tokens than n"),
    case("one two three", 3, 5, expected=[("one two three", 1)], name="exactly n tokens"),
    case("a b a b a", 2, 0, expected=[], name="k = 0"),
    case("Hello", 1, 1, expected=[("hello", 1)], name="single token"),
    case("It ends. Then it begins. It ends, then it begins", 2, 4,
         expected=[("ends then", 2), ("it begins", 2), ("it ends", 2), ("then it", 2)],
         name="bigrams run across sentence ends"),
    case("state-of-the-art snake_case e-mail", 1, 10,
         expected=[("art", 1), ("case", 1), ("e", 1), ("mail", 1), ("of", 1), ("snake", 1),
                   ("state", 1), ("the", 1)],
         name="hyphens and underscores separate tokens"),
    case("don’t can't 'tis dogs' rock'n'roll a''b", 1, 20,
         expected=[("a", 1), ("b", 1), ("can't", 1), ("dogs", 1), ("don", 1),
                   ("rock'n'roll", 1), ("t", 1), ("tis", 1)],
         name="curly apostrophe separates; leading, trailing and doubled ' separate"),
    case("Café CAFÉ café Straße 2024 3.14 v2", 1, 10,
         expected=[("café", 3), ("14", 1), ("2024", 1), ("3", 1), ("straße", 1), ("v2", 1)],
         name="accented letters and digits are token characters"),
    case("9 b 10 b 9 b 10 b ab", 2, 10,
         expected=[("10 b", 2), ("9 b", 2), ("b 10", 2), ("b 9", 1), ("b ab", 1)],
         name="ties sort as plain strings: '10 b' before '9 b'"),
    case("x x x x", 2, 3, expected=[("x x", 3)], name="overlapping n-grams all count"),
    case("New\nYork\tnew   york,NEW-YORK", 2, 3,
         expected=[("new york", 3), ("york new", 2)],
         name="newlines, tabs, repeated spaces and punctuation between tokens"),
    case(_large(), 2, 10, time_limit=2.0,
         name="50,000 tokens (counting each distinct n-gram with list.count is too slow)"),
]

_WORDS = ["the", "The", "cat", "CAT", "isn't", "o'clock", "naïve", "x2", "42", "ok", "Ok", "b"]
_SEPS = [" ", " ", " ", ", ", ". ", "!", "-", "_", "'", "''", " '", "' ", "’", "\n", "..."]


@generate(count=12, seed=2718)
def random_texts(rng):
    """Seeded texts with every kind of separator; expected from the rules written out by hand."""
    m = rng.randint(0, 40)
    text = "".join(rng.choice(_WORDS) + rng.choice(_SEPS) for _ in range(m))
    n, k = rng.randint(1, 3), rng.randint(0, 8)
    return case(text, n, k, expected=by_definition(text, n, k))
