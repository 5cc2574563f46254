def group_anagrams(words):
    """Group words that are anagrams of each other (ignoring case).

    Inside a group, words keep their input order; the groups may come in any order.
    """
    # your code here
    return [[word] for word in words]
