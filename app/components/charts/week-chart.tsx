// A small server-rendered SVG chart: bars for one series, a line for another, no script needed.
// The numbers also sit in a table next to it; the SVG is one image with a title and a summary.
import { useId } from "react";

export type WeekChartPoint = { label: string; bar: number; line: number | null };

type Props = { title: string; description: string; barLabel: string; lineLabel: string; points: WeekChartPoint[] };

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 16, right: 12, bottom: 28, left: 36 };

/** A round top for the axis: 1, 2, 5 or 10 times a power of ten. */
function niceMax(value: number) {
  if (value <= 4) return 4;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

export function WeekChart({ title, description, barLabel, lineLabel, points }: Props) {
  const id = useId();
  const max = niceMax(Math.max(0, ...points.map((point) => Math.max(point.bar, point.line ?? 0))));
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = innerWidth / Math.max(points.length, 1);
  const y = (value: number) => PAD.top + innerHeight - (value / max) * innerHeight;
  const x = (index: number) => PAD.left + slot * index + slot / 2;
  // A withheld point breaks the line rather than pretending to be zero.
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((point, index) => {
    if (point.line === null) {
      if (current.length) segments.push(current.join(" "));
      current = [];
    } else current.push(`${x(index).toFixed(1)},${y(point.line).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(" "));
  const labelEvery = Math.ceil(points.length / 6);
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-2xl"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {[0, 0.5, 1]
          .filter((fraction) => Number.isInteger(max * fraction))
          .map((fraction) => (
            <g key={fraction}>
              <line
                x1={PAD.left}
                x2={WIDTH - PAD.right}
                y1={y(max * fraction)}
                y2={y(max * fraction)}
                stroke="var(--color-line)"
                strokeWidth={1}
              />
              <text
                x={PAD.left - 6}
                y={y(max * fraction) + 4}
                textAnchor="end"
                fontSize={11}
                fill="var(--color-ink-muted)"
              >
                {max * fraction}
              </text>
            </g>
          ))}
        {points.map((point, index) => (
          <rect
            key={point.label}
            x={x(index) - (slot * 0.7) / 2}
            y={y(point.bar)}
            width={slot * 0.7}
            height={Math.max(0, PAD.top + innerHeight - y(point.bar))}
            fill="var(--color-accent)"
            opacity={0.75}
          />
        ))}
        {segments.map((segment) => (
          <polyline key={segment} points={segment} fill="none" stroke="var(--color-warning)" strokeWidth={2.5} />
        ))}
        {points.map((point, index) =>
          point.line !== null ? (
            <circle key={point.label} cx={x(index)} cy={y(point.line)} r={3} fill="var(--color-warning)" />
          ) : null,
        )}
        {points.map((point, index) =>
          index % labelEvery === 0 ? (
            <text
              key={point.label}
              x={x(index)}
              y={HEIGHT - 8}
              textAnchor="middle"
              fontSize={11}
              fill="var(--color-ink-muted)"
            >
              {point.label}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="flex flex-wrap gap-4 text-sm text-ink-muted">
        <span className="flex items-center gap-1">
          <span className="inline-block h-3 w-3 bg-blue-700 opacity-75" /> {barLabel}
        </span>
        <span className="flex items-center gap-1">
          <span className="inline-block h-1 w-4 bg-warning" /> {lineLabel}
        </span>
      </figcaption>
    </figure>
  );
}
