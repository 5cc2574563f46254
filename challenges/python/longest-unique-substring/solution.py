def longest_unique_substring(s):
    """Return the leftmost longest substring of s with no repeated character."""
    last_seen = {}
    left = best_start = best_len = 0
    for right, ch in enumerate(s):
        if last_seen.get(ch, -1) >= left:
            left = last_seen[ch] + 1
        last_seen[ch] = right
        if right - left + 1 > best_len:
            best_start, best_len = left, right - left + 1
    return s[best_start:best_start + best_len]
