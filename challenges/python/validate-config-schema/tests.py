import json

from drill import case, generate

COMPARE = "exact"
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

SCHEMA = {
    "type": "object",
    "required": ["model", "optimizer"],
    "additionalProperties": False,
    "properties": {
        "model": {"type": "string", "enum": ["resnet18", "resnet50"]},
        "epochs": {"type": "integer", "minimum": 1},
        "optimizer": {
            "type": "object",
            "required": ["lr"],
            "properties": {"lr": {"type": "number", "minimum": 0, "maximum": 1}},
        },
        "layers": {"type": "array", "items": {"type": "integer", "minimum": 1}},
    },
}

EXAMPLE = '{"model": "resnet34", "epochs": 0, "optimizer": {"lr": 3}, "layers": [64, 0, "32"], "seed": 1}'

TYPES = ["object", "array", "string", "number", "integer", "boolean", "null"]
VALUES = ['{}', '[]', '"s"', '1.5', '2', 'true', 'false', 'null', '0', '-0.0', '1e3', '1.0']


def _type_table():
    """Every value against every type: the expected messages, written out by hand."""
    actual = {'{}': "object", '[]': "array", '"s"': "string", '1.5': "number", '2': "integer",
              'true': "boolean", 'false': "boolean", 'null': "null", '0': "integer", '-0.0': "number",
              '1e3': "number", '1.0': "number"}
    cases = []
    for text, kind in actual.items():
        for t in TYPES:
            ok = kind == t or (t == "number" and kind == "integer")
            cases.append(case(text, {"type": t}, expected=[] if ok else [f"$: expected {t}, got {kind}"],
                              name=f"type table: {text} against {t}"))
    return cases


DEEP_SCHEMA = {"type": "object", "properties": {}}
_s = DEEP_SCHEMA
for _ in range(40):
    _s["properties"]["n"] = {"type": "object", "properties": {}}
    _s = _s["properties"]["n"]
_s["properties"]["x"] = {"type": "integer", "maximum": 9}
DEEP_TEXT = '{"n": ' * 40 + '{"x": 10}' + '}' * 40

CASES = [
    case(EXAMPLE, SCHEMA, expected=[
        "$.epochs: 0 is less than the minimum 1",
        "$.layers[1]: 0 is less than the minimum 1",
        "$.layers[2]: expected integer, got string",
        '$.model: "resnet34" is not one of ["resnet18", "resnet50"]',
        "$.optimizer.lr: 3 is greater than the maximum 1",
        "$.seed: unexpected key",
    ], sample=True, name="worked example"),
    case('{"model": "resnet18", "optimizer": {"lr": 0.1}}', SCHEMA, expected=[], sample=True, name="a valid config"),
    case('{"model": "resnet18",', SCHEMA, expected=["$: invalid JSON"], sample=True, name="truncated JSON"),
    case("[]", SCHEMA, expected=["$: expected object, got array"], name="the wrong type at the top stops everything"),
    case("{}", SCHEMA, expected=["$.model: missing required key", "$.optimizer: missing required key"],
         name="both required keys missing"),
    case('{"model": "resnet50", "optimizer": {}}', SCHEMA, expected=["$.optimizer.lr: missing required key"],
         name="a nested required key"),
    case('{"model": "resnet50", "optimizer": {"lr": 0, "momentum": 0.9}, "epochs": 1, "layers": []}', SCHEMA,
         expected=[], name="bounds are inclusive; extra keys are allowed by default inside optimizer"),
    case('{"model": "resnet50", "optimizer": {"lr": 1}}', SCHEMA, expected=[], name="the maximum itself is allowed"),
    case('{"model": "resnet50", "optimizer": {"lr": 1.0000001}}', SCHEMA,
         expected=["$.optimizer.lr: 1.0000001 is greater than the maximum 1"], name="just above the maximum"),
    case('{"model": "resnet50", "optimizer": {"lr": -1e-300}}', SCHEMA,
         expected=["$.optimizer.lr: -1e-300 is less than the minimum 0"], name="just below the minimum"),
    case('{"model": "resnet50", "optimizer": {"lr": "0.1"}, "epochs": 2.0}', SCHEMA,
         expected=["$.epochs: expected integer, got number", "$.optimizer.lr: expected number, got string"],
         name="2.0 is not an integer; a string is not a number"),
    case('{"model": "resnet50", "optimizer": {"lr": true}, "epochs": false}', SCHEMA,
         expected=["$.epochs: expected integer, got boolean", "$.optimizer.lr: expected number, got boolean"],
         name="booleans are not numbers"),
    case('{"model": null, "optimizer": null}', SCHEMA,
         expected=["$.model: expected string, got null", "$.optimizer: expected object, got null"],
         name="null values are present but of the wrong type"),
    case('{"model": "resnet50", "optimizer": {"lr": NaN}}', SCHEMA, expected=["$: invalid JSON"], name="NaN is not JSON"),
    case('{"x": Infinity}', {}, expected=["$: invalid JSON"], name="Infinity is not JSON"),
    case('[-Infinity]', {}, expected=["$: invalid JSON"], name="-Infinity is not JSON"),
    case("", {}, expected=["$: invalid JSON"], name="empty text"),
    case("{'a': 1}", {}, expected=["$: invalid JSON"], name="single quotes are not JSON"),
    case('{"a": 1,}', {}, expected=["$: invalid JSON"], name="a trailing comma"),
    case('{"a": 1} {"b": 2}', {}, expected=["$: invalid JSON"], name="two documents"),
    case('  \n {"a": [1, 2]}\n', {}, expected=[], name="whitespace around the document; an empty schema accepts anything"),
    case("null", {}, expected=[], name="null with an empty schema"),
    case('{"layers": [5, 0, -1, 2.5, true, null, 7]}', {"properties": SCHEMA["properties"]}, expected=[
        "$.layers[1]: 0 is less than the minimum 1",
        "$.layers[2]: -1 is less than the minimum 1",
        "$.layers[3]: expected integer, got number",
        "$.layers[4]: expected integer, got boolean",
        "$.layers[5]: expected integer, got null",
    ], name="every array element is checked"),
    case("[" + ", ".join(["0"] * 12) + "]", {"items": {"minimum": 1}}, name="paths sort as strings: [10] before [2]"),
    case('{"a": 1, "b": 2, "c": 3}', {"additionalProperties": False, "properties": {"b": {}}},
         expected=["$.a: unexpected key", "$.c: unexpected key"], name="additionalProperties false without type"),
    case('{"a": 1}', {"additionalProperties": True, "required": ["a", "b"]},
         expected=["$.b: missing required key"], name="additionalProperties true; required without properties"),
    case('{"a": 1}', {"additionalProperties": False}, expected=["$.a: unexpected key"],
         name="no properties at all and additionalProperties false"),
    case('"resnet"', {"minimum": 3, "maximum": 1, "required": ["x"], "items": {"type": "null"},
                      "properties": {"x": {"type": "null"}}},
         expected=[], name="keywords for other types are ignored"),
    case('[1, 2]', {"required": ["x"], "additionalProperties": False, "minimum": 5}, expected=[],
         name="object and number keywords on an array are ignored"),
    case('{"a": [1]}', {"items": {"type": "string"}, "maximum": 0}, expected=[], name="items on an object is ignored"),
    case('{"k": 3}', {"type": "string", "required": ["z"], "additionalProperties": False},
         expected=["$: expected string, got object"], name="after a type error nothing inside is checked"),
    case("true", {"enum": [1, 0]}, expected=["$: true is not one of [1, 0]"], name="enum: true is not 1"),
    case("1", {"enum": [True]}, expected=["$: 1 is not one of [true]"], name="enum: 1 is not true"),
    case("1.0", {"enum": [1]}, expected=[], name="enum: 1.0 equals 1"),
    case("2", {"enum": [2.0, "2"]}, expected=[], name="enum: 2 equals 2.0"),
    case('"2"', {"enum": [2]}, expected=['$: "2" is not one of [2]'], name="enum: a string is not a number"),
    case("null", {"enum": [None, 0]}, expected=[], name="enum: null"),
    case("0", {"enum": [None, False, "", []]}, expected=['$: 0 is not one of [null, false, "", []]'],
         name="enum: 0 is none of the falsy values"),
    case("[true, 1]", {"enum": [[1, 1], [True, True], [True, 1.0]]}, expected=[], name="enum: arrays compare element-wise"),
    case("[1, true]", {"enum": [[1, 1], [True, True]]}, expected=["$: [1, true] is not one of [[1, 1], [true, true]]"],
         name="enum: no array matches element-wise"),
    case("[1]", {"enum": [[1, 1], [], 1]}, expected=["$: [1] is not one of [[1, 1], [], 1]"],
         name="enum: arrays of another length"),
    case('{"a": {"b": false}}', {"enum": [{"a": {"b": 0}}, {"a": {}}, {"a": {"b": False, "c": 1}}]},
         expected=['$: {"a": {"b": false}} is not one of [{"a": {"b": 0}}, {"a": {}}, {"a": {"b": false, "c": 1}}]'],
         name="enum: objects compare key by key"),
    case('{"b": 1, "a": [2.0]}', {"enum": [{"a": [2], "b": 1.0}]}, expected=[], name="enum: key order does not matter"),
    case('"adam"', {"type": "string", "enum": []}, expected=['$: "adam" is not one of []'], name="an empty enum"),
    case("5", {"type": "integer", "enum": [1, 2], "minimum": 6, "maximum": 4}, expected=[
        "$: 5 is greater than the maximum 4", "$: 5 is less than the minimum 6", "$: 5 is not one of [1, 2]",
    ], name="several problems with one value"),
    case('{"lr": 1e-05}', {"properties": {"lr": {"minimum": 0.0001}}},
         expected=["$.lr: 1e-05 is less than the minimum 0.0001"], name="json.dumps formatting of small floats"),
    case("123456789012345678901234567890", {"maximum": 1e29},
         expected=["$: 123456789012345678901234567890 is greater than the maximum 1e+29"],
         name="a huge integer compared exactly with a float bound"),
    case("1e308", {"maximum": 1.7976931348623157e308, "minimum": 1e308}, expected=[], name="huge floats within bounds"),
    case("-0.0", {"minimum": 0}, expected=[], name="-0.0 is not below 0"),
    case("5e-324", {"maximum": 0}, expected=["$: 5e-324 is greater than the maximum 0"], name="the smallest subnormal"),
    case('{"a b": {"c.d": 1}, "": 2}', {"properties": {"a b": {"properties": {"c.d": {"type": "string"}}},
                                                        "": {"type": "null"}}},
         expected=["$.: expected null, got integer", "$.a b.c.d: expected string, got integer"],
         name="keys are written into the path as they are"),
    case('{"\\u00e9t\\u00e9": "x"}', {"additionalProperties": False}, expected=["$.\u00e9t\u00e9: unexpected key"],
         name="escaped unicode keys"),
    case('{"a": "\\"quoted\\""}', {"properties": {"a": {"enum": ["x"]}}},
         expected=['$.a: "\\"quoted\\"" is not one of ["x"]'], name="strings with quotes in messages"),
    case('{"d": 1, "d": "x"}', {"properties": {"d": {"type": "integer"}}},
         expected=["$.d: expected integer, got string"], name="a repeated key: the last one counts, as in json.loads"),
    case('{"model": "resnet18", "optimizer": {"lr": 0.5}}', {"properties": {}}, expected=[], name="empty properties"),
    case(DEEP_TEXT, DEEP_SCHEMA, expected=["$" + ".n" * 40 + ".x: 10 is greater than the maximum 9"],
         name="40 levels deep"),
    case("[[1, [2, [3, 4]]], [5]]", {"items": {"items": {"type": "integer", "minimum": 2}}},
         name="nested arrays"),
    case(json.dumps({"runs": [{"id": i, "lr": (i % 7) / 4, "tag": ["a", "b", True][i % 3]} for i in range(3000)]}),
         {"type": "object", "properties": {"runs": {"type": "array", "items": {
             "type": "object", "required": ["id", "lr", "seed"], "additionalProperties": False,
             "properties": {"id": {"type": "integer"}, "lr": {"type": "number", "maximum": 1},
                            "tag": {"enum": ["a", "b"]}}}}}},
         time_limit=5.0, name="3,000 records"),
] + _type_table()


_SCALARS = ['0', '1', '-3', '2.5', '1e-3', 'true', 'false', 'null', '"resnet18"', '"resnet50"', '"x"', '12', '0.0']


def _random_value(rng, depth):
    if depth > 2 or rng.random() < 0.5:
        return rng.choice(_SCALARS)
    if rng.random() < 0.5:
        return "[" + ", ".join(_random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))) + "]"
    keys = rng.sample(["model", "epochs", "optimizer", "layers", "lr", "seed"], rng.randint(0, 4))
    return "{" + ", ".join(f'"{k}": {_random_value(rng, depth + 1)}' for k in keys) + "}"


@generate(count=40, seed=5)
def random_configs(rng):
    schema = rng.choice([SCHEMA, {"properties": SCHEMA["properties"]}, SCHEMA["properties"]["optimizer"],
                         {"type": "array", "items": SCHEMA}, {"enum": [0, 1.0, True, None, "x", [1], {"lr": 1}]}])
    return case(_random_value(rng, 0), schema)
