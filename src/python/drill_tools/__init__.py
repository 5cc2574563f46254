"""Authoring tools for drills, run by the CLI with native CPython; not shipped to the browser."""
