import re

HEADER = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} ([A-Z]+) (.*)")
EPOCH = re.compile(r"[0-9]+")
NUMBER = re.compile(r"[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")


def parse_training_log(text):
    """(epoch, loss) for every well-formed INFO line carrying both fields, in log order."""
    pairs = []
    for line in text.splitlines():
        header = HEADER.fullmatch(line)
        if header is None or header.group(1) != "INFO":
            continue
        fields = {}
        for token in header.group(2).split():
            key, sep, value = token.partition("=")
            if sep:
                fields[key] = value
        epoch = fields.get("epoch", "")
        loss = fields.get("loss", "")
        if EPOCH.fullmatch(epoch) and NUMBER.fullmatch(loss):
            pairs.append((int(epoch), float(loss)))
    return pairs
