import numpy as np


def max_drawdown(prices):
    """(largest fall from a running high as a fraction, peak day, trough day); first days on ties."""
    # your code here: for now the fall from the first day to the lowest day
    trough = int(np.argmin(prices))
    return float((prices[0] - prices[trough]) / prices[0]), 0, trough
