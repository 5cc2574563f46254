import math
import unittest

from hparams import parse_hparams

EXAMPLE = """# run 42
learning_rate = 3e-4
epochs=10
optimizer = adam
shuffle = True
dropout = 0.1
"""


class ParseHparamsTest(unittest.TestCase):
    def assertValueError(self, text, message):
        with self.assertRaises(ValueError, msg=f"parse_hparams({text!r}) should raise ValueError") as cm:
            parse_hparams(text)
        self.assertEqual(str(cm.exception), message, f"wrong message for parse_hparams({text!r})")

    def assertTypes(self, result, expected):
        self.assertEqual(result, expected)
        for key, value in expected.items():
            self.assertIs(type(result[key]), type(value),
                          f"{key!r}: expected type {type(value).__name__}, got "
                          f"{type(result[key]).__name__} {result[key]!r}")

    # ---- samples ------------------------------------------------------------------------------

    def test_worked_example(self):
        self.assertTypes(parse_hparams(EXAMPLE), {
            "learning_rate": 0.0003, "epochs": 10, "optimizer": "adam", "shuffle": True,
            "dropout": 0.1})

    def test_missing_equals_sign(self):
        self.assertValueError("epochs = 10\nbatch_size 32", "line 2: expected 'key = value'")

    def test_rejects_non_string(self):
        for bad in (b"epochs = 10", None, ["epochs = 10"], 42):
            with self.assertRaises(TypeError, msg=f"parse_hparams({bad!r}) should raise TypeError"):
                parse_hparams(bad)

    # ---- hidden -------------------------------------------------------------------------------

    def test_invalid_keys(self):
        self.assertValueError("epochs = 10\nbatch size = 32", "line 2: invalid key 'batch size'")
        self.assertValueError("2nd_stage = true", "line 1: invalid key '2nd_stage'")
        self.assertValueError("lr-decay = 0.9", "line 1: invalid key 'lr-decay'")
        self.assertValueError("  = 5", "line 1: invalid key ''")

    def test_missing_value(self):
        self.assertValueError("epochs = 10\nlr =", "line 2: missing value for 'lr'")
        self.assertValueError("lr =    \t", "line 1: missing value for 'lr'")

    def test_duplicate_key_counts_blank_and_comment_lines(self):
        self.assertValueError("epochs = 10\n\n# again\nepochs = 20", "line 4: duplicate key 'epochs'")

    def test_check_order_on_one_line(self):
        # no key and no value: the key check comes first
        self.assertValueError("=", "line 1: invalid key ''")
        # a duplicate key with an empty value: the value check comes first
        self.assertValueError("lr = 1\nlr =", "line 2: missing value for 'lr'")

    def test_first_bad_line_wins(self):
        self.assertValueError("a = 1\nb c = 2\nno equals here\na = 3",
                              "line 2: invalid key 'b c'")

    def test_raises_even_after_valid_lines(self):
        with self.assertRaises(ValueError, msg="an error must be raised, not returned or printed"):
            parse_hparams("a = 1\nb = 2\nc = 3\noops")

    def test_value_conversions(self):
        result = parse_hparams("\n".join([
            "a = -5", "b = +7", "c = 3.0", "d = 1e-3", "e = yes", "f = 0.1.2",
            "g = FALSE", "h = tRuE", "i = 0", "j = 007", "k = adam_w",
        ]))
        self.assertTypes(result, {"a": -5, "b": 7, "c": 3.0, "d": 0.001, "e": "yes",
                                  "f": "0.1.2", "g": False, "h": True, "i": 0, "j": 7,
                                  "k": "adam_w"})

    def test_nan_and_inf_are_floats(self):
        result = parse_hparams("x = nan\ny = inf\nz = -Infinity")
        self.assertIs(type(result["x"]), float)
        self.assertTrue(math.isnan(result["x"]), "'nan' should become float('nan')")
        self.assertEqual(result["y"], math.inf)
        self.assertEqual(result["z"], -math.inf)

    def test_value_may_contain_equals_and_hash(self):
        self.assertTypes(parse_hparams("path = a=b\nname = run#3"),
                         {"path": "a=b", "name": "run#3"})

    def test_whitespace_and_comments(self):
        text = "   # indented comment\n\t\n  lr\t=\t0.5  \n#x = 1\n   name   =   my run  \n"
        self.assertTypes(parse_hparams(text), {"lr": 0.5, "name": "my run"})

    def test_empty_and_comment_only(self):
        self.assertEqual(parse_hparams(""), {})
        self.assertEqual(parse_hparams("\n\n# nothing\n   \n"), {})

    def test_windows_line_endings(self):
        self.assertTypes(parse_hparams("a = 1\r\nb = two\r\n"), {"a": 1, "b": "two"})
        self.assertValueError("a = 1\r\n\r\nbroken\r\n", "line 3: expected 'key = value'")

    def test_bool_words_are_not_ints(self):
        result = parse_hparams("t = true\nf = false\none = 1")
        self.assertIs(result["t"], True)
        self.assertIs(result["f"], False)
        self.assertIs(type(result["one"]), int)

    def test_many_lines(self):
        lines = [f"param_{i} = {i}" for i in range(5_000)]
        result = parse_hparams("\n".join(lines))
        self.assertEqual(len(result), 5_000)
        self.assertEqual(result["param_4999"], 4999)
        self.assertValueError("\n".join(lines + ["param_17 = 1"]), "line 5001: duplicate key 'param_17'")
