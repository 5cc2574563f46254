import dataclasses
import unittest

from runs import TrainingRun


class TrainingRunTest(unittest.TestCase):
    # ---- samples ---------------------------------------------------------------------------

    def test_worked_example(self):
        run = TrainingRun("bert-ft", 3e-5, epochs=3, tags=["nlp"])
        self.assertEqual(repr(run),
                         "TrainingRun(name='bert-ft', learning_rate=3e-05, epochs=3, tags=['nlp'])")
        self.assertIsNone(run.best_loss)
        for loss in (0.9, 0.4, 0.5):
            self.assertIsNone(run.log_loss(loss))
        self.assertEqual(run.losses, [0.9, 0.4, 0.5])
        self.assertEqual(run.best_loss, 0.4)
        with self.assertRaises(ValueError):
            run.log_loss(0.3)
        self.assertEqual(run.losses, [0.9, 0.4, 0.5])
        self.assertTrue(run == TrainingRun("bert-ft", 3e-5, 3, ["nlp"]))

    def test_defaults(self):
        run = TrainingRun("base", 0.1)
        self.assertEqual(run.epochs, 10)
        self.assertEqual(run.tags, [])
        self.assertEqual(run.losses, [])

    def test_invalid_learning_rate(self):
        with self.assertRaises(ValueError):
            TrainingRun("x", 0)

    # ---- hidden ----------------------------------------------------------------------------

    def test_is_a_dataclass_with_the_fields_in_order(self):
        self.assertTrue(dataclasses.is_dataclass(TrainingRun))
        names = [f.name for f in dataclasses.fields(TrainingRun)]
        self.assertEqual(names, ["name", "learning_rate", "epochs", "tags", "losses"])

    def test_positional_arguments(self):
        run = TrainingRun("p", 0.5, 4, ["a", "b"])
        self.assertEqual((run.name, run.learning_rate, run.epochs, run.tags),
                         ("p", 0.5, 4, ["a", "b"]))

    def test_losses_not_an_init_argument(self):
        with self.assertRaises(TypeError):
            TrainingRun("p", 0.5, 4, [], [0.1])

    def test_default_lists_are_not_shared(self):
        a = TrainingRun("a", 0.1)
        b = TrainingRun("b", 0.1)
        a.tags.append("x")
        a.log_loss(1.0)
        self.assertEqual(b.tags, [])
        self.assertEqual(b.losses, [])

    def test_default_repr_hides_losses(self):
        run = TrainingRun("r", 1)
        run.log_loss(2)
        self.assertEqual(repr(run), "TrainingRun(name='r', learning_rate=1, epochs=10, tags=[])")

    def test_equality_ignores_losses_but_not_settings(self):
        a = TrainingRun("m", 0.1, 5, ["t"])
        b = TrainingRun("m", 0.1, 5, ["t"])
        a.log_loss(0.3)
        self.assertTrue(a == b)
        self.assertFalse(a == TrainingRun("m", 0.1, 6, ["t"]))
        self.assertFalse(a == TrainingRun("m", 0.2, 5, ["t"]))
        self.assertFalse(a == TrainingRun("m", 0.1, 5, ["u"]))
        self.assertFalse(a == TrainingRun("n", 0.1, 5, ["t"]))

    def test_one_epoch(self):
        run = TrainingRun("one", 0.01, epochs=1)
        run.log_loss(0.7)
        self.assertEqual(run.best_loss, 0.7)
        with self.assertRaises(ValueError):
            run.log_loss(0.1)
        self.assertEqual(run.losses, [0.7])

    def test_default_epochs_allow_ten_losses(self):
        run = TrainingRun("ten", 0.01)
        for i in range(10):
            run.log_loss(10 - i)
        self.assertEqual(run.best_loss, 1.0)
        with self.assertRaises(ValueError):
            run.log_loss(0.5)
        self.assertEqual(len(run.losses), 10)

    def test_losses_are_floats(self):
        run = TrainingRun("f", 0.1)
        run.log_loss(3)
        run.log_loss("2.5")
        self.assertEqual(run.losses, [3.0, 2.5])
        self.assertIs(type(run.losses[0]), float)
        self.assertIs(type(run.best_loss), float)

    def test_best_loss_with_ties_and_negatives(self):
        run = TrainingRun("t", 0.1)
        for loss in (0.2, -0.5, 0.2, -0.5, 0.0):
            run.log_loss(loss)
        self.assertEqual(run.best_loss, -0.5)

    def test_best_loss_is_read_only_property(self):
        self.assertIsInstance(TrainingRun.__dict__.get("best_loss"), property)
        run = TrainingRun("ro", 0.1)
        with self.assertRaises(AttributeError):
            run.best_loss = 0.0

    def test_bad_names(self):
        for bad in ("", None, 5, ["n"]):
            with self.subTest(name=bad):
                with self.assertRaises(ValueError):
                    TrainingRun(bad, 0.1)

    def test_bad_learning_rates(self):
        for bad in (0, 0.0, -1e-3, True, False, "0.1", None):
            with self.subTest(learning_rate=bad):
                with self.assertRaises(ValueError):
                    TrainingRun("x", bad)

    def test_good_learning_rates(self):
        for good in (1, 1e-12, 5.0):
            with self.subTest(learning_rate=good):
                self.assertEqual(TrainingRun("x", good).learning_rate, good)

    def test_bad_epochs(self):
        for bad in (0, -3, True, 2.0, "3", None):
            with self.subTest(epochs=bad):
                with self.assertRaises(ValueError):
                    TrainingRun("x", 0.1, bad)

    def test_epochs_one_and_large_are_valid(self):
        self.assertEqual(TrainingRun("x", 0.1, 1).epochs, 1)
        run = TrainingRun("x", 0.1, 100_000)
        for i in range(100_000):
            run.log_loss(i % 97)
        self.assertEqual(run.best_loss, 0.0)
