import random

from drill import case, generate

COMPARE = "exact"

VOCAB = ["the", "model", "data", "train", "loss", "epoch", "batch", "layer", "a", "of", "to",
         "gpu", "v2", "2024", "x", "zeta"]
SEPARATORS = [" ", " ", " ", "  ", "\n", "\t", ", ", ". ", "! ", "? ", " - ", "'", "_", "; ", "(", ")"]


def _large():
    """200,000 words from 20,000 distinct ones (Zipf-like), about 1.3 million characters."""
    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(20_000)]
    weights = [1 / (i + 1) for i in range(len(vocab))]
    words = rng.choices(vocab, weights=weights, k=180_000) + vocab  # every word at least once
    rng.shuffle(words)
    words = [w.upper() if rng.random() < 0.1 else w for w in words]
    return " ".join(words) + "."


CASES = [
    case("The cat and the hat. The CAT sat!", 3,
         expected=[("the", 3), ("cat", 2), ("and", 1)], sample=True,
         name="worked example: case-insensitive, alphabetical tie-break"),
    case("b a c b", 10, expected=[("b", 2), ("a", 1), ("c", 1)], sample=True,
         name="k larger than the number of distinct words"),
    case("Don't stop-loss; don't\nSTOP!", 2, expected=[("don", 2), ("stop", 2)], sample=True,
         name="apostrophes, hyphens and newlines separate words"),
    case("", 3, expected=[], name="empty text"),
    case("... !!! --- ???\n\t", 5, expected=[], name="no words at all, only separators"),
    case("some words here", 0, expected=[], name="k = 0"),
    case("hello", 1, expected=[("hello", 1)], name="a single word"),
    case("zebra zebra apple apple mango", 2, expected=[("apple", 2), ("zebra", 2)],
         name="tie broken alphabetically, not by first appearance (Counter.most_common)"),
    case("delta charlie bravo alpha", 4,
         expected=[("alpha", 1), ("bravo", 1), ("charlie", 1), ("delta", 1)],
         name="all counts equal: pure alphabetical order"),
    case("model 2024 v2 V2 2024 model", 3,
         expected=[("2024", 2), ("model", 2), ("v2", 2)],
         name="digits are word characters and sort before letters"),
    case("snake_case and snake_case_again", 5,
         expected=[("case", 2), ("snake", 2), ("again", 1), ("and", 1)],
         name="underscores separate words (\\w+ keeps them)"),
    case("a a a b b c", 2, expected=[("a", 3), ("b", 2)],
         name="higher counts first even when alphabetical order differs"),
    case("b b a A", 2, expected=[("a", 2), ("b", 2)], name="uppercase counted with lowercase"),
    case("x " * 50_000 + "y", 1, expected=[("x", 50_000)], name="one word repeated 50,000 times"),
    case(_large(), 25, time_limit=2.0,
         name="200,000 words, 20,000 distinct (counting with list.count is too slow)"),
]


@generate(count=12, seed=11)
def random_texts(rng):
    n = rng.randint(0, 80)
    vocab = rng.sample(VOCAB, rng.randint(1, len(VOCAB)))
    parts = []
    for _ in range(n):
        w = rng.choice(vocab)
        w = rng.choice([w, w, w.upper(), w.capitalize()])
        parts.append(w + rng.choice(SEPARATORS))
    return case("".join(parts), rng.randint(0, 12))
