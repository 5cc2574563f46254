import math
import unittest

import numpy as np

# Harness workaround (as in ml/stratified-split): NumPy imports some submodules lazily; one first
# imported during a test is removed when the sandbox restores, so import them up front.
import numpy.fft  # noqa: E402,F401
import numpy.ma  # noqa: E402,F401
import numpy.polynomial  # noqa: E402,F401
import numpy.random  # noqa: E402,F401

from laplace import BudgetExceeded, LaplaceMechanism


def laplace_draws(seed, scale, size=None):
    """What the statement's one call per release gives: rng.laplace(0.0, scale, size)."""
    return np.random.default_rng(seed).laplace(0.0, scale, size)


class LaplaceMechanismTest(unittest.TestCase):
    def test_worked_example(self):
        mech = LaplaceMechanism(1.0, seed=42)
        got = mech.release(100, sensitivity=1.0, epsilon=0.5)
        self.assertIs(type(got), float, f"a scalar release returns a float, got {type(got).__name__}")
        self.assertAlmostEqual(got, 100 + laplace_draws(42, 2.0), places=9)
        self.assertAlmostEqual(mech.spent, 0.5, places=12)
        self.assertAlmostEqual(mech.remaining, 0.5, places=12)

    def test_budget_refuses_overspend(self):
        mech = LaplaceMechanism(1.0, seed=0)
        mech.release(10.0, 1.0, 0.6)
        with self.assertRaises(BudgetExceeded):
            mech.release(10.0, 1.0, 0.5)
        self.assertAlmostEqual(mech.spent, 0.6, places=12, msg="a refused release spends nothing")
        mech.release(10.0, 1.0, 0.4)  # exactly what is left is allowed
        self.assertAlmostEqual(mech.remaining, 0.0, places=12)

    def test_vector_release(self):
        mech = LaplaceMechanism(2.0, seed=7)
        counts = np.array([120.0, 45.0, 3.0, 0.0])
        got = mech.release(counts, sensitivity=2.0, epsilon=0.5)
        self.assertIsInstance(got, np.ndarray)
        self.assertEqual(got.shape, (4,))
        np.testing.assert_allclose(got, counts + laplace_draws(7, 4.0, 4), rtol=0, atol=1e-9)
        self.assertAlmostEqual(mech.spent, 0.5, places=12, msg="one vector release costs epsilon once")

    def test_scale_is_sensitivity_over_epsilon(self):
        for sensitivity, epsilon in [(1.0, 1.0), (2.0, 0.25), (0.5, 4.0), (3, 2)]:
            mech = LaplaceMechanism(10.0, seed=11)
            got = mech.release(0.0, sensitivity, epsilon)
            want = laplace_draws(11, sensitivity / epsilon)
            self.assertAlmostEqual(got, want, places=9, msg=f"sensitivity {sensitivity}, epsilon {epsilon}")

    def test_successive_releases_continue_one_stream(self):
        mech = LaplaceMechanism(3.0, seed=5)
        a = mech.release(1.0, 1.0, 1.0)
        b = mech.release([2.0, 3.0], 1.0, 1.0)
        c = mech.release(4, 1.0, 1.0)
        noise = laplace_draws(5, 1.0, 4)
        np.testing.assert_allclose([a, *b, c], [1.0 + noise[0], 2.0 + noise[1], 3.0 + noise[2], 4.0 + noise[3]],
                                   rtol=0, atol=1e-9)

    def test_refused_release_draws_no_noise(self):
        mech = LaplaceMechanism(1.0, seed=9)
        with self.assertRaises(BudgetExceeded):
            mech.release(5.0, 1.0, 1.5)
        got = mech.release(5.0, 1.0, 1.0)
        self.assertAlmostEqual(got, 5.0 + laplace_draws(9, 1.0), places=9,
                               msg="the refused release must not consume the generator")

    def test_invalid_arguments_raise_value_error_and_spend_nothing(self):
        mech = LaplaceMechanism(1.0, seed=3)
        for sensitivity, epsilon in [(1.0, 0), (1.0, -0.5), (1.0, math.nan), (1.0, math.inf),
                                     (0, 0.5), (-1.0, 0.5), (math.nan, 0.5), (math.inf, 0.5),
                                     (True, 0.5), (1.0, True)]:
            with self.assertRaises(ValueError, msg=f"sensitivity {sensitivity}, epsilon {epsilon}"):
                mech.release(1.0, sensitivity, epsilon)
        self.assertEqual(mech.spent, 0.0)
        got = mech.release(1.0, 1.0, 1.0)
        self.assertAlmostEqual(got, 1.0 + laplace_draws(3, 1.0), places=9)

    def test_invalid_total_budget(self):
        for total in [0, -1.0, math.nan, math.inf, True]:
            with self.assertRaises(ValueError, msg=f"total_epsilon {total}"):
                LaplaceMechanism(total, seed=1)

    def test_float_sums_within_budget(self):
        mech = LaplaceMechanism(0.3, seed=1)
        for _ in range(3):  # 0.1 + 0.1 + 0.1 is 0.30000000000000004 in floats
            mech.release(1.0, 1.0, 0.1)
        self.assertAlmostEqual(mech.spent, 0.3, places=12)
        self.assertEqual(mech.remaining, 0.0, "remaining never goes below 0.0")
        with self.assertRaises(BudgetExceeded):
            mech.release(1.0, 1.0, 0.01)

    def test_tolerance_edge_is_allowed(self):
        mech = LaplaceMechanism(1.0, seed=1)
        mech.release(1.0, 1.0, 1.0 + 1e-9)  # spent + epsilon == total + 1e-9: not above it
        self.assertEqual(mech.remaining, 0.0)

    def test_small_overspend_is_refused(self):
        mech = LaplaceMechanism(1.0, seed=1)
        mech.release(1.0, 1.0, 0.999)
        with self.assertRaises(BudgetExceeded):
            mech.release(1.0, 1.0, 0.0011)
        self.assertAlmostEqual(mech.remaining, 0.001, places=12)

    def test_whole_budget_in_one_release(self):
        mech = LaplaceMechanism(0.25, seed=2)
        mech.release(1.0, 1.0, 0.25)
        with self.assertRaises(BudgetExceeded):
            mech.release(1.0, 1.0, 1e-6)

    def test_budget_exceeded_is_an_exception(self):
        self.assertTrue(issubclass(BudgetExceeded, Exception))
        self.assertFalse(issubclass(BudgetExceeded, ValueError),
                         "running out of budget is not a bad argument: callers catch them apart")

    def test_matrix_keeps_shape_and_c_order(self):
        mech = LaplaceMechanism(1.0, seed=21)
        table = [[1, 2, 3], [4, 5, 6]]
        got = mech.release(table, sensitivity=1.0, epsilon=1.0)
        self.assertEqual(got.shape, (2, 3))
        self.assertEqual(got.dtype.kind, "f")
        np.testing.assert_allclose(got, np.array(table) + laplace_draws(21, 1.0, (2, 3)), rtol=0, atol=1e-9)

    def test_input_array_not_modified(self):
        counts = np.array([5.0, 6.0])
        LaplaceMechanism(1.0, seed=4).release(counts, 1.0, 1.0)
        np.testing.assert_array_equal(counts, [5.0, 6.0])

    def test_numpy_scalar_returns_float(self):
        got = LaplaceMechanism(1.0, seed=8).release(np.float64(2.5), 1.0, 1.0)
        self.assertIs(type(got), float)
        self.assertAlmostEqual(got, 2.5 + laplace_draws(8, 1.0), places=9)

    def test_mechanisms_have_their_own_generators(self):
        a, b = LaplaceMechanism(5.0, seed=13), LaplaceMechanism(5.0, seed=13)
        a1 = a.release(0.0, 1.0, 1.0)
        np.random.seed(0)
        np.random.laplace()
        b1 = b.release(0.0, 1.0, 1.0)
        self.assertEqual(a1, b1, "the same seed gives the same noise, whatever ran in between")
        a2 = a.release(0.0, 1.0, 1.0)
        self.assertAlmostEqual(a2, laplace_draws(13, 1.0, 2)[1], places=9)

    def test_no_seed_gives_fresh_noise(self):
        draws = {LaplaceMechanism(1.0).release(0.0, 1.0, 1.0) for _ in range(5)}
        self.assertEqual(len(draws), 5, "seed=None must draw fresh entropy for each mechanism")

    def test_noise_has_the_laplace_spread(self):
        mech = LaplaceMechanism(1.0, seed=2024)
        noise = mech.release(np.zeros(40_000), sensitivity=3.0, epsilon=1.0)
        self.assertLess(abs(np.median(noise)), 0.1, "Laplace noise is centred on 0")
        self.assertAlmostEqual(float(np.mean(np.abs(noise))), 3.0, delta=0.1,
                               msg="mean |noise| of Laplace(0, b) is b = sensitivity / epsilon")

    def test_extreme_magnitudes(self):
        mech = LaplaceMechanism(1e6, seed=17)
        big = mech.release(1e300, 1.0, 1.0)
        self.assertEqual(big, 1e300)
        tiny = mech.release(0.0, 1e-300, 1.0)
        self.assertAlmostEqual(tiny / 1e-300, laplace_draws(17, 1.0, 2)[1], places=9)
        huge_noise = mech.release(0.0, 1.0, 1e-12)
        self.assertTrue(math.isfinite(huge_noise))
        self.assertAlmostEqual(mech.spent, 2.0 + 1e-12, places=12)


if __name__ == "__main__":
    unittest.main()
