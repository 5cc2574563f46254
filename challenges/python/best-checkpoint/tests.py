import sys

from drill import case, generate

COMPARE = "exact"

_MAX = str(int(sys.float_info.max))  # 309 digits

EXAMPLE = [
    "ckpt/epoch=0-step=50-val_loss=1.5e-01.ckpt",
    "ckpt/epoch=1-step=100-val_loss=0.0931-val_acc=0.97.ckpt",
    "ckpt/last.ckpt",
    "ckpt/epoch=2-step=150-val_loss=0.1102-val_acc=0.98.ckpt",
]

NOT_NAMES = [
    "last.ckpt",
    "epoch=3.ckpt.tmp",
    "val_loss=nan.ckpt",
    "val_loss=inf.ckpt",
    "val_loss=.5.ckpt",
    "val_loss=5..ckpt",
    "val_loss=5.ckpt.ckpt",
    "epoch=1--val_loss=2.ckpt",
    "epoch=1-epoch=2-val_loss=0.01.ckpt",
    "val_loss=0.01-val_loss=0.02.ckpt",
    "val_loss=+0.01.ckpt",
    "val_loss=1e.ckpt",
    "val_loss=1e+.ckpt",
    "val_loss=0x1.ckpt",
    "val_loss=0,5.ckpt",
    "val_loss=0.001.CKPT",
    "val_loss=0.001.pt",
    "val_loss=0.001",
    "-val_loss=0.001.ckpt",
    "val_loss=0.001-.ckpt",
    "2x=1-val_loss=0.001.ckpt",
    "val-loss=0.001.ckpt",
    "val_loss = 0.001.ckpt",
    "val_loss=0.001 .ckpt",
    "val_loss=\u0661.ckpt",
    "val_loss=\uff15.ckpt",
    "v\u00e4l=1-val_loss=0.001.ckpt",
    "model_val_loss=0.001.ckpt",
    "",
]

CASES = [
    case(EXAMPLE, expected="ckpt/epoch=1-step=100-val_loss=0.0931-val_acc=0.97.ckpt", sample=True,
         name="worked example: the default metric and mode"),
    case(EXAMPLE, "val_acc", expected="ckpt/epoch=2-step=150-val_loss=0.1102-val_acc=0.98.ckpt",
         kwargs={"mode": "max"}, sample=True, name="worked example: val_acc, max"),
    case(EXAMPLE, "bleu", "max", expected=None, sample=True, name="no checkpoint has the metric"),
    case([], expected=None, name="an empty listing"),
    case(["epoch=0-val_loss=0.5.ckpt"], expected="epoch=0-val_loss=0.5.ckpt", name="a single checkpoint"),
    case(["epoch=0-val_loss=0.5.ckpt", "epoch=1-val_loss=0.4.ckpt"], expected="epoch=1-val_loss=0.4.ckpt",
         name="two checkpoints, the second is better"),
    case(["a=1-val_loss=2e-05.ckpt", "a=2-val_loss=1e-04.ckpt", "a=3-val_loss=0.00003.ckpt"],
         expected="a=1-val_loss=2e-05.ckpt", name="exponents with a '-' inside the value"),
    case(["step=3-val_loss=-0.5.ckpt", "step=4-val_loss=0.1.ckpt", "step=5-val_loss=-0.25.ckpt"],
         expected="step=3-val_loss=-0.5.ckpt", name="negative values after a '-' separator"),
    case(["step=3-score=-0.5.ckpt", "step=4-score=-1.ckpt", "step=5-score=-0.25.ckpt"], "score", "max",
         expected="step=5-score=-0.25.ckpt", name="max of negative values"),
    case(["r/val_loss=0.1.ckpt", "r/val_loss=1e-1.ckpt", "r/val_loss=1.0E-1.ckpt", "r/val_loss=0.10.ckpt"],
         expected="r/val_loss=0.1.ckpt", name="equal values written differently: the first wins (min)"),
    case(["val_acc=0.9-x=1.ckpt", "val_acc=9E-1-x=2.ckpt"], "val_acc", "max",
         expected="val_acc=0.9-x=1.ckpt", name="tie under max: the first wins"),
    case(["val_loss=0.ckpt", "val_loss=-0.ckpt", "val_loss=0.0.ckpt"], expected="val_loss=0.ckpt",
         name="0 and -0 are equal"),
    case(["val_loss=1e999.ckpt", "val_loss=2e999.ckpt"], expected="val_loss=1e999.ckpt",
         name="values too large for a float both read as infinity: a tie"),
    case(["val_loss=1e999.ckpt", f"val_loss={_MAX}.ckpt"], "val_loss", "min", expected=f"val_loss={_MAX}.ckpt",
         name="the largest float, written out in full, beats infinity"),
    case(["val_loss=5e-324.ckpt", "val_loss=0.ckpt", "val_loss=1e-400.ckpt"], expected="val_loss=0.ckpt",
         name="tiny values: 1e-400 reads as 0.0, a tie with 0 (first wins); 5e-324 is larger"),
    case([n.replace("0.001", "0.000001") if n else n for n in NOT_NAMES] + ["ok=1-val_loss=0.5.ckpt"],
         expected="ok=1-val_loss=0.5.ckpt", name="none of the look-alikes is a checkpoint name"),
    case(NOT_NAMES, expected=None, name="only look-alikes: None"),
    case(["runs/a/epoch=9-val_loss=0.2.ckpt", "runs/val_loss=0.01/last.ckpt", "epoch=9-val_loss=0.3.ckpt"],
         expected="runs/a/epoch=9-val_loss=0.2.ckpt", name="directories are not part of the name"),
    case(["val_loss=0.01.ckpt/broken", "x/val_loss=0.3.ckpt"], expected="x/val_loss=0.3.ckpt",
         name="a checkpoint name in the directory part does not count"),
    case(["a/b/c/val_loss=3.ckpt"], expected="a/b/c/val_loss=3.ckpt", name="a deep path"),
    case(["Val_Loss=0.1.ckpt", "val_loss=0.2.ckpt", "_val_loss=0.05.ckpt"], expected="val_loss=0.2.ckpt",
         name="keys are case-sensitive and must match exactly"),
    case(["val_loss_ema=0.01-val_loss=0.3.ckpt", "val_loss=0.2-val_loss_ema=0.5.ckpt"],
         expected="val_loss=0.2-val_loss_ema=0.5.ckpt", name="a key that starts with the metric's name"),
    case(["step=1-loss=3.ckpt", "step=2-loss=2.ckpt"], "step", "max", expected="step=2-loss=2.ckpt",
         name="any key can be the metric"),
    case(["_=1.ckpt", "a1_b2=0.5-_=0.ckpt"], "_", expected="a1_b2=0.5-_=0.ckpt", name="underscore keys"),
    case(["E=2E2.ckpt", "E=1e3.ckpt"], "E", "max", expected="E=1e3.ckpt", name="a key called E; exponents both cases"),
    case(["val_loss=1e+2.ckpt", "val_loss=99.5.ckpt", "val_loss=1E-0.ckpt"], expected="val_loss=1E-0.ckpt",
         name="signed exponents"),
    case(["x=00012.ckpt", "x=0012.5.ckpt"], "x", "max", expected="x=0012.5.ckpt", name="leading zeros"),
    case(["epoch=2-step=1250-val_loss=0.3127-val_acc=0.8891-lr=3e-4.ckpt",
          "epoch=3-step=1500-val_loss=0.3127-val_acc=0.8893-lr=1.5e-4.ckpt"], "lr", "min",
         expected="epoch=3-step=1500-val_loss=0.3127-val_acc=0.8893-lr=1.5e-4.ckpt", name="five fields"),
    case([f"run/epoch={i}-val_loss={(i * 7919) % 1000 / 1000}.ckpt" for i in range(20_000)]
         + ["run/last.ckpt"] * 5_000,
         expected="run/epoch=0-val_loss=0.0.ckpt", time_limit=5.0, name="25,000 paths"),
]

_KEYS = ["epoch", "step", "val_loss", "val_acc", "lr", "f1"]


def _number(rng):
    kind = rng.randint(0, 3)
    if kind == 0:
        return str(rng.randint(-3, 30))
    if kind == 1:
        return f"{rng.choice(['', '-'])}{rng.randint(0, 3)}.{rng.randint(0, 99):02d}"
    if kind == 2:
        return f"{rng.randint(1, 9)}{rng.choice('eE')}{rng.choice(['', '-', '+'])}{rng.randint(0, 3)}"
    return rng.choice(["nan", ".5", "1e", "--1", "1.", "0.5"])


@generate(count=30, seed=7)
def random_listings(rng):
    paths = []
    for _ in range(rng.randint(0, 8)):
        keys = rng.sample(_KEYS, rng.randint(1, 4))
        if rng.random() < 0.1:
            keys.append(keys[0])
        name = "-".join(f"{k}={_number(rng)}" for k in keys) + rng.choice([".ckpt"] * 6 + [".ckpt.tmp", ""])
        paths.append(rng.choice(["", "runs/", "a/b/"]) + name)
    return case(paths, rng.choice(_KEYS[2:]), rng.choice(["min", "max"]))
