import math

import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "close", "rel_tol": 1e-9, "abs_tol": 1e-12}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

# Token 0 is both BOS and EOS (as GPT-2's <|endoftext|>); 1 = "a", 2 = "b".
EXAMPLE = np.log(np.array([
    [0.1, 0.5, 0.4],    # at the start
    [0.4, 0.3, 0.3],    # after "a"
    [0.9, 0.05, 0.05],  # after "b"
]))
L36, L2 = math.log(0.4 * 0.9), math.log(0.5 * 0.4)

# Start: EOS 0.4, "a" 0.6; after "a": "a" 0.95, EOS 0.05. Short answers win unless the length
# penalty is strong.
SHORT_OR_LONG = np.log(np.array([[0.4, 0.6], [0.05, 0.95]]))

# Dyadic log-probabilities: every sum is exact, so ties are real ties.
DYADIC = np.array([
    [-4.0, -1.0, -1.0, -2.0, -8.0],
    [-1.0, -2.0, -1.0, -1.0, -8.0],
    [-1.0, -1.0, -2.0, -1.0, -8.0],
    [-0.5, -1.0, -1.0, -2.0, -8.0],
    [-8.0, -1.0, -1.0, -0.5, -8.0],   # row 4: BOS, a token that is never generated
])


def _model(seed, V, peaked=1.0, scale=1.0):
    """A seeded bigram model: log-softmax of normal logits."""
    logits = np.random.default_rng(seed).normal(0.0, peaked, size=(V, V))
    lp = logits - logits.max(axis=1, keepdims=True)
    lp = lp - np.log(np.exp(lp).sum(axis=1, keepdims=True))
    return lp * scale


CASES = [
    case(EXAMPLE, 0, 0, 2, 5, expected=[([2, 0], L36 / 2), ([1, 0], L2 / 2)], sample=True,
         name="worked example: beam width 2 finds 'b <eos>', which greedy misses"),
    case(EXAMPLE, 0, 0, 1, 5, expected=[([1, 0], L2 / 2)], sample=True,
         name="beam width 1 is greedy decoding: 'a <eos>'"),
    case(EXAMPLE, 0, 0, 2, 1, expected=[([1], math.log(0.5)), ([2], math.log(0.4))], sample=True,
         name="max_len = 1: the unfinished beams are returned, without EOS"),
    case(EXAMPLE, 0, 0, 3, 5,
         expected=[([2, 0], L36 / 2), ([1, 0], L2 / 2), ([0], math.log(0.1))],
         name="beam width 3: EOS at rank 2 of the first step is a finished hypothesis"),
    case(EXAMPLE, 0, 0, 2, 5, 0.0, expected=[([2, 0], L36), ([1, 0], L2)],
         name="length_penalty = 0: raw sums of log-probabilities"),
    case(SHORT_OR_LONG, 0, 0, 2, 6, 1.0, name="length_penalty = 1: the one-token answer wins"),
    case(SHORT_OR_LONG, 0, 0, 2, 6, 2.0,
         expected=[([1, 0], (math.log(0.6) + math.log(0.05)) / 4), ([0], math.log(0.4))],
         name="length_penalty = 2: the longer answer wins; then stop, 2 hypotheses are finished"),
    case(SHORT_OR_LONG, 0, 0, 1, 6, 2.0, name="beam width 1: EOS at rank 1 of the first step is dropped"),
    case(SHORT_OR_LONG, 0, 0, 3, 4, 0.5, name="length_penalty = 0.5, beam width 3"),
    case(np.full((3, 3), math.log(1 / 3)), 0, 0, 2, 2,
         expected=[([0], math.log(1 / 3)), ([1, 0], math.log(1 / 3))],
         name="a uniform model: every tie is broken by the smaller token sequence"),
    case(np.zeros((4, 4)), 0, 3, 3, 3, name="all log-probs 0: ties everywhere, EOS = 3"),
    case(DYADIC, 4, 0, 2, 6, name="BOS = 4 differs from EOS = 0; exact ties between paths"),
    case(DYADIC, 4, 0, 3, 6, 1.5, name="exact ties, beam width 3, length_penalty = 1.5"),
    case(DYADIC, 4, 0, 4, 2, 0.0, name="max_len = 2 with ties: finished and unfinished hypotheses mixed"),
    case(DYADIC, 4, 3, 2, 5, name="EOS = 3"),
    case(np.array([[0.0, 0.0, -0.5], [-1.0, -0.5, 0.0], [-0.5, -0.5, 0.0]]), 1, 0, 2, 3,
         expected=[([2, 2, 2], 0.0), ([1, 2, 2], -0.5 / 3)],
         name="a tie between proposals of differently ranked beams: the smaller sequence [1, 2] wins"),
    case(np.log(np.array([[0.5, 0.5], [0.5, 0.5]])), 1, 1, 5, 2,
         name="beam width 5 > the 4 possible sequences: fewer hypotheses are returned"),
    case(np.log(np.array([[0.01, 0.99], [0.01, 0.99]])), 0, 0, 2, 7,
         name="EOS never reaches the top two after step 1: max_len ends the search"),
    case(_model(1, 6, scale=1e6), 0, 5, 3, 5, name="log-probabilities down to -1e7"),
    case(_model(2, 8, peaked=0.01), 0, 7, 4, 6, 2.0, name="an almost uniform model"),
    case(_model(3, 8, peaked=3.0), 2, 0, 3, 8, name="a peaked model, BOS = 2"),
    case(_model(4, 300, peaked=2.0), 0, 0, 5, 20, time_limit=5.0,
         name="vocabulary 300, beam width 5, max_len 20"),
]


@generate(count=12, seed=1977)
def random_models(rng):
    g = numpy_rng(rng)
    V = rng.randint(2, 7)
    lp = _model(rng.randrange(2**32), V, peaked=float(g.choice([0.3, 1.0, 3.0])))
    if rng.random() < 0.3:  # dyadic values: exact ties
        lp = -g.integers(0, 4, size=(V, V)) / 2.0
    bos, eos = rng.randrange(V), rng.randrange(V)
    args = [lp, bos, eos, rng.randint(1, 4), rng.randint(1, 6)]
    if rng.random() < 0.7:
        args.append(rng.choice([0.0, 0.5, 1.0, 2.0]))
    return case(*args)
