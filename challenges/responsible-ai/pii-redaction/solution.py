import re

DEFAULT_PLACEHOLDERS = {"EMAIL": "[EMAIL]", "CARD": "[CARD]", "PHONE": "[PHONE]", "IP": "[IP]"}

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
PATTERNS = {
    "EMAIL": re.compile(
        r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![A-Za-z0-9-])"
    ),
    "CARD": re.compile(
        r"(?<!\d)(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{4}|\d{4}([ -])\d{6}\2\d{5})(?!\d)"
    ),
    "PHONE": re.compile(
        r"(?<![\d+])(?:\+\d{1,3}[ -]?)?(?:\(\d{3}\) ?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}(?!\d)"
    ),
    "IP": re.compile(rf"(?<!\d)(?<!\d\.)(?:{_OCTET}\.){{3}}{_OCTET}(?!\.?\d)"),
}


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def redact(text, placeholders=None):
    """Replace emails, card numbers (Luhn-valid), phone numbers and IPv4 addresses by placeholders."""
    names = {**DEFAULT_PLACEHOLDERS, **(placeholders or {})}
    found = []
    for kind, pattern in PATTERNS.items():
        for m in pattern.finditer(text):
            if kind == "CARD" and not luhn_ok(re.sub(r"\D", "", m.group())):
                continue
            found.append((m.start(), -(m.end() - m.start()), kind, m.end()))
    found.sort(key=lambda f: (f[0], f[1]))  # leftmost first, then longest
    spans = []
    for start, _, kind, end in found:
        if spans and start < spans[-1][2]:  # overlaps the span before: merge, keep its type
            spans[-1][2] = max(spans[-1][2], end)
        else:
            spans.append([kind, start, end])
    pieces, last = [], 0
    for kind, start, end in spans:
        pieces += [text[last:start], names[kind]]
        last = end
    pieces.append(text[last:])
    entities = [{"type": kind, "start": start, "end": end} for kind, start, end in spans]
    return {"text": "".join(pieces), "entities": entities}
