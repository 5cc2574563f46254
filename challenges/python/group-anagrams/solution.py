def group_anagrams(words):
    """Group words that are anagrams of each other (ignoring case).

    Inside a group, words keep their input order; the groups may come in any order.
    """
    groups = {}
    for word in words:
        key = "".join(sorted(word.lower()))
        groups.setdefault(key, []).append(word)
    return list(groups.values())
