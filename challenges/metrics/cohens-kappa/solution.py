import math
from collections import Counter


def cohens_kappa(rater_a, rater_b):
    """Cohen's kappa: agreement between two raters beyond what chance would give."""
    n = len(rater_a)
    observed = sum(1 for a, b in zip(rater_a, rater_b) if a == b)
    count_a = Counter(rater_a)
    count_b = Counter(rater_b)
    chance = sum(count_a[c] * count_b[c] for c in count_a)
    # kappa = (p_o - p_e) / (1 - p_e), multiplied through by n² so that it stays in integers
    numerator = n * observed - chance
    denominator = n * n - chance
    if denominator == 0:
        return math.nan
    return numerator / denominator
