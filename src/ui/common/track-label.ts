import type { TrackId } from "../../domain/challenge";

const LABEL: Record<TrackId, string> = {
  python: "Python",
  numpy: "NumPy",
  pandas: "pandas",
  metrics: "Metrics",
  ml: "Machine learning",
  "deep-learning": "Deep learning",
  nlp: "NLP",
  rl: "Reinforcement learning",
  "responsible-ai": "Responsible AI",
  "end-to-end": "End-to-end",
  visualisation: "Visualisation",
};

/** A track's name for people ("Machine learning"), where the data says "ml". */
export function trackLabel(track: TrackId): string {
  return LABEL[track] ?? track;
}
