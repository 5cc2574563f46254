import numpy as np

TIE = 1e-9  # validation errors this close (relative, or absolute below 1) count as equal


def select_degree(x_train, y_train, x_val, y_val, max_degree):
    """Fit polynomials of degree 0..max_degree; return (best degree, train MSEs, validation MSEs)."""
    x_train = np.asarray(x_train, dtype=np.float64)
    y_train = np.asarray(y_train, dtype=np.float64)
    x_val = np.asarray(x_val, dtype=np.float64)
    y_val = np.asarray(y_val, dtype=np.float64)
    train_mse, val_mse = [], []
    for degree in range(max_degree + 1):
        coeffs = np.polyfit(x_train, y_train, degree)  # least squares, highest power first
        train_mse.append(float(np.mean((np.polyval(coeffs, x_train) - y_train) ** 2)))
        val_mse.append(float(np.mean((np.polyval(coeffs, x_val) - y_val) ** 2)))
    lowest = min(val_mse)
    # the simplest model among the (near-)best ones
    best = next(d for d, e in enumerate(val_mse) if e <= lowest + TIE * max(1.0, lowest))
    return best, train_mse, val_mse
