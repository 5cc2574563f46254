import json
import math
import os
import shutil
import tempfile
import unittest

from metrics_log import (
    InvalidValueError,
    MalformedLineError,
    MetricsLogError,
    MissingFieldError,
    read_metric,
)

EXAMPLE = '{"step": 0, "loss": 2.31}\n\n{"step": 100, "loss": 1.07, "acc": 0.52}\n{"step": 200, "los\n'


def write(name, text):
    with open(name, "w", encoding="utf-8") as f:
        f.write(text)
    return name


class MetricsLogTest(unittest.TestCase):
    # Each test runs in its own fresh, empty temporary working directory.

    def setUp(self):
        self._old_cwd = os.getcwd()
        self._dir = tempfile.mkdtemp()
        os.chdir(self._dir)

    def tearDown(self):
        os.chdir(self._old_cwd)
        shutil.rmtree(self._dir, ignore_errors=True)

    def raises(self, cls, path, name, line, message, **kwargs):
        with self.assertRaises(cls) as ctx:
            read_metric(path, name, **kwargs)
        err = ctx.exception
        self.assertIs(type(err), cls)
        self.assertEqual((err.path, err.line, err.message), (path, line, message))
        self.assertEqual(str(err), f"{path}:{line}: {message}")
        return err

    # ---- samples ---------------------------------------------------------------------------

    def test_worked_example(self):
        write("metrics.jsonl", EXAMPLE)
        self.assertEqual(read_metric("metrics.jsonl", "loss", skip_malformed=True), [(0, 2.31), (100, 1.07)])

    def test_malformed_line_names_file_and_line(self):
        write("metrics.jsonl", EXAMPLE)
        err = self.raises(MalformedLineError, "metrics.jsonl", "loss", 4, "not valid JSON")
        self.assertIsInstance(err, MetricsLogError)
        self.assertIsInstance(err.__cause__, json.JSONDecodeError)

    def test_missing_field(self):
        write("metrics.jsonl", EXAMPLE)
        err = self.raises(MissingFieldError, "metrics.jsonl", "acc", 1, "missing field 'acc'", skip_malformed=True)
        self.assertEqual(err.field, "acc")

    # ---- hidden ----------------------------------------------------------------------------

    def test_clean_file_keeps_types_and_order(self):
        write("m.jsonl", '{"step": 5, "acc": 1}\n{"step": 3, "acc": 0.5}\n{"step": 10, "acc": 1e-3}\n')
        result = read_metric("m.jsonl", "acc")
        self.assertEqual(result, [(5, 1), (3, 0.5), (10, 0.001)])
        self.assertIs(type(result), list)
        self.assertEqual([type(v) for _, v in result], [int, float, float])
        self.assertIs(type(result[0]), tuple)

    def test_default_does_not_skip_malformed(self):
        write("m.jsonl", '{"step": 0, "loss": 1}\nnot json\n')
        self.raises(MalformedLineError, "m.jsonl", "loss", 2, "not valid JSON")

    def test_explicit_false_does_not_skip(self):
        write("m.jsonl", '[1, 2]\n')
        self.raises(MalformedLineError, "m.jsonl", "loss", 1, "not a JSON object", skip_malformed=False)

    def test_not_an_object_has_no_cause(self):
        for i, text in enumerate(['[{"step": 0}]', '"step"', "42", "null", "true"]):
            with self.subTest(text=text):
                name = write(f"n{i}.jsonl", text + "\n")
                err = self.raises(MalformedLineError, name, "loss", 1, "not a JSON object")
                self.assertIsNone(err.__cause__)

    def test_skip_malformed_skips_both_kinds(self):
        write("m.jsonl", '{"step": 1, "loss": 3}\n[1]\n{oops\n{"step": 2, "loss": 4}\n')
        self.assertEqual(read_metric("m.jsonl", "loss", skip_malformed=True), [(1, 3), (2, 4)])

    def test_skip_malformed_still_raises_other_errors(self):
        write("m.jsonl", '{"step": 1, "loss": 3}\n{bad\n{"step": "2", "loss": 4}\n')
        err = self.raises(
            InvalidValueError, "m.jsonl", "loss", 3, "step must be a non-negative int", skip_malformed=True
        )
        self.assertIsInstance(err, ValueError)

    def test_missing_step(self):
        write("m.jsonl", '{"step": 0, "loss": 1}\n{"loss": 2}\n')
        err = self.raises(MissingFieldError, "m.jsonl", "loss", 2, "missing field 'step'")
        self.assertEqual(err.field, "step")
        self.assertIsNone(err.__cause__)

    def test_step_checked_before_metric(self):
        write("m.jsonl", '{"acc": 2}\n')
        err = self.raises(MissingFieldError, "m.jsonl", "loss", 1, "missing field 'step'")
        self.assertEqual(err.field, "step")
        write("b.jsonl", '{"step": -1}\n')
        self.raises(InvalidValueError, "b.jsonl", "loss", 1, "step must be a non-negative int")

    def test_bad_steps(self):
        for i, step in enumerate(['-1', '1.0', 'true', 'false', '"3"', 'null', '[1]']):
            with self.subTest(step=step):
                name = write(f"s{i}.jsonl", f'{{"step": {step}, "loss": 1.0}}\n')
                self.raises(InvalidValueError, name, "loss", 1, "step must be a non-negative int")

    def test_step_zero_and_large_are_fine(self):
        write("m.jsonl", '{"step": 0, "loss": 1}\n{"step": 123456789012345678901, "loss": 2}\n')
        self.assertEqual(read_metric("m.jsonl", "loss"), [(0, 1), (123456789012345678901, 2)])

    def test_bad_values(self):
        for i, value in enumerate(['"0.5"', 'true', 'false', 'null', '[0.5]', '{"v": 1}']):
            with self.subTest(value=value):
                name = write(f"v{i}.jsonl", f'{{"step": 7, "val_loss": {value}}}\n')
                err = self.raises(InvalidValueError, name, "val_loss", 1, "'val_loss' must be a number")
                self.assertIsInstance(err, ValueError)
                self.assertIsInstance(err, MetricsLogError)

    def test_negative_zero_and_special_numbers(self):
        write("m.jsonl", '{"step": 1, "g": -3}\n{"step": 2, "g": 0}\n{"step": 3, "g": NaN}\n{"step": 4, "g": -Infinity}\n')
        result = read_metric("m.jsonl", "g")
        self.assertEqual(result[:2], [(1, -3), (2, 0)])
        self.assertEqual([s for s, _ in result], [1, 2, 3, 4])
        self.assertTrue(math.isnan(result[2][1]))
        self.assertEqual(result[3][1], -math.inf)

    def test_blank_lines_count_for_line_numbers(self):
        write("m.jsonl", '\n   \n\t\n{"step": 0}\n')
        self.raises(MissingFieldError, "m.jsonl", "loss", 4, "missing field 'loss'")

    def test_empty_and_blank_files(self):
        write("empty.jsonl", "")
        write("blank.jsonl", "\n  \n\n")
        self.assertEqual(read_metric("empty.jsonl", "loss"), [])
        self.assertEqual(read_metric("blank.jsonl", "loss"), [])

    def test_single_line_without_newline(self):
        write("m.jsonl", '{"step": 9, "loss": 0.25}')
        self.assertEqual(read_metric("m.jsonl", "loss"), [(9, 0.25)])

    def test_first_problem_wins(self):
        write("m.jsonl", '{"step": 0, "loss": 1}\n{"step": 1}\n{broken\n')
        self.raises(MissingFieldError, "m.jsonl", "loss", 2, "missing field 'loss'")

    def test_missing_file_is_not_wrapped(self):
        with self.assertRaises(FileNotFoundError) as ctx:
            read_metric("no-such-file.jsonl", "loss")
        self.assertNotIsInstance(ctx.exception, MetricsLogError)

    def test_subdirectory_path_and_utf8(self):
        os.makedirs("runs/exp-1")
        path = os.path.join("runs", "exp-1", "metrics.jsonl")
        write(path, '{"step": 0, "note": "épocа ✓", "loss": 0.5}\n{"step": 1, "loss": "∞"}\n')
        self.raises(InvalidValueError, path, "loss", 2, "'loss' must be a number")

    def test_catch_all_with_base_class(self):
        write("m.jsonl", '{"step": 0, "loss": 1}\n{"step": 1, "lr": 3}\n')
        with self.assertRaises(MetricsLogError) as ctx:
            read_metric("m.jsonl", "loss")
        self.assertIsInstance(ctx.exception, MissingFieldError)
        self.assertNotIsInstance(ctx.exception, ValueError)
        self.assertNotIsInstance(ctx.exception, KeyError)

    def test_exception_classes_directly(self):
        err = MetricsLogError("a.jsonl", 3, "something odd")
        self.assertEqual(str(err), "a.jsonl:3: something odd")
        self.assertEqual((err.path, err.line, err.message), ("a.jsonl", 3, "something odd"))
        missing = MissingFieldError("b.jsonl", 1, "acc")
        self.assertEqual((str(missing), missing.field), ("b.jsonl:1: missing field 'acc'", "acc"))
        self.assertTrue(issubclass(MalformedLineError, MetricsLogError))
        self.assertTrue(issubclass(InvalidValueError, ValueError))
        self.assertFalse(issubclass(MalformedLineError, ValueError))

    def test_many_lines(self):
        lines = [json.dumps({"step": i, "loss": 1 / (i + 1)}) for i in range(20_000)]
        write("big.jsonl", "\n".join(lines) + "\n")
        result = read_metric("big.jsonl", "loss")
        self.assertEqual(len(result), 20_000)
        self.assertEqual(result[-1], (19_999, 1 / 20_000))


if __name__ == "__main__":
    unittest.main()
