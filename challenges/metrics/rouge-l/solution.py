import re


def rouge_l(candidate, reference):
    """ROUGE-L (precision, recall, F1) from the longest common subsequence of the tokens."""
    cand = re.findall(r"[a-z0-9]+", candidate.lower())
    ref = re.findall(r"[a-z0-9]+", reference.lower())
    # prev[j] = LCS of the candidate tokens so far and ref[:j]; one row of the table at a time
    prev = [0] * (len(ref) + 1)
    for c in cand:
        cur = [0]
        for j, r in enumerate(ref):
            if c == r:
                cur.append(prev[j] + 1)
            else:
                cur.append(max(prev[j + 1], cur[j]))
        prev = cur
    lcs = prev[-1]
    if lcs == 0:  # also when either text has no tokens
        return (0.0, 0.0, 0.0)
    precision = lcs / len(cand)
    recall = lcs / len(ref)
    return (precision, recall, 2 * precision * recall / (precision + recall))
