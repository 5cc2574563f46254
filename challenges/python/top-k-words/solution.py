import re
from collections import Counter

WORD = re.compile(r"[a-z0-9]+")


def top_words(text, k):
    """Return the k most frequent lowercase words as (word, count) tuples.

    Highest count first; equal counts in ascending alphabetical order.
    """
    counts = Counter(WORD.findall(text.lower()))
    ranked = sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))
    return ranked[:k]
