def longest_unique_substring(s):
    """Return the leftmost longest substring of s with no repeated character."""
    # your code here
    return s[:1]
