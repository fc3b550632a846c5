import { Form } from "@remix-run/react";

/**
 * A form that is one button: posts an intent (and the ids it needs) to the page's action. The
 * name of what it acts on is read out after the label, so a list of "Restore" buttons is clear.
 */
export function ActionButton({
  intent,
  fields = {},
  label,
  about,
  isPrimary = false,
}: {
  intent: string;
  fields?: Record<string, string>;
  label: string;
  about?: string;
  isPrimary?: boolean;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={isPrimary ? "button-primary" : "button-secondary"}>
        {label}
        {about ? <span className="sr-only">: {about}</span> : null}
      </button>
    </Form>
  );
}
