import { markTerms } from "~/utils/mark-terms";

/** Text with the search's words marked; React escapes every part, so nothing here is HTML. */
export function MarkedText({ text, terms }: { text: string; terms: string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {markTerms(text, terms).map((segment, index) =>
        segment.isMatch ? (
          <mark key={index} className="rounded bg-warning-soft px-0.5 text-ink ring-1 ring-warning/40">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
