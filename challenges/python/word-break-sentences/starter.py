def word_break(text, words):
    """Every way to split text into dictionary words, as space-joined sentences, sorted."""
    # your code here
    return []
