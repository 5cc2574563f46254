def _convert(value):
    """'true'/'false' (any case) -> bool, else int, else float, else the string itself."""
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


def parse_hparams(text):
    """Parse 'key = value' lines into a dict; raise ValueError("line n: ...") on a bad line."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    params = {}
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        key, value = key.strip(), value.strip()
        if not sep:
            raise ValueError(f"line {n}: expected 'key = value'")
        if not key.isidentifier():
            raise ValueError(f"line {n}: invalid key {key!r}")
        if not value:
            raise ValueError(f"line {n}: missing value for {key!r}")
        if key in params:
            raise ValueError(f"line {n}: duplicate key {key!r}")
        params[key] = _convert(value)
    return params
