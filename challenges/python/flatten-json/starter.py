import json


def flatten_json(text, sep="."):
    """Parse a JSON object and flatten it to {joined path: leaf}; ValueError on clashes or non-objects."""
    # your code here: this only parses; nested values are not flattened yet
    return json.loads(text)
