import heapq


class CycleError(ValueError):
    """Some steps can never run: they are on a dependency cycle or depend on one."""

    def __init__(self, stuck):
        self.stuck = list(stuck)
        super().__init__("dependency cycle among: " + ", ".join(self.stuck))


def build_order(deps):
    """Steps in dependency order, alphabetically smallest ready step first; externals ignored."""
    waiting = {}
    dependants = {step: [] for step in deps}
    for step, needs in deps.items():
        known = {need for need in needs if need in deps}
        waiting[step] = len(known)
        for need in known:
            dependants[need].append(step)
    ready = [step for step, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        step = heapq.heappop(ready)
        order.append(step)
        for nxt in dependants[step]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(ready, nxt)
    if len(order) < len(deps):
        placed = set(order)
        raise CycleError(sorted(step for step in deps if step not in placed))
    return order
