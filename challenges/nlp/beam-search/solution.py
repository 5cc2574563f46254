import numpy as np


def beam_search(log_probs, bos, eos, beam_width, max_len, length_penalty=1.0):
    """Beam search over a bigram model: log_probs[a, b] is log P(next = b | last = a).

    Returns up to beam_width hypotheses (tokens, score), best first: tokens exclude bos and end
    with eos when finished; score = sum of log-probs / len(tokens) ** length_penalty.
    """
    lp = np.asarray(log_probs, dtype=np.float64)
    live = [((), 0.0)]  # (tokens, cumulative log-probability)
    finished = []  # (score, tokens)
    for _ in range(max_len):
        candidates = []
        for tokens, total in live:
            row = lp[tokens[-1] if tokens else bos]
            candidates.extend((total + float(row[v]), tokens + (v,)) for v in range(len(row)))
        candidates.sort(key=lambda c: (-c[0], c[1]))  # best first; ties: smaller token sequence
        live = []
        for rank, (total, tokens) in enumerate(candidates):
            if tokens[-1] == eos:
                if rank < beam_width:  # an EOS beyond the top beam_width is dropped
                    finished.append((total / len(tokens) ** length_penalty, tokens))
            else:
                live.append((tokens, total))
                if len(live) == beam_width:
                    break
        if len(finished) >= beam_width:  # early stopping: beam_width hypotheses are done
            break
    else:  # max_len reached: the unfinished beams are hypotheses too
        finished.extend((total / len(tokens) ** length_penalty, tokens) for tokens, total in live)
    finished.sort(key=lambda h: (-h[0], h[1]))
    return [(list(tokens), score) for score, tokens in finished[:beam_width]]
