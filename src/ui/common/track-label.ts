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

const DESCRIPTION: Record<TrackId, string> = {
  python: "The language itself: data structures, classes, generators, decorators, parsing and the standard library.",
  numpy: "Vectorised arrays: indexing, broadcasting, reductions and numerically stable formulas.",
  pandas: "Tables: cleaning, joins, group-bys, reshaping, time series and exploratory summaries.",
  visualisation:
    "Figures with matplotlib: histograms, line, bar and scatter charts, subplots and heatmaps, checked by what they show.",
  metrics: "Scoring models: classification, ranking, regression and calibration metrics from their definitions.",
  ml: "Classic algorithms from scratch: linear models, trees, ensembles, clustering and validation.",
  "deep-learning": "Neural networks by hand: layers, backpropagation, optimisers and training loops.",
  nlp: "Text: tokenisation, embeddings, attention and language-model building blocks.",
  rl: "Reinforcement learning: returns, value functions and dynamic programming.",
  "responsible-ai": "Fairness and privacy checks an ML team is asked about.",
  "end-to-end": "Small pipelines that tie the stages together: from raw data to an evaluated, monitored model.",
};

/** One line on what a track practises, for the roadmap's stage pages. */
export function trackDescription(track: TrackId): string {
  return DESCRIPTION[track] ?? "";
}
