def rank_models(results, metric="accuracy", higher_is_better=True):
    """Model names best first: by metric, then lower latency, then name; missing metrics last."""
    # your code here
    return [r["name"] for r in results]
