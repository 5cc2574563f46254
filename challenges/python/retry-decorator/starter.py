import functools
import time


def retry(times=3, exceptions=Exception, delay=0.0, backoff=2.0, sleep=time.sleep):
    """Decorator: retry on `exceptions` up to `times` attempts, sleeping delay * backoff**k between."""

    def decorate(func):
        # your code here: this wrapper calls func once and never retries
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs)

        return wrapper

    return decorate
