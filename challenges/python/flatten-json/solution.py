import json


def flatten_json(text, sep="."):
    """Parse a JSON object and flatten it to {joined path: leaf}; ValueError on clashes or non-objects."""
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError(f"the top level must be a JSON object, not {type(data).__name__}")
    flat = {}

    def walk(value, path):
        if isinstance(value, dict) and value:
            for key, item in value.items():
                walk(item, path + [key])
        elif isinstance(value, list) and value:
            for index, item in enumerate(value):
                walk(item, path + [str(index)])
        else:
            key = sep.join(path)
            if key in flat:
                raise ValueError(f"two leaves flatten to the same key {key!r}")
            flat[key] = value

    for key, value in data.items():
        walk(value, [key])
    return flat
