class CycleError(ValueError):
    """Some steps can never run: they are on a dependency cycle or depend on one."""

    # your code here: CycleError(stuck) stores .stuck and has the message from the statement


def build_order(deps):
    """Steps in dependency order, alphabetically smallest ready step first; externals ignored."""
    # your code here
    return sorted(deps)
