import math
import sys

EPS = sys.float_info.epsilon  # 2.220446049250313e-16, the float64 machine epsilon


def log_loss(y_true, y_prob, labels):
    """Mean of -ln(clip(p_true, eps, 1 - eps)) with eps = 2.220446049250313e-16.

    y_prob: rows of len(labels) probabilities, or (two labels only) a flat list of P(labels[1]).
    """
    if len(y_true) == 0:
        return math.nan
    column = {label: j for j, label in enumerate(labels)}
    total = 0.0
    for t, row in zip(y_true, y_prob):
        if isinstance(row, (list, tuple)):
            p = row[column[t]]
        else:  # 1-D binary form: row is P(labels[1])
            p = row if column[t] == 1 else 1 - row
        p = min(max(p, EPS), 1 - EPS)
        total -= math.log(p)
    return total / len(y_true)
