from dataclasses import dataclass, field


@dataclass
class TrainingRun:
    """One training run: its settings, and the losses logged per finished epoch."""

    name: str
    learning_rate: float
    epochs: int = 10
    tags: list = field(default_factory=list)
    losses: list = field(default_factory=list, init=False, repr=False, compare=False)

    def __post_init__(self):
        if not isinstance(self.name, str) or not self.name:
            raise ValueError("name must be a non-empty string")
        lr = self.learning_rate
        if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not lr > 0:
            raise ValueError(f"learning_rate must be a number > 0, got {lr!r}")
        if isinstance(self.epochs, bool) or not isinstance(self.epochs, int) or self.epochs < 1:
            raise ValueError(f"epochs must be an int >= 1, got {self.epochs!r}")

    def log_loss(self, loss):
        if len(self.losses) >= self.epochs:
            raise ValueError(f"all {self.epochs} epochs already logged")
        self.losses.append(float(loss))

    @property
    def best_loss(self):
        return min(self.losses) if self.losses else None
