import numpy as np


def _iou_with(box, x1, y1, x2, y2, area):
    """IoU of one box against every box (given as coordinate columns); 0 where the union is empty."""
    iw = np.maximum(np.minimum(box[2], x2) - np.maximum(box[0], x1), 0.0)
    ih = np.maximum(np.minimum(box[3], y2) - np.maximum(box[1], y1), 0.0)
    inter = iw * ih
    union = (box[2] - box[0]) * (box[3] - box[1]) + area - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def nms(boxes, scores, iou_threshold=0.5):
    """Indices of the boxes kept by greedy non-maximum suppression, best score first."""
    boxes = np.asarray(boxes, dtype=np.float64)
    x1, y1, x2, y2 = boxes.T
    area = (x2 - x1) * (y2 - y1)
    order = np.argsort(-np.asarray(scores, dtype=np.float64), kind="stable")  # ties: lower index first
    suppressed = np.zeros(len(boxes), dtype=bool)
    keep = []
    for i in order:  # sequential by nature, but each kept box suppresses in one vector operation
        if suppressed[i]:
            continue
        keep.append(i)
        suppressed |= _iou_with(boxes[i], x1, y1, x2, y2, area) > iou_threshold
    return np.array(keep, dtype=np.int64)
