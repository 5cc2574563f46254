from drill import case, generate

COMPARE = "exact"


def _luhn_digit(body):
    """The check digit that makes body + digit pass the Luhn test."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # doubled: these become the odd positions once the check digit is appended
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def _card(rng, length):
    body = str(rng.choice([3, 4, 5, 6])) + "".join(str(rng.randrange(10)) for _ in range(length - 2))
    return body + _luhn_digit(body)


def _spans(pieces):
    """Join (text, kind) pieces; the expected result follows from which pieces are PII."""
    text, out, ents, pos = "", "", [], 0
    for piece, kind in pieces:
        if kind:
            ents.append({"type": kind, "start": pos, "end": pos + len(piece)})
            out += f"[{kind}]"
        else:
            out += piece
        text += piece
        pos += len(piece)
    return text, {"text": out, "entities": ents}


def _phones():
    text, want = _spans([
        ("Call ", None), ("555.010.9999", "PHONE"), (", ", None), ("(555)010-9999", "PHONE"), (", ", None),
        ("(555) 010 9999", "PHONE"), (", ", None), ("5550109999", "PHONE"), (", not 15550109999; ", None),
        ("+15550109999", "PHONE"), (" and ", None), ("+44-555-010-9999", "PHONE"), (" are", None)])
    return text, want


PHONE_TEXT, PHONE_EXPECTED = _phones()
EXAMPLE = "Contact Jane at jane.doe@example.com or +1 (555) 010-9999. Card: 4111 1111 1111 1111."


def _long_text():
    import random

    rng = random.Random(3)
    pieces = []
    for i in range(4000):
        pieces.append(("lorem ipsum dolor sit amet 12 34.5 ", None))
        kind = ("EMAIL", "PHONE", "CARD", "IP")[i % 4]
        value = {"EMAIL": f"user{i}@mail{i % 7}.example.org", "PHONE": f"555-{i % 1000:03d}-{i:04d}",
                 "CARD": _card(rng, 16), "IP": f"10.{i % 256}.{(i * 7) % 256}.{i % 200}"}[kind]
        pieces += [(value, kind), (" ", None)]
    pieces.append(("end", None))
    return _spans(pieces)


LONG_TEXT, LONG_EXPECTED = _long_text()

CASES = [
    case(EXAMPLE,
         expected={"text": "Contact Jane at [EMAIL] or [PHONE]. Card: [CARD].",
                   "entities": [{"type": "EMAIL", "start": 16, "end": 36}, {"type": "PHONE", "start": 40, "end": 57},
                                {"type": "CARD", "start": 65, "end": 84}]},
         sample=True, name="worked example"),
    case("paid with 4111 1111 1111 1111, declined 4111 1111 1111 1112",
         expected={"text": "paid with [CARD], declined 4111 1111 1111 1112",
                   "entities": [{"type": "CARD", "start": 10, "end": 29}]},
         sample=True, name="only Luhn-valid numbers are cards"),
    case("hosts 192.168.0.1 and 0.0.0.0; not 256.1.1.1, 1.2.3.04 or 1.2.3",
         expected={"text": "hosts [IP] and [IP]; not 256.1.1.1, 1.2.3.04 or 1.2.3",
                   "entities": [{"type": "IP", "start": 6, "end": 17}, {"type": "IP", "start": 22, "end": 29}]},
         sample=True, name="IPv4: octets 0-255, no leading zeros, exactly four"),
    case("", expected={"text": "", "entities": []}, name="empty text"),
    case("Nothing to hide: 12 cats, 3.5 kg, version 1.2.3, call me maybe.",
         expected={"text": "Nothing to hide: 12 cats, 3.5 kg, version 1.2.3, call me maybe.", "entities": []},
         name="no PII: numbers that are not PII stay"),
    case("Write to bob@ex.com. Ping 10.0.0.1. Or A.B-C_d%e+f@mail.sub-domain.example.co.uk!",
         expected={"text": "Write to [EMAIL]. Ping [IP]. Or [EMAIL]!",
                   "entities": [{"type": "EMAIL", "start": 9, "end": 19}, {"type": "IP", "start": 26, "end": 34},
                                {"type": "EMAIL", "start": 39, "end": 80}]},
         name="a sentence's final period is not part of the match"),
    case("5551234567@example.com and john.5551234567@x.io",
         expected={"text": "[EMAIL] and [EMAIL]",
                   "entities": [{"type": "EMAIL", "start": 0, "end": 22}, {"type": "EMAIL", "start": 27, "end": 47}]},
         name="a phone inside an email: the longer match from the same start wins, the later one is swallowed"),
    case("4111111111111111@example.com",
         expected={"text": "[EMAIL]", "entities": [{"type": "EMAIL", "start": 0, "end": 28}]},
         name="a card and a longer email from the same start: the longer one names the span"),
    case("bob@ex.com+15551234567 1.2.3.4",
         expected={"text": "[EMAIL][PHONE] [IP]",
                   "entities": [{"type": "EMAIL", "start": 0, "end": 10}, {"type": "PHONE", "start": 10, "end": 22},
                                {"type": "IP", "start": 23, "end": 30}]},
         name="touching is not overlapping: an email right before a phone stays two spans"),
    case("call +1 555 123 4567x@ex.com now",
         expected={"text": "call [PHONE] now", "entities": [{"type": "PHONE", "start": 5, "end": 28}]},
         name="overlapping matches merge into one span with the type of the first"),
    case(PHONE_TEXT, expected=PHONE_EXPECTED, name="phone formats; eleven digits need the +"),
    case("dial 1 555 010 9999 or 44-555-010-9999",
         check=lambda actual, expected, text: _expect(actual, text, [
             ("555 010 9999", "PHONE"), ("555-010-9999", "PHONE")]),
         name="a country code without + is not part of the phone"),
    case("visa 4222222222222, amex 3782-822463-10005 / 3782 822463 10005, long 6011000990139424251, "
         "mixed 4111 1111-1111 1111, zeros 0000 0000 0000 0000",
         check=lambda actual, expected, text: _expect(actual, text, [
             ("4222222222222", "CARD"), ("3782-822463-10005", "CARD"), ("3782 822463 10005", "CARD"),
             ("0000 0000 0000 0000", "CARD")]),
         name="card formats: 13 digits, 4-6-5, 19 digits failing Luhn, mixed separators, all zeros"),
    case("x3782822463100051 and 37828224631000 and 4111111111111111x",
         check=lambda actual, expected, text: _expect(actual, text, [("4111111111111111", "CARD")]),
         name="a card needs non-digit neighbours: 16 digits with letters around still count"),
    case("Card 4111-1111-1111-1111, ip 8.8.8.8, mail a@b.co", kwargs={"placeholders": {"CARD": "<card>", "IP": ""}},
         expected={"text": "Card <card>, ip , mail [EMAIL]",
                   "entities": [{"type": "CARD", "start": 5, "end": 24}, {"type": "IP", "start": 29, "end": 36},
                                {"type": "EMAIL", "start": 43, "end": 49}]},
         name="custom placeholders override some types; the others keep the default"),
    case("Café ☕ bob@ex.com,10.0.0.1", {},
         expected={"text": "Café ☕ [EMAIL],[IP]",
                   "entities": [{"type": "EMAIL", "start": 7, "end": 17}, {"type": "IP", "start": 18, "end": 26}]},
         name="positions are str indices; adjacent matches stay separate; an empty dict changes nothing"),
    case("v1.2.3.4.5 and 12.34.56.78.90 and 255.255.255.255",
         expected={"text": "v1.2.3.4.5 and 12.34.56.78.90 and [IP]", "entities": [{"type": "IP", "start": 34, "end": 49}]},
         name="four numbers inside a longer dotted run are not an IP"),
    case(LONG_TEXT, expected=LONG_EXPECTED, time_limit=2.0, name="a 200,000-character log with 4000 items"),
]


def _expect(actual, text, items):
    """Check that exactly the listed substrings (first occurrences) are redacted as the listed types."""
    pieces, pos = [], 0
    for value, kind in items:
        at = text.index(value, pos)
        pieces += [(text[pos:at], None), (value, kind)]
        pos = at + len(value)
    pieces.append((text[pos:], None))
    _, want = _spans(pieces)
    return None if actual == want else f"expected {want!r}, got {actual!r}"


@generate(count=14, seed=606)
def random_logs(rng):
    """Log lines built from known pieces, so the expected redaction follows from the construction."""
    words = ["user", "logged", "in", "from", "order", "#12", "total", "3.50", "EUR", "ok", "id 7", "v2.1"]
    pieces = []
    for _ in range(rng.randint(1, 8)):
        if pieces:
            # separators that no pattern can bridge (a space could join "1.2.3.4 5678" into a phone)
            pieces.append((rng.choice([", ", "; ", " | ", "\n"]), None))
        kind = rng.choice([None, None, "EMAIL", "PHONE", "CARD", "BADCARD", "IP", "BADIP"])
        if kind is None:
            pieces.append((" ".join(rng.choice(words) for _ in range(rng.randint(1, 4))), None))
        elif kind == "EMAIL":
            local = rng.choice(["ann", "b.o.b", "x_y", "first.last+tag", "u42"])
            pieces.append((f"{local}@{rng.choice(['ex.com', 'mail.example.org', 'a-b.co.uk'])}", "EMAIL"))
        elif kind == "PHONE":
            a, b, c = rng.randrange(200, 1000), rng.randrange(1000), rng.randrange(10000)
            form = rng.choice(["{a}-{b:03d}-{c:04d}", "({a}) {b:03d}-{c:04d}", "{a}.{b:03d}.{c:04d}",
                               "+1 {a} {b:03d} {c:04d}", "{a}{b:03d}{c:04d}"])
            pieces.append((form.format(a=a, b=b, c=c), "PHONE"))
        elif kind in ("CARD", "BADCARD"):
            number = _card(rng, 16)
            if kind == "BADCARD":
                number = number[:-1] + str((int(number[-1]) + rng.randint(1, 9)) % 10)
            if rng.random() < 0.5:
                sep = rng.choice([" ", "-"])
                number = sep.join(number[i:i + 4] for i in range(0, 16, 4))
            pieces.append((number, "CARD" if kind == "CARD" else None))
        elif kind == "IP":
            pieces.append((".".join(str(rng.randrange(256)) for _ in range(4)), "IP"))
        else:
            octets = [str(rng.randrange(256)) for _ in range(4)]
            octets[rng.randrange(4)] = rng.choice(["256", "300", "07", "999"])
            pieces.append((".".join(octets), None))
    text, want = _spans(pieces)
    return case(text, expected=want)
