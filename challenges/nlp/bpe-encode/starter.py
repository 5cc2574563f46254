def bpe_encode(text, merges, end_of_word=None):
    """The BPE tokens of text's whitespace-separated words, merges applied in rank order."""
    # your code here: for now, every character is a token
    return [ch for word in text.split() for ch in word]
