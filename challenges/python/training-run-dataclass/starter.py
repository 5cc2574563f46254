from dataclasses import dataclass


@dataclass
class TrainingRun:
    """One training run: its settings, and the losses logged per finished epoch."""

    name: str
    learning_rate: float
    # your code here: epochs, tags, losses, validation, log_loss and best_loss

    def log_loss(self, loss):
        pass
