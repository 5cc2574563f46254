import json


def validate_config(text, schema):
    """Every way the JSON `text` breaks `schema`, as sorted 'path: message' strings."""
    # your code here: this only checks the top-level required keys
    config = json.loads(text)
    return sorted(f"$.{key}: missing required key" for key in schema.get("required", []) if key not in config)
