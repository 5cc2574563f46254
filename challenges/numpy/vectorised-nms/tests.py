import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "ndarray", "dtype": "kind"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

EX_B = np.array([[0, 0, 10, 10], [1, 1, 11, 11], [20, 20, 30, 30], [0, 0, 10, 5], [2, 2, 12, 12]])
EX_S = np.array([0.9, 0.95, 0.8, 0.7, 0.6])


def _detections(seed, n_objects, per_object, spread=3.0, size=40.0, offset=0.0):
    g = np.random.default_rng(seed)
    centres = g.uniform(0, 1000, size=(n_objects, 2))
    c = np.repeat(centres, per_object, axis=0) + g.normal(0, spread, size=(n_objects * per_object, 2))
    wh = g.uniform(0.7, 1.3, size=(len(c), 2)) * size
    boxes = np.concatenate([c - wh / 2, c + wh / 2], axis=1) + offset
    return boxes, np.round(g.random(len(c)), 2)  # rounded scores: ties


CASES = [
    case(EX_B, EX_S, expected=np.array([1, 2, 3]), sample=True,
         name="worked example: a suppressed box suppresses nothing, IoU exactly 0.5 is kept"),
    case(EX_B, EX_S, 0.3, expected=np.array([1, 2]), sample=True, name="iou_threshold=0.3"),
    case(np.array([[0.0, 0.0, 2.0, 2.0], [0.0, 0.0, 2.0, 2.0], [5.0, 5.0, 6.0, 6.0]]), np.array([0.5, 0.5, 0.5]),
         expected=np.array([0, 2]), sample=True, name="equal scores: lower index first"),
    case(np.zeros((0, 4)), np.zeros(0), expected=np.zeros(0, dtype=np.int64), name="no boxes"),
    case(np.array([[1.0, 2.0, 3.0, 4.0]]), np.array([0.1]), expected=np.array([0]), name="one box"),
    case(np.array([[0, 0, 4, 4], [1, 1, 5, 5]]), np.array([0.2, 0.8]), 0.0, expected=np.array([1]),
         name="threshold 0: any overlap suppresses"),
    case(np.array([[0, 0, 4, 4], [4, 0, 8, 4]]), np.array([0.2, 0.8]), 0.0, expected=np.array([1, 0]),
         name="touching boxes do not overlap"),
    case(np.array([[0, 0, 4, 4], [0, 0, 4, 4]]), np.array([0.3, 0.9]), 1.0, expected=np.array([1, 0]),
         name="threshold 1: even identical boxes are kept"),
    case(np.array([[0, 0, 2, 1], [0, 0, 1, 1]]), np.array([0.9, 0.8]), expected=np.array([0, 1]),
         name="IoU exactly at the default threshold is kept"),
    case(np.array([[3.0, 3.0, 3.0, 3.0], [3.0, 3.0, 3.0, 3.0], [0.0, 0.0, 6.0, 6.0]]), np.array([0.9, 0.8, 0.7]),
         0.0, expected=np.array([0, 1, 2]), name="zero-area boxes: IoU 0, never NaN"),
    case(np.array([[0, 0, 10, 10], [1, 1, 11, 11], [2, 2, 12, 12]]), np.array([-1.0, -2.0, -0.5]),
         expected=np.array([2, 0]), name="negative scores"),
    case(*_detections(3, 5, 6), name="5 objects x 6 noisy detections"),
    case(*_detections(4, 20, 10, spread=8.0), 0.7, name="200 detections, threshold 0.7"),
    case(*_detections(5, 10, 5, size=2e-3, spread=1e-4, offset=0.0), name="boxes of size 2e-3"),
    case(*_detections(6, 10, 5, size=4e4, spread=3e3, offset=9e5), name="coordinates near 1e6"),
    case(_detections(7, 8, 5)[0].round().astype(np.int64), _detections(7, 8, 5)[1], name="integer coordinates"),
    case(*_detections(2024, 300, 10), time_limit=2.0, name="3,000 boxes within 2 s"),
]


@generate(count=12, seed=1201)
def random_boxes(rng):
    g = numpy_rng(rng)
    n = rng.randint(0, 25)
    xy = g.integers(0, 10, size=(n, 2))
    wh = g.integers(0, 6, size=(n, 2))  # zero width now and then
    boxes = np.concatenate([xy, xy + wh], axis=1)
    scores = g.integers(0, 5, size=n) / 4  # ties
    return case(boxes, scores, rng.choice([0.0, 0.3, 0.5, 0.7, 1.0]))
