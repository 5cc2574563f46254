_NAMED = {
    "tab:blue": "#1f77b4", "tab:orange": "#ff7f0e", "tab:green": "#2ca02c", "tab:red": "#d62728",
    "tab:purple": "#9467bd", "tab:brown": "#8c564b", "tab:pink": "#e377c2", "tab:gray": "#7f7f7f",
    "tab:olive": "#bcbd22", "tab:cyan": "#17becf", "black": "#000000", "k": "#000000",
    "white": "#ffffff", "w": "#ffffff", "red": "#ff0000", "r": "#ff0000", "green": "#008000",
    "g": "#008000", "blue": "#0000ff", "b": "#0000ff", "gray": "#808080", "grey": "#808080",
    "orange": "#ffa500",
}
_CYCLE = ["tab:blue", "tab:orange", "tab:green", "tab:red", "tab:purple", "tab:brown",
          "tab:pink", "tab:gray", "tab:olive", "tab:cyan"]


def to_rgba(c, alpha=None):
    if isinstance(c, str):
        name = c.lower()
        if name == "none":
            return (0.0, 0.0, 0.0, 0.0)
        if len(name) == 2 and name[0] == "c" and name[1].isdigit():
            name = _CYCLE[int(name[1])]
        name = _NAMED.get(name, name)
        if not (name.startswith("#") and len(name) in (7, 9)):
            raise ValueError(f"{c!r} is not a valid color value.")
        parts = [int(name[i:i + 2], 16) / 255 for i in range(1, len(name), 2)]
        rgba = tuple(parts) if len(parts) == 4 else (*parts, 1.0)
    else:
        values = tuple(float(v) for v in c)
        rgba = values if len(values) == 4 else (*values, 1.0)
    if alpha is not None:
        rgba = (*rgba[:3], float(alpha))
    return rgba


def to_hex(c, keep_alpha=False):
    rgba = to_rgba(c)
    channels = rgba if keep_alpha else rgba[:3]
    return "#" + "".join(f"{round(v * 255):02x}" for v in channels)
