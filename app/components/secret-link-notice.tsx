/** A link with a secret in it, shown once right after it was made (invitations, reset links). */
export function SecretLinkNotice({
  id,
  title,
  hint,
  link,
  testId,
}: {
  id: string;
  title: string;
  hint: string;
  link: string;
  testId: string;
}) {
  return (
    <section role="status" className="card space-y-2 border-green-700" aria-labelledby={id}>
      <h2 id={id} className="font-semibold">
        {title}
      </h2>
      <p className="text-slate-700">{hint}</p>
      <p>
        <code className="block rounded bg-slate-100 p-2 text-sm break-all" data-testid={testId}>
          {link}
        </code>
      </p>
    </section>
  );
}
