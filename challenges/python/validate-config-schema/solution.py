import json


def _reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def _json_type(value):
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if value is None:
        return "null"
    if isinstance(value, list):
        return "array"
    return "object"


def _matches(value, expected_type):
    actual = _json_type(value)
    return actual == expected_type or (expected_type == "number" and actual == "integer")


def _json_equal(a, b):
    """Equality as JSON sees it: true is not 1, but 1 equals 1.0."""
    ta, tb = _json_type(a), _json_type(b)
    numbers = ("integer", "number")
    if ta in numbers and tb in numbers:
        return a == b
    if ta != tb:
        return False
    if ta == "array":
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b))
    if ta == "object":
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    return a == b


def _check(value, schema, path, errors):
    expected_type = schema.get("type")
    if expected_type is not None and not _matches(value, expected_type):
        errors.append(f"{path}: expected {expected_type}, got {_json_type(value)}")
        return
    if "enum" in schema and not any(_json_equal(value, option) for option in schema["enum"]):
        errors.append(f"{path}: {json.dumps(value)} is not one of {json.dumps(schema['enum'])}")
    kind = _json_type(value)
    if kind in ("integer", "number"):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: {json.dumps(value)} is less than the minimum {json.dumps(schema['minimum'])}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: {json.dumps(value)} is greater than the maximum {json.dumps(schema['maximum'])}")
    elif kind == "array" and "items" in schema:
        for i, item in enumerate(value):
            _check(item, schema["items"], f"{path}[{i}]", errors)
    elif kind == "object":
        properties = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}.{key}: missing required key")
        for key, item in value.items():
            if key in properties:
                _check(item, properties[key], f"{path}.{key}", errors)
            elif not schema.get("additionalProperties", True):
                errors.append(f"{path}.{key}: unexpected key")


def validate_config(text, schema):
    """Every way the JSON `text` breaks `schema`, as sorted 'path: message' strings."""
    try:
        config = json.loads(text, parse_constant=_reject_constant)
    except ValueError:
        return ["$: invalid JSON"]
    errors = []
    _check(config, schema, "$", errors)
    return sorted(errors)
