import { useId } from "react";

/**
 * A link with a secret in it, shown once right after it was made (invitations, reset links), and
 * nothing before. A page shows one at the most: the end-to-end journeys read it by its test id.
 */
export function SecretLinkNotice({ title, hint, link }: { title: string; hint: string; link: string | null }) {
  const headingId = `${useId()}-heading`;
  if (!link) return null;
  return (
    <section role="status" className="card space-y-2 border-success" aria-labelledby={headingId}>
      <h2 id={headingId} className="font-semibold">
        {title}
      </h2>
      <p className="text-ink-muted">{hint}</p>
      <p>
        <code className="block rounded bg-surface-muted p-2 text-sm break-all" data-testid="secret-link">
          {link}
        </code>
      </p>
    </section>
  );
}
