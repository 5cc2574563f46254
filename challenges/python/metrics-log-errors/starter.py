import json


class MetricsLogError(Exception):
    """A problem in a metrics log, located by file and 1-based line."""

    # your code here: store path, line and message; str(err) == f"{path}:{line}: {message}"


class MalformedLineError(MetricsLogError):
    """A line that is not a JSON object."""


class MissingFieldError(MetricsLogError):
    """A record without a field the reader needs."""


class InvalidValueError(MetricsLogError):
    """A field whose value has the wrong type or range."""


def read_metric(path, name, skip_malformed=False):
    """[(step, value)] of metric `name` in the JSON Lines file `path`, in file order."""
    # your code here: this crashes with bare KeyError / JSONDecodeError on a damaged file
    with open(path, encoding="utf-8") as f:
        return [(r["step"], r[name]) for r in map(json.loads, f)]
