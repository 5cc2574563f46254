def rouge_l(candidate, reference):
    """ROUGE-L (precision, recall, F1) from the longest common subsequence of the tokens."""
    # your code here
    return (0.0, 0.0, 0.0)
