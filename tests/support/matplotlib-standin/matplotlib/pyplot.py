from .figure import Figure

_open = []


def figure(figsize=None):
    fig = Figure(figsize=figsize)
    _open.append(fig)
    return fig


def subplots(nrows=1, ncols=1, figsize=None, **kwargs):
    fig = figure(figsize=figsize)
    axes = [[fig.add_subplot(nrows, ncols, r * ncols + c + 1) for c in range(ncols)]
            for r in range(nrows)]
    if nrows == 1 and ncols == 1:
        return fig, axes[0][0]
    if nrows == 1 or ncols == 1:
        return fig, [ax for row in axes for ax in row]
    return fig, axes


def gcf():
    return _open[-1] if _open else figure()


def close(which=None):
    if which == "all" or which is None:
        _open.clear()
    elif which in _open:
        _open.remove(which)


def show():
    pass
