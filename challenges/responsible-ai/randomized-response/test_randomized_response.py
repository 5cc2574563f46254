import math
import unittest

import numpy as np

# Harness workaround (as in ml/stratified-split): NumPy imports some submodules lazily; one first
# imported during a test is removed when the sandbox restores, so import them up front.
import numpy.fft  # noqa: E402,F401
import numpy.ma  # noqa: E402,F401
import numpy.polynomial  # noqa: E402,F401
import numpy.random  # noqa: E402,F401

from randomized_response import epsilon, estimate_rate, privatize


def by_statement(answers, p_truth, seed):
    """The two draws of the statement, written out per person."""
    rng = np.random.default_rng(seed)
    n = len(answers)
    keep, coin = rng.random(n), rng.random(n)
    return [int(a) if k < p_truth else int(c < 0.5) for a, k, c in zip(answers, keep, coin)]


SURVEY = [1, 0, 1, 1, 0, 0, 0, 1, 0, 0]


class RandomizedResponseTest(unittest.TestCase):
    def test_worked_example(self):
        got = privatize(SURVEY, 0.5, np.random.default_rng(7))
        self.assertIsInstance(got, np.ndarray)
        self.assertEqual(got.dtype.kind, "i", f"responses are integers, got dtype {got.dtype}")
        self.assertEqual(got.tolist(), [1, 1, 1, 1, 0, 0, 0, 0, 0, 0])
        est = estimate_rate(got, 0.5)
        self.assertAlmostEqual(est["estimate"], 0.3, places=12)
        self.assertAlmostEqual(est["clipped"], 0.3, places=12)
        self.assertAlmostEqual(est["std_error"], math.sqrt(0.4 * 0.6 / 10) / 0.5, places=12)
        self.assertAlmostEqual(epsilon(0.5), math.log(3), places=12)

    def test_estimate_formula(self):
        est = estimate_rate([1, 1, 1, 0], 0.5)  # observed 0.75: (0.75 - 0.25) / 0.5
        self.assertEqual(set(est), {"estimate", "clipped", "std_error"})
        self.assertAlmostEqual(est["estimate"], 1.0, places=12)
        self.assertAlmostEqual(est["std_error"], math.sqrt(0.75 * 0.25 / 4) / 0.5, places=12)

    def test_epsilon_values(self):
        self.assertAlmostEqual(epsilon(0.25), math.log(1.25 / 0.75), places=12)
        self.assertAlmostEqual(epsilon(0.9), math.log(19), places=12)
        self.assertEqual(epsilon(1.0), math.inf, "always telling the truth gives no privacy")
        self.assertEqual(epsilon(1), math.inf)
        self.assertLess(epsilon(0.1), epsilon(0.2), "more truth, less privacy")

    def test_draws_follow_the_statement(self):
        for seed, p in [(1, 0.5), (2, 0.25), (3, 0.9), (4, 1.0)]:
            answers = [i % 3 == 0 for i in range(50)]
            got = privatize(answers, p, np.random.default_rng(seed))
            self.assertEqual(got.tolist(), by_statement(answers, p, seed), f"seed {seed}, p_truth {p}")

    def test_truth_first_then_coins(self):
        rng = np.random.default_rng(11)
        first = privatize([0] * 6, 0.3, rng)
        second = privatize([1] * 6, 0.3, rng)
        check = np.random.default_rng(11)
        keep1, coin1, keep2, coin2 = check.random(6), check.random(6), check.random(6), check.random(6)
        self.assertEqual(first.tolist(), [0 if k < 0.3 else int(c < 0.5) for k, c in zip(keep1, coin1)])
        self.assertEqual(second.tolist(), [1 if k < 0.3 else int(c < 0.5) for k, c in zip(keep2, coin2)],
                         "a second call continues the caller's generator")

    def test_p_truth_one_reports_the_truth(self):
        got = privatize(SURVEY, 1.0, np.random.default_rng(0))
        self.assertEqual(got.tolist(), SURVEY)
        est = estimate_rate(got, 1.0)
        self.assertAlmostEqual(est["estimate"], 0.4, places=12)

    def test_estimate_can_leave_zero_one_and_clipped_cannot(self):
        low = estimate_rate([0, 0, 0, 0], 0.5)
        self.assertAlmostEqual(low["estimate"], -0.5, places=12, msg="the unbiased estimate is not clipped")
        self.assertEqual(low["clipped"], 0.0)
        self.assertEqual(low["std_error"], 0.0)
        high = estimate_rate([1, 1, 1], 0.2)
        self.assertAlmostEqual(high["estimate"], 3.0, places=12)
        self.assertEqual(high["clipped"], 1.0)
        mid = estimate_rate([1, 0, 0, 0, 0], 0.6)  # 0.2 - 0.2 = 0.0 exactly on the edge
        self.assertAlmostEqual(mid["estimate"], 0.0, places=12)
        self.assertAlmostEqual(mid["clipped"], 0.0, places=12)

    def test_estimate_is_unbiased(self):
        rng = np.random.default_rng(2024)
        truth = np.array([1] * 300 + [0] * 700)
        estimates = [estimate_rate(privatize(truth, 0.4, rng), 0.4)["estimate"] for _ in range(400)]
        self.assertAlmostEqual(float(np.mean(estimates)), 0.3, delta=0.01,
                               msg="averaged over surveys, the estimate recovers the true rate 0.3")
        spread = float(np.std(estimates))
        # each response is 1 with probability 0.4 + 0.3 = 0.7 (truth 1) or 0.3 (truth 0): variance 0.21 each
        predicted = math.sqrt(0.21 / 1000) / 0.4
        self.assertLess(abs(spread - predicted) / predicted, 0.15,
                        f"the spread of the estimates {spread:.4f} should match the standard error {predicted:.4f}")

    def test_large_survey_recovers_the_rate(self):
        truth = (np.arange(1_000_000) % 10 < 3).astype(int)
        got = privatize(truth, 0.25, np.random.default_rng(5))
        est = estimate_rate(got, 0.25)
        self.assertLess(abs(est["estimate"] - 0.3), 4 * est["std_error"])
        self.assertLess(est["std_error"], 0.004)

    def test_booleans_and_arrays(self):
        answers = np.array([True, False, True])
        before = answers.copy()
        got = privatize(answers, 0.5, np.random.default_rng(3))
        self.assertEqual(got.tolist(), by_statement([1, 0, 1], 0.5, 3))
        np.testing.assert_array_equal(answers, before)
        est = estimate_rate(np.array([True, True, False, False]), 0.5)
        self.assertAlmostEqual(est["estimate"], 0.5, places=12)

    def test_empty_survey(self):
        got = privatize([], 0.5, np.random.default_rng(0))
        self.assertEqual(got.shape, (0,))
        self.assertEqual(got.dtype.kind, "i")
        self.assertEqual(estimate_rate([], 0.5), {"estimate": None, "clipped": None, "std_error": None})

    def test_single_person(self):
        got = privatize([1], 0.5, np.random.default_rng(9))
        self.assertEqual(got.tolist(), by_statement([1], 0.5, 9))
        est = estimate_rate([1], 0.5)
        self.assertAlmostEqual(est["estimate"], 1.5, places=12)
        self.assertEqual(est["clipped"], 1.0)

    def test_invalid_p_truth(self):
        for p in [0, 0.0, -0.2, 1.5, math.nan, math.inf]:
            with self.assertRaises(ValueError, msg=f"p_truth {p}"):
                privatize([1, 0], p, np.random.default_rng(0))
            with self.assertRaises(ValueError, msg=f"p_truth {p}"):
                estimate_rate([1, 0], p)
            with self.assertRaises(ValueError, msg=f"p_truth {p}"):
                epsilon(p)

    def test_invalid_answers(self):
        for bad in ([1, 2, 0], [-1, 0], [0.5, 1]):
            with self.assertRaises(ValueError, msg=f"answers {bad}"):
                privatize(bad, 0.5, np.random.default_rng(0))

    def test_generator_is_the_only_randomness(self):
        np.random.seed(123)
        a = privatize(SURVEY, 0.5, np.random.default_rng(42))
        np.random.seed(456)
        b = privatize(SURVEY, 0.5, np.random.default_rng(42))
        self.assertEqual(a.tolist(), b.tolist(), "the global NumPy seed must not matter")


if __name__ == "__main__":
    unittest.main()
