from functools import lru_cache


def count_decodings(s):
    """Number of ways to split s into codes 1-26 (no leading zeros); the empty string has one."""

    @lru_cache(maxsize=None)
    def ways(i):
        if i == len(s):
            return 1
        if s[i] == "0":
            return 0
        total = ways(i + 1)
        if i + 1 < len(s) and (s[i] == "1" or (s[i] == "2" and s[i + 1] <= "6")):
            total += ways(i + 2)
        return total

    return ways(0)
