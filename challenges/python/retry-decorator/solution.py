import functools
import time


def retry(times=3, exceptions=Exception, delay=0.0, backoff=2.0, sleep=time.sleep):
    """Decorator: retry on `exceptions` up to `times` attempts, sleeping delay * backoff**k between."""
    if isinstance(times, bool) or not isinstance(times, int) or times < 1:
        raise ValueError(f"times must be an int >= 1, got {times!r}")

    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
                    sleep(wait)
                    wait *= backoff

        return wrapper

    return decorate
