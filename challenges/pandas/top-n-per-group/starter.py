def top_n_per_group(sales, n=3):
    """The n highest-revenue products of every category (ties: product name), with a 1-based rank."""
    # your code here
    top = sales.sort_values("revenue", ascending=False).head(n)
    return top.assign(rank=range(1, len(top) + 1)).reset_index(drop=True)
