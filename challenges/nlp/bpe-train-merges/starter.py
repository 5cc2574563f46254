def train_bpe(word_counts, num_merges, min_frequency=2, end_of_word=None):
    """The byte-pair-encoding merges learned from a word-frequency table, in the order learned."""
    # your code here: split each word into characters, then repeatedly merge the best pair
    return []
