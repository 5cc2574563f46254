def word_break(text, words):
    """Every way to split text into dictionary words, as space-joined sentences, sorted."""
    vocab = {w for w in words if w}
    lengths = sorted({len(w) for w in vocab})
    n = len(text)

    # Positions the start can reach through dictionary words: only they need sentences.
    reachable = [False] * (n + 1)
    reachable[0] = True
    for i in range(n):
        if reachable[i]:
            for length in lengths:
                if i + length > n:
                    break
                if text[i:i + length] in vocab:
                    reachable[i + length] = True

    # tails[i]: every sentence for text[i:], built from the end, only at reachable positions.
    tails = [[] for _ in range(n + 1)]
    tails[n] = [""]
    for i in range(n - 1, -1, -1):
        if not reachable[i]:
            continue
        for length in lengths:
            j = i + length
            if j > n:
                break
            word = text[i:j]
            if tails[j] and word in vocab:
                tails[i].extend(f"{word} {rest}" if rest else word for rest in tails[j])
    return sorted(tails[0])
