import re

_NUMBER = r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?"
_KEY = r"[A-Za-z_][A-Za-z0-9_]*"
_NAME = re.compile(rf"{_KEY}={_NUMBER}(?:-{_KEY}={_NUMBER})*\.ckpt")
_FIELD = re.compile(rf"({_KEY})=({_NUMBER})")


def _fields(name):
    """{key: float} of a checkpoint name, or None if it is not one."""
    if not _NAME.fullmatch(name):
        return None
    pairs = _FIELD.findall(name[: -len(".ckpt")])
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        return None
    return {key: float(value) for key, value in pairs}


def best_checkpoint(paths, metric="val_loss", mode="min"):
    """The path whose checkpoint name has the best `metric` (first on ties), or None."""
    best_path, best_value = None, None
    for path in paths:
        fields = _fields(path.rsplit("/", 1)[-1])
        if fields is None or metric not in fields:
            continue
        value = fields[metric]
        if best_path is None or (value < best_value if mode == "min" else value > best_value):
            best_path, best_value = path, value
    return best_path
