import numpy as np
import pandas as pd

from drill import case
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

# ---- a seeded churn simulator ------------------------------------------------------------------
# The true churn probability is a logistic function of tenure, charges, support calls and the
# contract type; the exported frames then get the mess of a real CRM export.

CANONICAL = ["month-to-month", "one-year", "two-year"]
SPELLINGS = {
    "month-to-month": ["Month-to-month", "month-to-month", "MONTH-TO-MONTH", " Month to month", "month_to_month "],
    "one-year": ["One year", "one-year", "ONE YEAR", "one_year", " One-Year "],
    "two-year": ["Two year", "two-year", "TWO YEAR", "two_year ", "Two-Year"],
}
NEW_CRM_SPELLINGS = {  # spellings that never occur in the training data
    "month-to-month": ["MONTH_TO_MONTH", "Month To Month", "month  to  month"],
    "one-year": ["ONE_YEAR", "One Year", "one  year"],
    "two-year": ["TWO_YEAR", "Two Year", "two  year"],
}


def simulate(seed, n_train, n_test, missing=0.1, test_tenure=None, new_crm=False, dup=0.05,
             blank_test_rows=0, charge_scale=1.0):
    """(train, test, y_test): raw frames as exported, and the held-out labels."""
    g = np.random.default_rng(seed)
    n = n_train + n_test
    tenure = g.integers(0, 73, size=n).astype(float)
    if test_tenure is not None:
        tenure[n_train:] = g.integers(test_tenure[0], test_tenure[1] + 1, size=n_test)
    contract = g.choice(3, size=n, p=[0.5, 0.3, 0.2])
    charges = np.round(g.uniform(20, 120, size=n), 2)
    calls = g.poisson(1.5, size=n)
    logit = (1.2 - 0.06 * tenure + 0.03 * (charges - 70) + 0.5 * calls
             - 2.0 * (contract == 1) - 4.0 * (contract == 2))
    y = (g.random(n) < 1 / (1 + np.exp(-logit))).astype(np.int64)

    def money(v):
        r = g.random()
        if r < 0.3:
            return f"${v:,.2f}"
        if r < 0.5:
            return f"  {v:.2f} "
        if r < 0.6:
            return f"$ {v:.1f}"
        return f"{v:.2f}"

    tenure_col = tenure.copy()
    tenure_col[g.random(n) < missing] = np.nan
    tenure_col[g.random(n) < missing / 3] = -1
    charges_col = np.array([money(v * charge_scale) for v in charges], dtype=object)
    gone = g.random(n) < missing
    charges_col[gone] = g.choice(np.array(["", "N/A", None], dtype=object), size=int(gone.sum()))
    contract_col = np.array([g.choice(SPELLINGS[CANONICAL[c]]) for c in contract], dtype=object)
    if new_crm:
        contract_col[n_train:] = [g.choice(NEW_CRM_SPELLINGS[CANONICAL[c]]) for c in contract[n_train:]]
    contract_col[g.random(n) < missing / 2] = None
    calls_col = pd.array(calls, dtype="Int64")
    calls_col[g.random(n) < missing] = pd.NA
    frame = pd.DataFrame({
        "customer_id": pd.Series([f"C{seed:03d}{i:06d}" for i in range(n)], dtype="str"),
        "tenure_months": tenure_col,
        "monthly_charges": pd.Series(charges_col, dtype="str"),
        "contract": pd.Series(contract_col, dtype="str"),
        "support_calls": calls_col,
        "region": pd.Series(g.choice(["north", "south", "east", "west", "centre"], size=n), dtype="str"),
    })
    if blank_test_rows:
        rows = n_train + np.arange(blank_test_rows)
        frame.loc[rows, "tenure_months"] = np.nan
        frame.loc[rows, ["monthly_charges", "contract"]] = None
        frame.loc[rows, "support_calls"] = pd.NA

    train = frame.iloc[:n_train].copy()
    label = np.where(y[:n_train] == 1, "yes", "no").astype(object)
    style = g.random(n_train)
    label[style < 0.2] = [s.upper() for s in label[style < 0.2]]
    label[(style >= 0.2) & (style < 0.35)] = [f" {s} " for s in label[(style >= 0.2) & (style < 0.35)]]
    label[g.random(n_train) < 0.03] = None
    train["churned"] = pd.Series(label, dtype="str", index=train.index)
    if dup:
        extra = train.sample(frac=dup, random_state=seed)
        train = pd.concat([train, extra]).sample(frac=1.0, random_state=seed + 1).reset_index(drop=True)
    return train, frame.iloc[n_train:].reset_index(drop=True), y[n_train:]


# ---- checks ----------------------------------------------------------------------------------

def _shape_problem(pred, n):
    if type(pred) is not np.ndarray:
        return f"expected a numpy.ndarray, got {type(pred).__name__}"
    if pred.shape != (n,):
        return f"shape: expected ({n},), one prediction per test row, got {pred.shape}"
    if n and pred.dtype.kind not in "iub":
        return f"dtype: expected integer 0/1 predictions, got {pred.dtype}"
    if n and not np.isin(pred, [0, 1]).all():
        return f"predictions must be 0 or 1, got values {sorted(set(pred.tolist()) - {0, 1})[:5]}"
    return None


def accuracy_at_least(y_test, threshold):
    def check(pred, expected, train, test):
        problem = _shape_problem(pred, len(y_test))
        if problem:
            return problem
        acc = float((pred == y_test).mean())
        ref = float((expected == y_test).mean())
        if acc < threshold:
            return (f"accuracy on {len(y_test)} held-out customers is {acc:.3f}; at least "
                    f"{threshold:.2f} is needed (the reference pipeline gets {ref:.3f}, always "
                    f"predicting the majority class {max(y_test.mean(), 1 - y_test.mean()):.3f})")
        return None
    return check


def exactly(labels):
    def check(pred, expected, train, test):
        problem = _shape_problem(pred, len(labels))
        if problem:
            return problem
        if not np.array_equal(pred, labels):
            return (f"expected {labels.tolist()} for these clear-cut customers, got "
                    f"{pred.tolist()}")
        return None
    return check


def dataset_case(threshold, name, sample=False, time_limit=None, **options):
    train, test, y_test = simulate(**options)
    return case(train, test, check=accuracy_at_least(y_test, threshold), sample=sample,
                name=name, time_limit=time_limit)


def _clear_cut():
    train, _, _ = simulate(seed=11, n_train=1500, n_test=10)
    test = pd.DataFrame({
        "customer_id": pd.Series(["N1", "N2", "N3", "N4"], dtype="str"),
        "tenure_months": [1.0, 70.0, -1.0, np.nan],
        "monthly_charges": pd.Series(["$119.00", " 25.10 ", "$ 118.5", "N/A"], dtype="str"),
        "contract": pd.Series(["MONTH_TO_MONTH", "Two Year", " month to month", "two_year"], dtype="str"),
        "support_calls": pd.array([6, 0, 7, pd.NA], dtype="Int64"),
        "region": pd.Series(["north", "south", None, "east"], dtype="str"),
    })
    return train, test


def _training_statistics():
    """Long-standing customers (tenure 72) and, last, four with an unknown tenure, a $70 bill,
    5 support calls and no commitment. Filled with the training median (about 36 months) and
    standardised with training statistics they are likely churners (true probability 0.82);
    filled or standardised with this test set's statistics (72 months) they would look loyal."""
    train, _, _ = simulate(seed=15, n_train=1500, n_test=10)
    g = np.random.default_rng(15)
    n_long, n_unknown = 40, 4
    n = n_long + n_unknown
    test = pd.DataFrame({
        "customer_id": pd.Series([f"L{i}" for i in range(n)], dtype="str"),
        "tenure_months": [72.0] * n_long + [np.nan, -1.0, np.nan, -1.0],
        "monthly_charges": pd.Series([f"${v:.2f}" for v in g.uniform(20, 120, n_long)] + ["$70.00"] * n_unknown,
                                     dtype="str"),
        "contract": pd.Series(list(g.choice(["Month-to-month", "One year", "Two year"], n_long))
                              + ["month-to-month"] * n_unknown, dtype="str"),
        "support_calls": pd.array(list(g.poisson(1.5, n_long)) + [5] * n_unknown, dtype="Int64"),
        "region": pd.Series(["north"] * n, dtype="str"),
    })
    return train, test


def last_rows_exactly(labels):
    def check(pred, expected, train, test):
        problem = _shape_problem(pred, len(test))
        if problem:
            return problem
        got = pred[-len(labels):]
        if not np.array_equal(got, labels):
            return (f"the last {len(labels)} customers (tenure unknown, $70, 5 support calls, "
                    f"month-to-month) should be {labels.tolist()}, got {got.tolist()}: fill and "
                    "standardise with the training rows' statistics, never the test set's")
        return None
    return check


def _probes(rows):
    """Test customers from (tenure, charges as exported, contract as exported, support calls)."""
    n = len(rows)
    return pd.DataFrame({
        "customer_id": pd.Series([f"P{i}" for i in range(n)], dtype="str"),
        "tenure_months": [r[0] for r in rows],
        "monthly_charges": pd.Series([r[1] for r in rows], dtype="str"),
        "contract": pd.Series([r[2] for r in rows], dtype="str"),
        "support_calls": pd.array([r[3] for r in rows], dtype="Int64"),
        "region": pd.Series(["north"] * n, dtype="str"),
    })


def _unknown_and_formats():
    """Month-to-month, one call, $49: with the training median tenure (about 36) the true churn
    probability is 0.25; as a brand-new customer (tenure 0) it is 0.75. So -1 must be read as
    unknown, 0 as a real tenure. Then two bills that decide: $119 after 41 months (0.67) and
    $20 after 10 months (0.29), written with "$" and spaces that must be cleaned, not dropped."""
    train = simulate(seed=21, n_train=2000, n_test=10)[0]
    test = _probes([(-1.0, "49.00", "Month-to-month", 1), (0.0, "49.00", "Month-to-month", 1),
                    (np.nan, "49.00", "Month-to-month", 1), (41.0, "$119.00", "Month-to-month", 1),
                    (10.0, "$ 20.0", "Month-to-month", 0)])
    return train, test


def _repeated_row():
    """One loyal-looking customer who churned, exported 800 times: as one row it hardly moves the
    model; kept 800 times it would teach that long two-year customers churn."""
    train = simulate(seed=21, n_train=2000, n_test=10)[0]
    row = train.iloc[[0]].copy()
    row["customer_id"] = pd.Series(["DUP1"], dtype="str", index=row.index)
    row["tenure_months"] = 70.0
    row["monthly_charges"] = pd.Series(["30.00"], dtype="str", index=row.index)
    row["contract"] = pd.Series(["Two year"], dtype="str", index=row.index)
    row["support_calls"] = pd.array([0], dtype="Int64")
    row["churned"] = pd.Series(["yes"], dtype="str", index=row.index)
    train = pd.concat([train] + [row] * 800, ignore_index=True)
    test = _probes([(70.0, "30.00", "two-year", 0), (65.0, "35.00", "Two Year", 1),
                    (60.0, "$40.00", "two_year", 0)])
    return train, test


def _constant_column():
    """No support call was recorded for any training customer (all 0): a feature with standard
    deviation 0 must not divide by zero."""
    train = simulate(seed=22, n_train=1500, n_test=10)[0]
    train["support_calls"] = pd.array([0] * len(train), dtype="Int64")
    test = _probes([(1.0, "$119.00", "Month-to-month", 0), (70.0, "25.10", "Two year", 0),
                    (3.0, "$99.00", "month_to_month", 5), (60.0, "$30.00", "One year", 0)])
    return train, test


def _tenure_rule():
    """A market where tenure alone decides: customers under 55 months churn, with 5% of labels
    flipped. Most customers churn here, so the intercept is large and positive and the tenure
    weight large and negative: mixing them up predicts every probe wrong."""
    g = np.random.default_rng(23)
    train = simulate(seed=23, n_train=1500, n_test=10, dup=0)[0]
    tenure = g.integers(20, 73, len(train)).astype(float)
    churn = (tenure < 55) ^ (g.random(len(train)) < 0.05)
    train["tenure_months"] = tenure
    train["churned"] = pd.Series(np.where(churn, "yes", "no"), dtype="str", index=train.index)
    test = _probes([(40.0, "70.00", "One year", 1), (30.0, "70.00", "One year", 1),
                    (70.0, "70.00", "Month-to-month", 2), (45.0, "30.00", "Two year", 0),
                    (65.0, "$50.00", "two_year", 1)])
    return train, test


def _other_dtypes():
    """The same kind of export, read back with other dtypes: object strings, Float64, float32."""
    train, test, _ = simulate(seed=14, n_train=1500, n_test=800)
    test = test.astype({"customer_id": object, "monthly_charges": object, "contract": object,
                        "tenure_months": "Float64", "support_calls": "float32"})
    return train, test


CASES = [
    dataset_case(0.77, "600 customers: held-out accuracy >= 0.77", sample=True,
                 seed=1, n_train=600, n_test=300),
    dataset_case(0.74, "30% of every field missing: accuracy >= 0.74", sample=True,
                 seed=8, n_train=1500, n_test=800, missing=0.3, blank_test_rows=5),
    dataset_case(0.77, "test rows from a new CRM: new contract spellings, same rule; >= 0.77",
                 sample=True, seed=5, n_train=1500, n_test=800, new_crm=True),
    dataset_case(0.76, "2,000 customers: accuracy >= 0.76", seed=2, n_train=2000, n_test=1000),
    dataset_case(0.82, "test customers all have 4-6 years of tenure (fit nothing on test): >= 0.82",
                 seed=6, n_train=1500, n_test=800, test_tenure=(48, 72)),
    dataset_case(0.70, "test customers all joined within a year (fit nothing on test): >= 0.70",
                 seed=7, n_train=1500, n_test=800, test_tenure=(0, 12)),
    dataset_case(0.76, "half the training rows duplicated: accuracy >= 0.76",
                 seed=10, n_train=1200, n_test=800, dup=0.5),
    case(*_clear_cut(), check=exactly(np.array([1, 0, 1, 0])),
         name="clear-cut customers in messy formats (-1, NaN, N/A and <NA> are unknown)"),
    case(*_training_statistics(), check=last_rows_exactly(np.array([1, 1, 1, 1])),
         name="unknown tenures among long-standing test customers: training median and "
              "training mean/std, not the test set's"),
    dataset_case(0.77, "monthly charges 100 times larger (a premium tier in the thousands): "
                       "standardised, the units do not matter; >= 0.77",
                 seed=16, n_train=1500, n_test=800, charge_scale=100.0),
    case(*_unknown_and_formats(), check=exactly(np.array([0, 1, 0, 1, 0])),
         name="tenure -1 is unknown (training median), tenure 0 is a new customer; "
              "'$119.00' and '$ 20.0' are cleaned, not dropped"),
    case(*_repeated_row(), check=exactly(np.array([0, 0, 0])),
         name="one churned row exported 800 times counts once (drop exact duplicates)"),
    case(*_constant_column(), check=exactly(np.array([1, 0, 1, 0])),
         name="a feature constant in training (no support calls recorded): no division by zero"),
    case(*_tenure_rule(), check=exactly(np.array([1, 1, 0, 1, 0])),
         name="tenure alone decides (churn under 55 months): the intercept is not a feature weight"),
    case(simulate(seed=12, n_train=800, n_test=1)[0], simulate(seed=12, n_train=800, n_test=1)[1],
         check=lambda pred, expected, train, test: _shape_problem(pred, 1),
         name="a single test row gives an array of shape (1,)"),
    case(simulate(seed=13, n_train=800, n_test=1)[0], simulate(seed=13, n_train=800, n_test=1)[1].iloc[:0],
         check=lambda pred, expected, train, test: _shape_problem(pred, 0),
         name="an empty test frame gives an array of shape (0,)"),
    case(*_other_dtypes(), check=accuracy_at_least(simulate(seed=14, n_train=1500, n_test=800)[2], 0.76),
         name="test columns as object, Float64 and float32 dtypes: accuracy >= 0.76"),
    dataset_case(0.77, "10,000 training and 3,000 test customers within 5 s: >= 0.77",
                 time_limit=5.0, seed=4, n_train=10_000, n_test=3_000),
]
