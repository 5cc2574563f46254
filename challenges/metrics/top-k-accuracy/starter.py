import numpy as np


def top_k_accuracy(y_true, y_score, k=2):
    """Fraction of samples whose true class is among the k highest-scored classes."""
    # your code here
    return 0.0
