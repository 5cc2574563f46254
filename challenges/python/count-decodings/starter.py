def count_decodings(s):
    """Number of ways to split s into codes 1-26 (no leading zeros); the empty string has one."""
    # your code here: this counts only the one-digit-per-letter decoding
    return 1 if "0" not in s else 0
