import json


class MetricsLogError(Exception):
    """A problem in a metrics log, located by file and 1-based line."""

    def __init__(self, path, line, message):
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message


class MalformedLineError(MetricsLogError):
    """A line that is not a JSON object."""


class MissingFieldError(MetricsLogError):
    """A record without a field the reader needs."""

    def __init__(self, path, line, field):
        super().__init__(path, line, f"missing field {field!r}")
        self.field = field


class InvalidValueError(MetricsLogError, ValueError):
    """A field whose value has the wrong type or range."""


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def read_metric(path, name, skip_malformed=False):
    """[(step, value)] of metric `name` in the JSON Lines file `path`, in file order."""
    points = []
    with open(path, encoding="utf-8") as f:
        for line_no, text in enumerate(f, start=1):
            if not text.strip():
                continue
            try:
                record = _parse(path, line_no, text)
            except MalformedLineError:
                if skip_malformed:
                    continue
                raise
            if "step" not in record:
                raise MissingFieldError(path, line_no, "step")
            step = record["step"]
            if isinstance(step, bool) or not isinstance(step, int) or step < 0:
                raise InvalidValueError(path, line_no, "step must be a non-negative int")
            if name not in record:
                raise MissingFieldError(path, line_no, name)
            value = record[name]
            if not _is_number(value):
                raise InvalidValueError(path, line_no, f"{name!r} must be a number")
            points.append((step, value))
    return points


def _parse(path, line_no, text):
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        raise MalformedLineError(path, line_no, "not valid JSON") from err
    if not isinstance(record, dict):
        raise MalformedLineError(path, line_no, "not a JSON object")
    return record
