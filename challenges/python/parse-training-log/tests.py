import random

from drill import case, generate

COMPARE = "close"

EXAMPLE = """2024-05-01 12:00:03 INFO epoch=1 step=100 loss=0.6931 lr=1e-3
2024-05-01 12:00:04 DEBUG epoch=1 loss=0.6000 grad_norm=3.2
2024-05-01 12:01:10 INFO epoch=1 val_loss=0.7012 val_acc=0.51
2024-05-01 12:02:15 INFO loss=4.2e-1 epoch=2 note=fine
2024-05-01 12:02:16 WARNING epoch=2 loss=nan
2024-05-01 12:03:20 INFO epoch=3 loss=nan"""

TS = "2024-05-01 12:00:00"


def _line(msg, level="INFO"):
    return f"{TS} {level} {msg}"


def _large():
    rng = random.Random(17)
    lines = []
    for i in range(50_000):
        level = rng.choice(["INFO", "INFO", "DEBUG", "WARNING"])
        lines.append(_line(f"epoch={i % 50} step={i} loss={rng.randint(0, 9999) / 1000}", level))
    return "\n".join(lines) + "\n"


CASES = [
    case(EXAMPLE, expected=[(1, 0.6931), (2, 0.42)], sample=True, name="worked example"),
    case("", expected=[], sample=True, name="empty text"),
    case(_line("epoch=0 loss=2.5") + "\r\n" + _line("epoch=0 loss=2") + "\r\n",
         expected=[(0, 2.5), (0, 2.0)], sample=True,
         name="CRLF line endings; the same epoch twice; an integer loss"),
    case(_line("epoch=7 loss=0.1"), expected=[(7, 0.1)], name="a single line without newline"),
    case(_line("epoch=7 val_loss=0.1 train_loss=0.2"), expected=[],
         name="val_loss and train_loss are not loss"),
    case(_line("epoch=4 loss=0.3", "DEBUG") + "\n" + _line("INFO epoch=4 loss=0.3", "DEBUG"),
         expected=[], name="DEBUG lines, even one whose message mentions INFO"),
    case(_line("epoch=4 loss=0.3", "info") + "\n" + _line("epoch=5 loss=0.3", "INFOS"),
         expected=[], name="the level must be exactly INFO"),
    case("\n".join([
        _line("epoch=1 loss=nan"), _line("epoch=1 loss=inf"), _line("epoch=1 loss=-infinity"),
        _line("epoch=1 loss=1_000"), _line("epoch=1 loss=0x10"), _line("epoch=1 loss="),
        _line("epoch=1 loss=1e"), _line("epoch=1 loss=."), _line("epoch=1 loss=1.2.3"),
        _line("epoch=1 loss=0.5,"), _line("epoch=1 loss=e5"),
    ]), expected=[], name="losses that float() would accept or that are malformed"),
    case("\n".join([
        _line("epoch=1 loss=.5"), _line("epoch=2 loss=2."), _line("epoch=3 loss=-1.5"),
        _line("epoch=4 loss=+3"), _line("epoch=5 loss=1e-4"), _line("epoch=6 loss=2.5E+2"),
        _line("epoch=7 loss=0"),
    ]), expected=[(1, 0.5), (2, 2.0), (3, -1.5), (4, 3.0), (5, 1e-4), (6, 250.0), (7, 0.0)],
        name="every allowed number shape"),
    case("\n".join([
        _line("epoch=-1 loss=0.5"), _line("epoch=+2 loss=0.5"), _line("epoch=1.0 loss=0.5"),
        _line("epoch=٣ loss=0.5"), _line("epoch= loss=0.5"), _line("loss=0.5"),
        _line("epoch=3"), _line("epoch=12 loss=٣"),
    ]), expected=[], name="bad or missing epochs, non-ASCII digits, missing loss"),
    case("\n".join([
        "2024-05-01 INFO epoch=1 loss=0.5", "  " + _line("epoch=2 loss=0.5"),
        "2024-5-01 12:00:00 INFO epoch=3 loss=0.5", _line("epoch=4 loss=0.5") + "   ",
        "xx" + _line("epoch=5 loss=0.5"), _line("epoch=6  loss=0.5\tnote=x"),
        "2024-05-01 12:00:00  INFO epoch=7 loss=0.5", "2024-05-01 12:00:00 INFO",
    ]), expected=[(4, 0.5), (6, 0.5)],
        name="malformed headers ignored; trailing spaces and inner tabs allowed"),
    case(_line("epoch=10 note=loss=0.9 loss=0.25"), expected=[(10, 0.25)],
         name="'loss=' inside another field's value does not count"),
    case(_line("epoch=3 loss=0.2") + "\n\n\n" + _line("epoch=4 loss=0.1") + "\n",
         expected=[(3, 0.2), (4, 0.1)], name="blank lines and a trailing newline"),
    case(_line("epoch=1 loss=0.5 loss") + "\n" + _line("epoch epoch=2 loss=0.5"),
         expected=[(1, 0.5), (2, 0.5)], name="a bare word 'loss' or 'epoch' is not a field"),
    case(_line("epoch=0010 loss=00.5"), expected=[(10, 0.5)], name="leading zeros"),
    case(_large(), time_limit=5.0, name="50,000 lines (linear work is enough)"),
]


@generate(count=16, seed=40)
def random_logs(rng):
    lines = []
    for _ in range(rng.randint(0, 8)):
        level = rng.choice(["INFO", "INFO", "DEBUG", "ERROR"])
        fields = [f"epoch={rng.choice(['3', '12', '-1', 'x'])}",
                  f"{rng.choice(['loss', 'loss', 'val_loss'])}={rng.choice(['0.5', '1e-3', 'nan', '.25', '7'])}",
                  f"step={rng.randint(0, 99)}"]
        rng.shuffle(fields)
        if rng.random() < 0.2:
            fields.pop()
        lines.append(_line(" ".join(fields), level))
    return case("\n".join(lines))
