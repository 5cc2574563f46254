import { type FigurePair, isPngDataUrl } from "../../domain/results";

/**
 * A visualisation drill's two figures side by side (stacked on narrow screens): the candidate's
 * and the reference's for the same input, drawn in the worker. Only PNG data URLs are shown.
 */
export function FigureCompare({ figures, passed }: { figures: FigurePair; passed: boolean }) {
  return (
    <div className="figure-compare" data-testid="figure-compare">
      <FigureCard
        title="Your figure"
        src={figures.actual}
        alt={`Your figure for this test${passed ? ", which matches the expected one" : ""}`}
        missing="Your code gave no figure that could be drawn for this test."
      />
      <FigureCard
        title="Expected"
        src={figures.expected}
        alt="The expected figure for this test, drawn by the reference solution"
        missing="The expected figure could not be drawn."
      />
    </div>
  );
}

function FigureCard({ title, src, alt, missing }: { title: string; src: string | null; alt: string; missing: string }) {
  return (
    <figure className="figure-card">
      <figcaption>{title}</figcaption>
      {src && isPngDataUrl(src) ? (
        <img src={src} alt={alt} loading="lazy" decoding="async" />
      ) : (
        <p className="figure-missing">{missing}</p>
      )}
    </figure>
  );
}
