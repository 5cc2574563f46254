import re
from collections import Counter

# a run of letters/digits ([^\W_] is a word character that is not "_"), with single ASCII
# apostrophes allowed only between two such runs
TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def top_ngrams(text, n, k):
    """The k most frequent n-grams of text as (ngram, count), by count desc then ngram asc."""
    tokens = TOKEN.findall(text.lower())
    counts = Counter(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:k]
