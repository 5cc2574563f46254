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


def _encode_word(word, ranks, end_of_word):
    symbols = list(word)
    if end_of_word is not None:
        symbols.append(end_of_word)
    while len(symbols) > 1:
        # the adjacent pair with the lowest rank (earliest merge); pairs without a rank never merge
        best = min(zip(symbols, symbols[1:]), key=lambda pair: ranks.get(pair, len(ranks)))
        if best not in ranks:
            break
        symbols = _merge(symbols, *best)
    return symbols


def bpe_encode(text, merges, end_of_word=None):
    """The BPE tokens of text's whitespace-separated words, merges applied in rank order."""
    ranks = {}
    for rank, pair in enumerate(merges):
        ranks.setdefault(tuple(pair), rank)  # a repeated pair keeps its first (lowest) rank
    cache = {}  # each distinct word is encoded once
    tokens = []
    for word in text.split():
        if word not in cache:
            cache[word] = _encode_word(word, ranks, end_of_word)
        tokens.extend(cache[word])
    return tokens
