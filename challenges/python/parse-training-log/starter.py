def parse_training_log(text):
    """(epoch, loss) for every well-formed INFO line carrying both fields, in log order."""
    # your code here
    pairs = []
    for line in text.splitlines():
        if "INFO" in line and "loss=" in line:
            pass
    return pairs
