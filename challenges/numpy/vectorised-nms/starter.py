import numpy as np


def nms(boxes, scores, iou_threshold=0.5):
    """Indices of the boxes kept by greedy non-maximum suppression, best score first."""
    # your code here: for now every box is kept, by decreasing score
    return np.argsort(-np.asarray(scores), kind="stable")
