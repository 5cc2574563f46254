import numpy as np


def balanced_class_weights(y, beta=None):
    """(classes, class_weights, sample_weights): inverse frequency, or inverse effective number with beta."""
    y = np.asarray(y)
    # sorted distinct labels, where each sample's label sits among them, and how often each occurs
    classes, inverse, counts = np.unique(y, return_inverse=True, return_counts=True)
    if beta is None:
        raw = 1.0 / counts
    else:
        # 1 / E(c) up to the common factor (1 - beta), which the scaling below cancels;
        # 1 - beta**count computed as -expm1(count * log(beta)) stays accurate for beta near 1
        with np.errstate(divide="ignore"):  # beta = 0: log(0) = -inf, and 1 - 0**count = 1
            raw = 1.0 / -np.expm1(counts * np.log(beta))
    # scale so that the sample weights add up to n (for beta=None: n / (n_classes * count))
    total = (counts * raw).sum()
    class_weights = raw * (len(y) / total) if len(classes) > 0 else raw
    sample_weights = class_weights[inverse]  # one gather: every sample takes its class's weight
    return classes, class_weights, sample_weights
