def log_loss(y_true, y_prob, labels):
    """Mean of -ln(clip(p_true, eps, 1 - eps)) with eps = 2.220446049250313e-16.

    y_prob: rows of len(labels) probabilities, or (two labels only) a flat list of P(labels[1]).
    """
    # your code here
    return 0.0
