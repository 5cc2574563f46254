def cohens_kappa(rater_a, rater_b):
    """Cohen's kappa: agreement between two raters beyond what chance would give."""
    # your code here
    return 0.0
