def _pieces(word, vocab):
    """The word's WordPiece tokens by greedy longest match, or None when a piece cannot match."""
    pieces, start = [], 0
    while start < len(word):
        end = len(word)
        while end > start:
            piece = word[start:end] if start == 0 else "##" + word[start:end]
            if piece in vocab:
                break
            end -= 1
        else:  # not even one character matched: the whole word is unknown
            return None
        pieces.append(piece)
        start = end
    return pieces


def wordpiece_tokenize(text, vocab, unk_token="[UNK]", max_input_chars_per_word=100):
    """BERT's WordPiece: greedy longest-match-first subwords of each whitespace-separated word."""
    tokens = []
    for word in text.split():
        pieces = None if len(word) > max_input_chars_per_word else _pieces(word, vocab)
        if pieces is None:
            tokens.append(unk_token)
        else:
            tokens.extend(pieces)
    return tokens
