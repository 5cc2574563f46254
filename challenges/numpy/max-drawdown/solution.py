import numpy as np


def max_drawdown(prices):
    """(largest fall from a running high as a fraction, peak day, trough day); first days on ties."""
    p = np.asarray(prices, dtype=np.float64)
    running_max = np.maximum.accumulate(p)  # the highest price up to and including each day
    drawdowns = (running_max - p) / running_max  # exactly 0.0 on every new high
    trough = int(np.argmax(drawdowns))  # argmax returns the first of equal maxima
    peak = int(np.argmax(p[: trough + 1]))  # the first day that reached the high before the trough
    return float(drawdowns[trough]), peak, trough
