def top_n_per_group(sales, n=3):
    """The n highest-revenue products of every category (ties: product name), with a 1-based rank."""
    ranked = sales[sales["revenue"].notna()].sort_values(
        ["category", "revenue", "product"], ascending=[True, False, True], kind="stable")
    top = ranked.groupby("category").head(n)
    return top.assign(rank=top.groupby("category").cumcount() + 1).reset_index(drop=True)
