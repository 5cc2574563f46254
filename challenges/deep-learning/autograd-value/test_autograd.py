import math
import random
import unittest

from autograd import Value


def numeric_grad(f, xs, h=1e-6):
    """Central differences of the plain-float function f at the point xs."""
    grads = []
    for i in range(len(xs)):
        up = list(xs)
        down = list(xs)
        up[i] += h
        down[i] -= h
        grads.append((f(up) - f(down)) / (2 * h))
    return grads


def neuron(v, w1, w2, b):
    return (v[0] * w1 + v[1] * w2 + b).tanh() if isinstance(v[0], Value) else math.tanh(v[0] * w1 + v[1] * w2 + b)


class ValueTest(unittest.TestCase):
    def assertGrads(self, values, expected, places=7):
        for i, (v, e) in enumerate(zip(values, expected)):
            self.assertIsInstance(v.grad, float, f"input {i}: .grad must be a float")
            self.assertAlmostEqual(v.grad, e, places=places, msg=f"input {i}: gradient")

    # ---- samples ---------------------------------------------------------------------------

    def test_add_mul_example(self):
        a, b = Value(2.0), Value(-3.0)
        c = a * b + a
        self.assertEqual(c.data, -4.0)
        self.assertEqual((a.grad, b.grad), (0.0, 0.0))
        c.backward()
        self.assertEqual(c.grad, 1.0)
        self.assertGrads([a, b], [-2.0, 2.0])

    def test_reused_node_accumulates(self):
        x = Value(3.0)
        y = x * x + x  # x appears three times
        y.backward()
        self.assertEqual(y.data, 12.0)
        self.assertGrads([x], [7.0])

    def test_tanh_neuron(self):
        x1, x2, w1, w2, b = Value(2.0), Value(0.0), Value(-3.0), Value(1.0), Value(6.8813735870195432)
        o = (x1 * w1 + x2 * w2 + b).tanh()
        o.backward()
        self.assertAlmostEqual(o.data, 0.7071067811865476, places=12)
        self.assertGrads([x1, x2, w1, w2, b], [-1.5, 0.5, 1.0, 0.0, 0.5])

    # ---- hidden ----------------------------------------------------------------------------

    def test_node_reached_by_two_paths_of_different_length(self):
        p = Value(3.0)
        a = p * 2.0
        r = p + a  # p's gradient must be complete before it is used: 1 + 2
        r.backward()
        self.assertGrads([p], [3.0])
        q = Value(3.0)
        s = (q * 2.0) + q
        s.backward()
        self.assertGrads([q], [3.0])

    def test_diamond(self):
        x = Value(0.5)
        a = x.tanh()
        b = a * a
        c = a.exp()
        out = b * c + a
        out.backward()
        expected = numeric_grad(lambda v: math.tanh(v[0]) ** 2 * math.exp(math.tanh(v[0])) + math.tanh(v[0]),
                                [0.5])
        self.assertGrads([x], expected, places=6)

    def test_pow_and_division(self):
        x, y = Value(2.0), Value(4.0)
        z = x**3 / y + y ** 0.5 - x ** -1
        z.backward()
        self.assertAlmostEqual(z.data, 8 / 4 + 2 - 0.5)
        self.assertGrads([x, y], [3 * 4 / 4 + 1 / 4, -8 / 16 + 0.5 / 2])

    def test_reverse_operators_with_plain_numbers(self):
        x = Value(2.0)
        z = 1 + x
        z = 3 * z
        z = 10 - z
        z = 8 / z
        z.backward()
        self.assertAlmostEqual(z.data, 8 / (10 - 3 * 3))
        self.assertGrads([x], [8 * 3 / (10 - 3 * (1 + 2.0)) ** 2])

    def test_operators_with_plain_numbers_on_the_right(self):
        x = Value(-1.5)
        z = ((x + 2) * 4 - 1) / 2
        z.backward()
        self.assertAlmostEqual(z.data, 0.5)
        self.assertGrads([x], [2.0])

    def test_negation_and_subtraction(self):
        a, b = Value(5.0), Value(7.0)
        c = -a - b
        c.backward()
        self.assertEqual(c.data, -12.0)
        self.assertGrads([a, b], [-1.0, -1.0])

    def test_relu(self):
        xs = [Value(v) for v in (-2.0, 0.0, 3.0)]
        outs = [x.relu() for x in xs]
        self.assertEqual([o.data for o in outs], [0.0, 0.0, 3.0])
        total = outs[0] * 5 + outs[1] * 5 + outs[2] * 5
        total.backward()
        self.assertGrads(xs, [0.0, 0.0, 5.0])  # ReLU'(0) = 0, as in PyTorch

    def test_exp_and_tanh_values(self):
        x = Value(-0.7)
        y = x.exp() * x.tanh()
        y.backward()
        f = lambda v: math.exp(v[0]) * math.tanh(v[0])  # noqa: E731
        self.assertAlmostEqual(y.data, f([-0.7]), places=12)
        self.assertGrads([x], numeric_grad(f, [-0.7]), places=6)

    def test_saturated_tanh_has_no_nan(self):
        x = Value(1000.0)
        y = x.tanh()
        y.backward()
        self.assertEqual(y.data, 1.0)
        self.assertEqual(x.grad, 0.0)

    def test_data_is_float(self):
        x = Value(3)
        y = x * 2
        self.assertIsInstance(x.data, float)
        self.assertIsInstance(y.data, float)
        self.assertIsInstance(x.grad, float)

    def test_deep_chain_without_recursion(self):
        x = Value(1.0)
        y = x
        for _ in range(20_000):
            y = y * 1.0001 + 0.0
        y.backward()
        self.assertAlmostEqual(x.grad, 1.0001**20_000, places=6)

    def test_wide_sum_of_one_leaf(self):
        x = Value(0.25)
        total = Value(0.0)
        for _ in range(500):
            total = total + x * x
        total.backward()
        self.assertAlmostEqual(total.data, 500 * 0.0625)
        self.assertGrads([x], [500 * 2 * 0.25])

    def test_backward_from_an_intermediate_node(self):
        a = Value(2.0)
        b = a * 3
        c = b * b  # built but not used
        b.backward()
        self.assertEqual(b.grad, 1.0)
        self.assertEqual(c.grad, 0.0)
        self.assertGrads([a], [3.0])

    def test_random_neurons_match_finite_differences(self):
        rng = random.Random(2026)
        for trial in range(25):
            point = [rng.uniform(-2, 2) for _ in range(5)]
            vals = [Value(p) for p in point]
            out = neuron(vals[:2], *vals[2:])
            loss = (out - 0.3) ** 2 + vals[2].relu() * vals[3].exp() / (vals[4] ** 2 + 1)
            loss.backward()
            f = lambda v: ((neuron(v[:2], *v[2:]) - 0.3) ** 2  # noqa: E731
                           + max(v[2], 0.0) * math.exp(v[3]) / (v[4] ** 2 + 1))
            self.assertAlmostEqual(loss.data, f(point), places=10, msg=f"trial {trial}: value")
            for i, (v, e) in enumerate(zip(vals, numeric_grad(f, point))):
                self.assertAlmostEqual(v.grad, e, places=5, msg=f"trial {trial}, input {i}")
