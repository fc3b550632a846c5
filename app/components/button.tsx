import { Link } from "@remix-run/react";
import type { ButtonHTMLAttributes, ReactNode } from "react";

export const buttonClasses = {
  primary: "button-primary",
  secondary: "button-secondary",
  // For a step beside the main one (Cancel, Show more): no frame, so it does not compete.
  quiet: "button-quiet",
  danger: "button-secondary text-danger",
  // For the step that cannot be undone (deleting one's own account).
  destructive:
    "inline-flex min-h-11 items-center justify-center gap-2 rounded-control bg-danger px-4 py-2 font-semibold text-on-accent hover:bg-danger-strong",
} as const;
export type ButtonVariant = keyof typeof buttonClasses;

/**
 * A form's submit button; `about` (what it acts on) is read out after the label, as with
 * ActionButton; `isWide` fills the form's width (the narrow sign-in cards).
 */
export function SubmitButton({
  label,
  about,
  variant = "primary",
  isWide = false,
  ...props
}: { label: ReactNode; about?: string; variant?: ButtonVariant; isWide?: boolean } & Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  "type"
>) {
  return (
    <button type="submit" className={isWide ? `${buttonClasses[variant]} w-full` : buttonClasses[variant]} {...props}>
      {label}
      {about ? <span className="sr-only">: {about}</span> : null}
    </button>
  );
}

/**
 * A link that looks like a button: it goes somewhere, it does not change anything. As with
 * ActionButton, `about` (what it goes to) is read out after the label, so a list of "Replace"
 * links is clear.
 */
export function ButtonLink({
  to,
  label,
  about,
  variant = "secondary",
  reloadDocument,
  download,
}: {
  to: string;
  label: ReactNode;
  about?: string;
  variant?: ButtonVariant;
  reloadDocument?: boolean;
  download?: boolean;
}) {
  return (
    <Link to={to} className={buttonClasses[variant]} reloadDocument={reloadDocument || download} download={download}>
      {label}
      {about ? <span className="sr-only">: {about}</span> : null}
    </Link>
  );
}
