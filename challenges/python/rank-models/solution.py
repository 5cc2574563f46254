def rank_models(results, metric="accuracy", higher_is_better=True):
    """Model names best first: by metric, then lower latency, then name; missing metrics last."""
    scored = [r for r in results if r.get(metric) is not None]
    missing = [r for r in results if r.get(metric) is None]
    if higher_is_better:
        scored.sort(key=lambda r: (-r[metric], r["latency_ms"], r["name"]))
    else:
        scored.sort(key=lambda r: (r[metric], r["latency_ms"], r["name"]))
    missing.sort(key=lambda r: r["name"])
    return [r["name"] for r in scored + missing]
