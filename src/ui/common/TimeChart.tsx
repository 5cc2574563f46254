/** Time taken against target over time: one point per solved attempt, a dashed line at the target. */
export interface TimePoint {
  at: number;
  ratio: number;
  label: string;
}

export function TimeChart({ title, points }: { title: string; points: TimePoint[] }) {
  const width = 560;
  const height = 200;
  const pad = 32;
  if (points.length === 0) {
    return (
      <figure className="chart">
        <figcaption>{title}</figcaption>
        <p>No solved drills yet.</p>
      </figure>
    );
  }
  const t0 = Math.min(...points.map((p) => p.at));
  const t1 = Math.max(...points.map((p) => p.at));
  const top = Math.max(2, ...points.map((p) => p.ratio));
  const x = (at: number) => pad + (t1 === t0 ? (width - 2 * pad) / 2 : ((at - t0) / (t1 - t0)) * (width - 2 * pad));
  const y = (r: number) => height - pad - (r / top) * (height - 2 * pad);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${title}: ${points.length} solved attempts, ${points.filter((p) => p.ratio <= 1).length} within target`}
      >
        <line x1={pad} x2={width - pad} y1={y(1)} y2={y(1)} className="chart-target" />
        <text x={pad} y={y(1) - 4} className="chart-label">
          target
        </text>
        <polyline points={points.map((p) => `${x(p.at)},${y(p.ratio)}`).join(" ")} className="chart-line" />
        {points.map((p) => (
          <circle key={`${p.at}-${p.label}`} cx={x(p.at)} cy={y(p.ratio)} r={4} className="chart-point">
            <title>{`${p.label}: ${Math.round(p.ratio * 100)}% of target`}</title>
          </circle>
        ))}
      </svg>
      <details>
        <summary>Show the numbers</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Drill</th>
              <th scope="col">Time / target</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={`${p.at}-${p.label}`}>
                <td>{new Date(p.at).toLocaleString()}</td>
                <td>{p.label}</td>
                <td>{Math.round(p.ratio * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
