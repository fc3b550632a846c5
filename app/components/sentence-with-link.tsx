import { Link } from "@remix-run/react";

/** A short sentence and the link it leads to: "New here? Join with your team's code". */
export function SentenceWithLink({ text, to, label }: { text: string; to: string; label: string }) {
  return (
    <p className="text-ink-muted">
      {text}{" "}
      <Link to={to} className="link">
        {label}
      </Link>
    </p>
  );
}
