"""Empty in the test stand-in."""
