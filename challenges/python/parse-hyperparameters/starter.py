def parse_hparams(text):
    """Parse 'key = value' lines into a dict; raise ValueError("line n: ...") on a bad line."""
    # your code here
    return {}
