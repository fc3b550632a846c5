import { Form } from "@remix-run/react";
import type { ButtonVariant } from "./button";
import { buttonClasses } from "./button";
import { HiddenFields } from "./post-form";

/**
 * A form that is one button: posts an intent (and the ids it needs) to the page's action, or to
 * `action` when another route handles it. The name of what it acts on is read out after the
 * label, so a list of "Restore" buttons is clear; `ariaLabel` replaces the whole name instead.
 */
export function ActionButton({
  intent,
  fields,
  label,
  about,
  ariaLabel,
  action,
  variant = "secondary",
  isDisabled = false,
}: {
  intent?: string;
  fields?: Record<string, string>;
  label: string;
  about?: string;
  ariaLabel?: string;
  action?: string;
  variant?: ButtonVariant;
  isDisabled?: boolean;
}) {
  return (
    <Form method="post" action={action}>
      <HiddenFields intent={intent} fields={fields} />
      <button type="submit" className={buttonClasses[variant]} disabled={isDisabled} aria-label={ariaLabel}>
        {label}
        {about && !ariaLabel ? <span className="sr-only">: {about}</span> : null}
      </button>
    </Form>
  );
}
