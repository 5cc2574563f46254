import numpy as np


def beam_search(log_probs, bos, eos, beam_width, max_len, length_penalty=1.0):
    """Beam search over a bigram model: log_probs[a, b] is log P(next = b | last = a).

    Returns up to beam_width hypotheses (tokens, score), best first: tokens exclude bos and end
    with eos when finished; score = sum of log-probs / len(tokens) ** length_penalty.
    """
    lp = np.asarray(log_probs, dtype=np.float64)
    # your code here: for now, greedy decoding that returns one hypothesis
    tokens, total, last = [], 0.0, bos
    while len(tokens) < max_len and last != eos:
        last = int(np.argmax(lp[last]))
        tokens.append(last)
        total += float(lp[tokens[-2] if len(tokens) > 1 else bos, last])
    return [(tokens, total)]
