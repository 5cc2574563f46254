"""Errors that name the challenge file and field at fault."""


class ChallengeError(Exception):
    """A problem in the challenge itself (its tests or reference), not in the candidate's code."""

    def __init__(self, file: str, field: str, message: str):
        super().__init__(f"{file}: {field}: {message}")
        self.file = file
        self.field = field
        self.message = message

    def to_json(self) -> dict:
        return {"kind": "challenge", "file": self.file, "field": self.field, "message": self.message}


class LaunderError(Exception):
    """The candidate returned a value the graders refuse to trust (unknown type, cycle, subclass)."""
