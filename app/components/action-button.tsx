import { Form } from "@remix-run/react";
import type { ButtonLook } from "./button";
import { useAnchoredAction } from "~/utils/anchors";
import { SubmitButton } from "./button";
import { HiddenFields, useIsSending } from "./post-form";

/**
 * A form that is one button: posts an intent (and the ids it needs) to the page's action, or to
 * `action` when another route handles it. The name of what it acts on is read out after the
 * label, so a list of "Restore" buttons is clear; `ariaLabel` replaces the whole name instead.
 * While it is being sent it shows a spinner. Without JavaScript it comes back to `anchor`, else
 * to the Section it sits in (see useAnchoredAction).
 */
export function ActionButton({
  intent,
  fields,
  label,
  about,
  ariaLabel,
  action,
  anchor,
  variant = "secondary",
  size,
  icon,
  isDisabled = false,
}: Omit<ButtonLook, "label" | "isWide"> & {
  intent?: string;
  fields?: Record<string, string>;
  label: string;
  ariaLabel?: string;
  action?: string;
  anchor?: string;
  isDisabled?: boolean;
}) {
  const isPending = useIsSending(intent, fields);
  return (
    <Form method="post" action={useAnchoredAction(action, anchor)}>
      <HiddenFields intent={intent} fields={fields} />
      <SubmitButton
        label={label}
        about={ariaLabel ? undefined : about}
        variant={variant}
        size={size}
        icon={icon}
        isPending={isPending}
        disabled={isDisabled}
        aria-label={ariaLabel}
      />
    </Form>
  );
}
