import { diffSegments, type Segment } from "../common/text-diff";

/** Expected and actual side by side; differing characters are marked (and announced as "differs"). */
export function ValueDiff({ expected, actual }: { expected: string; actual: string }) {
  const [left, right] = diffSegments(expected, actual);
  return (
    <div className="value-diff">
      <figure>
        <figcaption>Expected</figcaption>
        <pre>
          <Segments segments={left} />
        </pre>
      </figure>
      <figure>
        <figcaption>Your output</figcaption>
        <pre className="actual">
          <Segments segments={right} />
        </pre>
      </figure>
    </div>
  );
}

function Segments({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.changed ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
          <mark key={i} title="differs">
            {s.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
