from collections import Counter


def _merge(symbols, left, right):
    """symbols with every (left, right) occurrence joined, scanning left to right."""
    out, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and symbols[i] == left and symbols[i + 1] == right:
            out.append(left + right)
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return out


def train_bpe(word_counts, num_merges, min_frequency=2, end_of_word=None):
    """The byte-pair-encoding merges learned from a word-frequency table, in the order learned."""
    words = []
    for word, count in word_counts.items():
        symbols = list(word)
        if end_of_word is not None:
            symbols.append(end_of_word)
        words.append((symbols, count))
    merges = []
    while len(merges) < num_merges:
        pairs = Counter()
        for symbols, count in words:
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] += count
        if not pairs:
            break
        # most frequent first; among equal counts the smallest (left, right) tuple
        best = min(pairs, key=lambda pair: (-pairs[pair], pair))
        if pairs[best] < min_frequency:
            break
        merges.append(best)
        words = [(_merge(symbols, *best), count) for symbols, count in words]
    return merges
