import unittest

from retrying import retry


def flaky(failures, exc=ConnectionError, result="ok"):
    """A function failing `failures` times with exc, then returning result; records its calls."""
    calls = []

    def fn(*args, **kwargs):
        calls.append((args, kwargs))
        if len(calls) <= failures:
            raise exc(f"failure {len(calls)}")
        return result

    return fn, calls


class RetryTest(unittest.TestCase):
    # ---- samples ---------------------------------------------------------------------------

    def test_succeeds_after_failures(self):
        waits = []
        fn, calls = flaky(2)
        wrapped = retry(times=4, exceptions=ConnectionError, delay=0.5, sleep=waits.append)(fn)
        self.assertEqual(wrapped("user:7"), "ok")
        self.assertEqual(len(calls), 3)
        self.assertEqual(calls[0], (("user:7",), {}))
        self.assertEqual(waits, [0.5, 1.0])

    def test_gives_up_and_reraises(self):
        waits = []
        fn, calls = flaky(10)
        wrapped = retry(times=2, exceptions=ConnectionError, delay=0.5, sleep=waits.append)(fn)
        with self.assertRaises(ConnectionError) as ctx:
            wrapped()
        self.assertEqual(str(ctx.exception), "failure 2")
        self.assertEqual(len(calls), 2)
        self.assertEqual(waits, [0.5])

    def test_backoff_delays(self):
        waits = []
        fn, calls = flaky(3)
        wrapped = retry(times=5, delay=1, backoff=3, sleep=waits.append)(fn)
        self.assertEqual(wrapped(), "ok")
        self.assertEqual(waits, [1, 3, 9])

    # ---- hidden ----------------------------------------------------------------------------

    def test_default_times_is_three_attempts(self):
        waits = []
        fn, calls = flaky(5)
        with self.assertRaises(ConnectionError):
            retry(sleep=waits.append)(fn)()
        self.assertEqual(len(calls), 3)
        self.assertEqual(len(waits), 2)

    def test_default_times_succeeds_on_third_attempt(self):
        fn, calls = flaky(2)
        self.assertEqual(retry(sleep=lambda s: None)(fn)(), "ok")
        self.assertEqual(len(calls), 3)

    def test_default_delay_zero_still_sleeps(self):
        waits = []
        fn, _ = flaky(2)
        retry(sleep=waits.append)(fn)()
        self.assertEqual(waits, [0.0, 0.0])

    def test_default_backoff_doubles(self):
        waits = []
        fn, _ = flaky(3)
        retry(times=4, delay=0.25, sleep=waits.append)(fn)()
        self.assertEqual(waits, [0.25, 0.5, 1.0])

    def test_default_exceptions_catch_ordinary_errors(self):
        waits = []
        fn, calls = flaky(1, exc=KeyError)
        self.assertEqual(retry(sleep=waits.append)(fn)(), "ok")
        self.assertEqual(len(calls), 2)

    def test_default_sleep_is_time_sleep(self):
        # delay 0 with the real time.sleep: works and returns at once
        fn, calls = flaky(1)
        self.assertEqual(retry()(fn)(), "ok")
        self.assertEqual(len(calls), 2)

    def test_other_exceptions_propagate_at_once(self):
        waits = []
        fn, calls = flaky(3, exc=KeyError)
        wrapped = retry(times=5, exceptions=ConnectionError, sleep=waits.append)(fn)
        with self.assertRaises(KeyError):
            wrapped()
        self.assertEqual(len(calls), 1)
        self.assertEqual(waits, [])

    def test_tuple_of_exceptions(self):
        state = {"n": 0}
        errors = [TimeoutError("t"), ConnectionError("c")]

        def fn():
            state["n"] += 1
            if state["n"] <= 2:
                raise errors[state["n"] - 1]
            return 7

        wrapped = retry(times=3, exceptions=(TimeoutError, ConnectionError), sleep=lambda s: None)(fn)
        self.assertEqual(wrapped(), 7)
        self.assertEqual(state["n"], 3)

    def test_subclasses_are_retried(self):
        fn, calls = flaky(2, exc=ConnectionResetError)  # a subclass of ConnectionError
        wrapped = retry(times=3, exceptions=ConnectionError, sleep=lambda s: None)(fn)
        self.assertEqual(wrapped(), "ok")
        self.assertEqual(len(calls), 3)

    def test_reraises_the_same_exception_object(self):
        last = []

        def fn():
            err = ValueError(f"attempt {len(last) + 1}")
            last.append(err)
            raise err

        with self.assertRaises(ValueError) as ctx:
            retry(times=3, sleep=lambda s: None)(fn)()
        self.assertIs(ctx.exception, last[-1])
        self.assertEqual(len(last), 3)

    def test_times_one_means_no_retry(self):
        waits = []
        fn, calls = flaky(1)
        with self.assertRaises(ConnectionError):
            retry(times=1, sleep=waits.append)(fn)()
        self.assertEqual(len(calls), 1)
        self.assertEqual(waits, [])

    def test_times_two_one_retry(self):
        waits = []
        fn, calls = flaky(1)
        self.assertEqual(retry(times=2, delay=2, sleep=waits.append)(fn)(), "ok")
        self.assertEqual(len(calls), 2)
        self.assertEqual(waits, [2])

    def test_success_first_time_never_sleeps(self):
        waits = []
        fn, calls = flaky(0, result=None)
        self.assertIsNone(retry(times=5, delay=1, sleep=waits.append)(fn)())
        self.assertEqual(len(calls), 1)
        self.assertEqual(waits, [])

    def test_arguments_passed_through(self):
        fn, calls = flaky(1)
        retry(sleep=lambda s: None)(fn)(1, 2, key="v")
        self.assertEqual(calls, [((1, 2), {"key": "v"}), ((1, 2), {"key": "v"})])

    def test_each_call_starts_afresh(self):
        waits = []
        state = {"n": 0}

        def fn():
            state["n"] += 1
            if state["n"] % 2 == 1:
                raise OSError("odd call")
            return state["n"]

        wrapped = retry(times=2, delay=1, backoff=10, sleep=waits.append)(fn)
        self.assertEqual(wrapped(), 2)
        self.assertEqual(wrapped(), 4)
        self.assertEqual(waits, [1, 1])

    def test_fractional_backoff(self):
        waits = []
        fn, _ = flaky(3)
        retry(times=4, delay=8, backoff=0.5, sleep=waits.append)(fn)()
        self.assertEqual(len(waits), 3)
        for got, want in zip(waits, [8, 4, 2]):
            self.assertAlmostEqual(got, want, delta=1e-9)

    def test_keeps_metadata(self):
        def load_features(user_id):
            """Load the features of one user."""
            return user_id

        wrapped = retry()(load_features)
        self.assertEqual(wrapped.__name__, "load_features")
        self.assertEqual(wrapped.__doc__, "Load the features of one user.")
        self.assertIs(wrapped.__wrapped__, load_features)
        self.assertEqual(wrapped(5), 5)

    def test_used_with_decorator_syntax(self):
        attempts = []

        @retry(times=3, exceptions=(RuntimeError,), sleep=lambda s: None)
        def step():
            attempts.append(1)
            if len(attempts) < 3:
                raise RuntimeError("not yet")
            return len(attempts)

        self.assertEqual(step(), 3)

    def test_bad_times_raise_value_error_at_once(self):
        for bad in (0, -1, True, False, 2.0, "3", None):
            with self.subTest(times=bad):
                with self.assertRaises(ValueError):
                    retry(times=bad)

    def test_validation_happens_before_decorating(self):
        called = []
        with self.assertRaises(ValueError):
            retry(times=0)(lambda: called.append(1))
        self.assertEqual(called, [])

    def test_large_times(self):
        waits = []
        fn, calls = flaky(999)
        self.assertEqual(retry(times=1000, delay=0, sleep=waits.append)(fn)(), "ok")
        self.assertEqual(len(calls), 1000)
        self.assertEqual(len(waits), 999)

    def test_wraps_is_used_not_just_name(self):
        def g():
            return 1

        g.custom = "kept"
        wrapped = retry()(g)
        self.assertEqual(getattr(wrapped, "custom", None), "kept")
        self.assertEqual(wrapped.__qualname__, g.__qualname__)
