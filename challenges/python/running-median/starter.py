def running_medians(values):
    """The median of values[:i + 1] for every i, as floats."""
    # your code here: correct for odd counts only, and re-sorts everything for every value
    medians = []
    for i in range(len(values)):
        seen = sorted(values[: i + 1])
        medians.append(float(seen[len(seen) // 2]))
    return medians
