def wordpiece_tokenize(text, vocab, unk_token="[UNK]", max_input_chars_per_word=100):
    """BERT's WordPiece: greedy longest-match-first subwords of each whitespace-separated word."""
    # your code here: for now, whole words, or the unknown token
    return [word if word in vocab else unk_token for word in text.split()]
