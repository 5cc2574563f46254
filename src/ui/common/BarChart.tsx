/** A horizontal bar chart in SVG, with the numbers written on the bars and a data table for screen readers. */
export interface Bar {
  label: string;
  value: number;
  max: number;
  /** Text written after the bar, e.g. "3 of 8". */
  text: string;
}

export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const rowHeight = 26;
  const labelWidth = 190;
  const width = 560;
  const barWidth = width - labelWidth - 90;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${bars.length * rowHeight + 4}`}
        role="img"
        aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.text}`).join(", ")}`}
      >
        {bars.map((b, i) => {
          const w = b.max > 0 ? (b.value / b.max) * barWidth : 0;
          const y = i * rowHeight + 4;
          return (
            <g key={b.label}>
              <text x={0} y={y + 14} className="chart-label">
                {b.label}
              </text>
              <rect x={labelWidth} y={y} width={barWidth} height={18} className="chart-track" />
              <rect x={labelWidth} y={y} width={w} height={18} className="chart-bar" />
              <text x={labelWidth + barWidth + 6} y={y + 14} className="chart-label">
                {b.text}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>Show the numbers</summary>
        <table>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td>{b.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
