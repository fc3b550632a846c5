import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

const tones = {
  neutral: "bg-surface-muted text-ink ring-1 ring-line ring-inset",
  accent: "bg-accent-soft text-accent-soft-ink ring-1 ring-accent/20 ring-inset",
} as const;

/**
 * A tag shown on a story or a page: a value (with its own colour as a dot, the text keeps its
 * contrast) or a dimension (with its icon). Display only; a chip that is chosen is a ToggleChip.
 */
export function Chip({
  label,
  colour,
  icon: Shape,
  tone = "neutral",
}: {
  label: ReactNode;
  colour?: string;
  icon?: LucideIcon;
  tone?: keyof typeof tones;
}) {
  return (
    <span className={`chip ${tones[tone]}`}>
      {colour ? (
        <span aria-hidden="true" className="h-2.5 w-2.5 shrink-0 rounded-full" style={{ backgroundColor: colour }} />
      ) : null}
      {Shape ? <Shape aria-hidden="true" className="h-4 w-4 shrink-0" /> : null}
      {label}
    </span>
  );
}

const badgeTones = {
  accent: "bg-accent-soft text-accent-soft-ink",
  warning: "bg-warning-soft text-warning",
} as const;

/** A short status word beside a title or a row: new, a draft, assigned to you, why a card is here. */
export function Badge({ label, tone = "accent" }: { label: ReactNode; tone?: keyof typeof badgeTones }) {
  return (
    <span className={`inline-flex items-center rounded-chip px-2 py-0.5 text-xs font-semibold ${badgeTones[tone]}`}>
      {label}
    </span>
  );
}

/**
 * A checkbox (several) or radio (one) drawn as a chip: a real input, so it works without
 * JavaScript and is read as checked or not; the chip fills and shows a tick when chosen, and
 * shows the focus ring of the input inside it. The chip is `relative` so the hidden input sits
 * inside it, not over a neighbour (where a tap or a test's click would land on the wrong chip).
 */
export function ToggleChip({
  name,
  value,
  label,
  type = "checkbox",
  defaultChecked,
  colour,
  isDisabled,
}: {
  name: string;
  value: string;
  label: ReactNode;
  type?: "checkbox" | "radio";
  defaultChecked?: boolean;
  colour?: string;
  isDisabled?: boolean;
}) {
  return (
    // Its look is the toggle-chip classes in app.css: the feed's filter repeats it a hundred times.
    <label className="toggle-chip group">
      <input
        type={type}
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        disabled={isDisabled}
        className="toggle-chip-input peer"
      />
      {/* Drawings only: a tap on them is a tap on the chip. The tick is CSS, not an icon: a
          hundred chips would otherwise render and send a hundred copies of the same drawing. */}
      <span aria-hidden="true" className="toggle-chip-check" />
      {colour ? (
        <span
          aria-hidden="true"
          className="pointer-events-none h-2.5 w-2.5 shrink-0 rounded-full ring-2 ring-surface peer-checked:hidden"
          style={{ backgroundColor: colour }}
        />
      ) : null}
      {label}
    </label>
  );
}

/** A row of toggle chips under a legend: the chips of one question (values, a tab of filters). */
export function ToggleChipGroup({ legend, children }: { legend: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-ink-muted">{legend}</legend>
      <div className="flex flex-wrap gap-2">{children}</div>
    </fieldset>
  );
}
