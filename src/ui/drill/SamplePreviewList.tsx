import { useMemo } from "react";
import type { Challenge } from "../../domain/challenge";
import { plural } from "../common/plural";
import { sampleCases } from "./sample-cases";

/** Before the first run: the sample tests with their inputs, as the tests file writes them. */
export function SamplePreviewList({ challenge }: { challenge: Challenge }) {
  const samples = useMemo(() => sampleCases(challenge), [challenge]);
  return (
    <div className="sample-preview">
      <p className="muted">
        {plural(samples.length, "sample test")}. <strong>Run</strong> checks your code against them;{" "}
        <strong>Submit</strong> adds the hidden tests.
      </p>
      <ol className="sample-list">
        {samples.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: samples are listed in file order
          <li key={i} className="sample">
            <span className="sample-name">
              <span className="chip chip-pending" aria-hidden="true">
                ○
              </span>{" "}
              {s.name}
            </span>
            {s.input && (
              <div className="io">
                <span className="io-label">Input</span>
                <pre>{s.input}</pre>
              </div>
            )}
            {s.expected && (
              <div className="io">
                <span className="io-label">Expected</span>
                <pre>{s.expected}</pre>
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
