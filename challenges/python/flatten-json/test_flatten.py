import json
import unittest

from flatten import flatten_json


class FlattenJsonTest(unittest.TestCase):
    # ---- samples ---------------------------------------------------------------------------

    def test_worked_example(self):
        text = '{"model": {"name": "bert", "layers": [12, {"heads": 8}]}, "tags": [], "lr": 1e-4}'
        self.assertEqual(flatten_json(text), {
            "model.name": "bert", "model.layers.0": 12, "model.layers.1.heads": 8,
            "tags": [], "lr": 0.0001,
        })

    def test_custom_separator(self):
        self.assertEqual(flatten_json('{"a": {"b": true}}', sep="/"), {"a/b": True})

    def test_top_level_must_be_object(self):
        with self.assertRaises(ValueError):
            flatten_json("[1, 2]")

    # ---- hidden ----------------------------------------------------------------------------

    def test_empty_object(self):
        self.assertEqual(flatten_json("{}"), {})

    def test_single_leaf(self):
        self.assertEqual(flatten_json('{"x": 1}'), {"x": 1})

    def test_two_leaves(self):
        self.assertEqual(flatten_json('{"x": 1, "y": null}'), {"x": 1, "y": None})

    def test_default_separator_is_dot(self):
        self.assertEqual(flatten_json('{"a": {"b": {"c": 0}}}'), {"a.b.c": 0})

    def test_multi_character_separator(self):
        self.assertEqual(flatten_json('{"a": {"b": [5]}}', "__"), {"a__b__0": 5})

    def test_empty_containers_are_leaves(self):
        result = flatten_json('{"a": {}, "b": [], "c": {"d": {}}, "e": [[]]}')
        self.assertEqual(result, {"a": {}, "b": [], "c.d": {}, "e.0": []})
        self.assertIsInstance(result["a"], dict)
        self.assertIsInstance(result["b"], list)

    def test_value_types_are_kept(self):
        result = flatten_json('{"t": true, "f": false, "n": null, "i": 3, "x": 3.0, "s": "3"}')
        self.assertEqual(result, {"t": True, "f": False, "n": None, "i": 3, "x": 3.0, "s": "3"})
        self.assertIs(type(result["t"]), bool)
        self.assertIs(type(result["i"]), int)
        self.assertIs(type(result["x"]), float)

    def test_strings_are_not_descended_into(self):
        self.assertEqual(flatten_json('{"word": "abc", "list": ["xy"]}'),
                         {"word": "abc", "list.0": "xy"})

    def test_nested_arrays(self):
        self.assertEqual(flatten_json('{"m": [[1, 2], [3]]}'),
                         {"m.0.0": 1, "m.0.1": 2, "m.1.0": 3})

    def test_array_indices_past_nine(self):
        result = flatten_json(json.dumps({"v": list(range(12))}))
        self.assertEqual(result["v.10"], 10)
        self.assertEqual(result["v.11"], 11)
        self.assertEqual(len(result), 12)

    def test_empty_and_odd_keys(self):
        self.assertEqual(flatten_json('{"": {"": 1}, "a b": {"c.d": 2}}'),
                         {".": 1, "a b.c.d": 2})

    def test_clash_raises_value_error(self):
        with self.assertRaises(ValueError):
            flatten_json('{"a": {"b": 1}, "a.b": 2}')

    def test_clash_in_either_order(self):
        with self.assertRaises(ValueError):
            flatten_json('{"a.b": 2, "a": {"b": 1}}')

    def test_clash_between_array_index_and_key(self):
        with self.assertRaises(ValueError):
            flatten_json('{"a": [7], "a.0": 8}')

    def test_no_clash_with_other_separator(self):
        self.assertEqual(flatten_json('{"a": {"b": 1}, "a.b": 2}', sep="/"), {"a/b": 1, "a.b": 2})

    def test_scalar_top_levels_raise(self):
        for text in ('"text"', "3", "true", "null", "[]", "2.5"):
            with self.subTest(text=text):
                with self.assertRaises(ValueError):
                    flatten_json(text)

    def test_invalid_json_raises_value_error(self):
        for text in ("", "{", '{"a": }', "{'a': 1}", '{"a": 1,}'):
            with self.subTest(text=text):
                with self.assertRaises(ValueError):
                    flatten_json(text)

    def test_deep_nesting(self):
        doc = 1
        for _ in range(100):
            doc = {"k": doc}
        self.assertEqual(flatten_json(json.dumps(doc)), {".".join(["k"] * 100): 1})

    def test_unicode_keys_and_values(self):
        self.assertEqual(flatten_json('{"données": {"clé": "✓"}}'), {"données.clé": "✓"})

    def test_large_document(self):
        doc = {f"user{i}": {"id": i, "scores": [i, i + 1], "meta": {"ok": i % 2 == 0}}
               for i in range(25_000)}
        result = flatten_json(json.dumps(doc))
        self.assertEqual(len(result), 100_000)
        self.assertEqual(result["user24999.scores.1"], 25_000)
        self.assertIs(result["user10.meta.ok"], True)
