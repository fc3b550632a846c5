import type { ReactNode } from "react";

// Small illustrations drawn for Brandworthy, for empty lists and moments worth marking. They take
// the scheme's colours (var(--color-…)), so they follow dark mode; they are decorative.
const accent = "var(--color-accent)";
const soft = "var(--color-accent-soft)";
const surface = "var(--color-surface)";
const line = "var(--color-line-strong)";
const warm = "var(--color-celebrate)";
const good = "var(--color-success)";

const stroke = { stroke: accent, strokeWidth: 3, strokeLinecap: "round", strokeLinejoin: "round" } as const;

/** A confetti dot and two sparkles: the same few marks make every picture feel of one family. */
function Sparkles() {
  return (
    <>
      <path d="M100 14v8M96 18h8" stroke={warm} strokeWidth={2.5} strokeLinecap="round" />
      <path d="M16 70v6M13 73h6" stroke={accent} strokeWidth={2} strokeLinecap="round" />
      <circle cx="18" cy="24" r="3" fill={warm} />
    </>
  );
}

const pictures = {
  // A speech bubble being written in: "no stories yet".
  noStories: (
    <>
      <path
        d="M24 22h60a10 10 0 0 1 10 10v26a10 10 0 0 1-10 10H50l-14 12v-12H24a10 10 0 0 1-10-10V32a10 10 0 0 1 10-10z"
        fill={surface}
        {...stroke}
      />
      <path d="M28 38h40M28 50h26" stroke={line} strokeWidth={3} strokeLinecap="round" />
      <path d="m78 62 22-22 6 6-22 22-9 3z" fill={warm} stroke={accent} strokeWidth={2.5} strokeLinejoin="round" />
    </>
  ),
  // A magnifier over an empty spot: "nothing found".
  nothingFound: (
    <>
      <circle cx="52" cy="44" r="22" fill={surface} {...stroke} strokeWidth={5} />
      <path d="m68 60 20 20" stroke={accent} strokeWidth={9} strokeLinecap="round" />
      <path
        d="M44 40c0-5 4-8 8-8s8 3 8 7c0 5-8 5-8 10"
        stroke={line}
        strokeWidth={3}
        strokeLinecap="round"
        fill="none"
      />
      <circle cx="52" cy="56" r="2" fill={line} />
    </>
  ),
  // A tray with a big tick: "all caught up".
  allCaughtUp: (
    <>
      <path d="M20 56 30 30h60l10 26v16a6 6 0 0 1-6 6H26a6 6 0 0 1-6-6z" fill={surface} {...stroke} />
      <path d="M20 56h22l4 8h28l4-8h22" {...stroke} fill="none" />
      <circle cx="60" cy="30" r="16" fill={good} />
      <path
        d="m52 30 6 6 11-12"
        stroke={surface}
        strokeWidth={4}
        strokeLinecap="round"
        strokeLinejoin="round"
        fill="none"
      />
    </>
  ),
  // A clipboard, every line ticked: "nothing to review".
  nothingToReview: (
    <>
      <rect x="34" y="16" width="52" height="66" rx="8" fill={surface} {...stroke} />
      <rect x="48" y="11" width="24" height="11" rx="4" fill={soft} {...stroke} strokeWidth={2.5} />
      {[36, 50, 64].map((y) => (
        <g key={y}>
          <path
            d={`m44 ${y} 3 3 6-6`}
            stroke={good}
            strokeWidth={3}
            strokeLinecap="round"
            strokeLinejoin="round"
            fill="none"
          />
          <path d={`M60 ${y + 1}h16`} stroke={line} strokeWidth={3} strokeLinecap="round" />
        </g>
      ))}
    </>
  ),
  // Three cards stacked with a bookmark: "a collection".
  collection: (
    <>
      <rect
        x="30"
        y="26"
        width="56"
        height="50"
        rx="8"
        fill={soft}
        {...stroke}
        strokeWidth={2.5}
        transform="rotate(-8 58 51)"
      />
      <rect x="34" y="22" width="56" height="50" rx="8" fill={surface} {...stroke} transform="rotate(4 62 47)" />
      <path
        d="M70 20v22l6-5 6 5V20"
        fill={warm}
        stroke={accent}
        strokeWidth={2.5}
        strokeLinejoin="round"
        transform="rotate(4 62 47)"
      />
      <path d="M42 44h20M42 54h30" stroke={line} strokeWidth={3} strokeLinecap="round" transform="rotate(4 62 47)" />
    </>
  ),
  // A burst with confetti: a first story is out.
  celebrate: (
    <>
      <path d="m60 14 7 17 18 1-14 12 5 18-16-10-16 10 5-18-14-12 18-1z" fill={warm} {...stroke} />
      <path d="M28 58c6 4 6 12 0 16M92 58c-6 4-6 12 0 16" {...stroke} fill="none" />
      <rect x="36" y="80" width="7" height="7" rx="1.5" fill={accent} transform="rotate(20 40 84)" />
      <rect x="76" y="80" width="7" height="7" rx="1.5" fill={good} transform="rotate(-15 80 84)" />
      <circle cx="60" cy="82" r="3.5" fill={warm} />
    </>
  ),
  // A ribbon medal: a collection read to the end.
  finished: (
    <>
      <path d="M46 12h10l8 22H54zM74 12H64l-8 22h10z" fill={soft} {...stroke} strokeWidth={2.5} />
      <circle cx="60" cy="56" r="24" fill={warm} {...stroke} />
      <path
        d="m50 56 7 7 14-15"
        stroke={surface}
        strokeWidth={5}
        strokeLinecap="round"
        strokeLinejoin="round"
        fill="none"
      />
    </>
  ),
} satisfies Record<string, ReactNode>;

export type IllustrationName = keyof typeof pictures;
export const illustrationNames = Object.keys(pictures) as IllustrationName[];

export function Illustration({ name, className = "h-32 w-40" }: { name: IllustrationName; className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 120 96" fill="none" className={className}>
      <ellipse cx="60" cy="52" rx="54" ry="40" fill={soft} />
      <Sparkles />
      {pictures[name]}
    </svg>
  );
}
