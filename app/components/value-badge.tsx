/** A value's name with its colour as a marker; the text itself stays dark for contrast. */
export function ValueBadge({ name, colour }: { name: string; colour: string }) {
  return (
    <span className="inline-flex items-center gap-2 rounded-full border border-line bg-surface px-3 py-1 text-sm font-semibold text-ink">
      <span aria-hidden="true" className="h-3 w-3 rounded-full" style={{ backgroundColor: colour }} />
      {name}
    </span>
  );
}
