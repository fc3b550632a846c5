import { Link } from "@remix-run/react";
import type { LucideIcon } from "lucide-react";
import { LoaderCircle } from "lucide-react";
import type { ButtonHTMLAttributes, ComponentProps, ReactNode } from "react";
import { forwardRef } from "react";

export const buttonClasses = {
  primary: "button-primary",
  // Tonal: a control that does not compete with the page's main step.
  secondary: "button-secondary",
  // For a step beside the main one (Cancel, Show more): no frame, so it does not compete.
  quiet: "button-quiet",
  // A step that takes something away but can be undone (hide, remove from a list).
  danger: "button-danger",
  // For the step that cannot be undone (deleting one's own account).
  destructive: "button-destructive",
} as const;
export type ButtonVariant = keyof typeof buttonClasses;

const sizeClasses = {
  // Still a 36 px target: for rows of small actions and chips' neighbours.
  sm: "min-h-9 px-3 py-1.5 text-sm",
  md: "",
  lg: "min-h-12 px-6 text-lg",
} as const;
export type ButtonSize = keyof typeof sizeClasses;

/** What every button and button-like link takes: its look, its label and what it is about. */
export type ButtonLook = {
  label: ReactNode;
  /** What it acts on or goes to, read out after the label ("Restore: Story title"). */
  about?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** A lucide icon before the label, decorative (the label names the button). */
  icon?: LucideIcon;
  /** One after the label instead, for a step forward (Next →). */
  iconEnd?: LucideIcon;
  /** Fills the width of its container (the narrow sign-in cards, a sheet's actions). */
  isWide?: boolean;
};

export function buttonClassName({
  variant = "primary",
  size = "md",
  isWide = false,
}: Pick<ButtonLook, "variant" | "size" | "isWide">) {
  return [buttonClasses[variant], sizeClasses[size], isWide ? "w-full" : ""].filter(Boolean).join(" ");
}

const iconSize = { sm: "h-4 w-4", md: "h-5 w-5", lg: "h-5 w-5" } as const;

function ButtonContent({
  label,
  about,
  icon: IconComponent,
  iconEnd: IconEnd,
  size = "md",
  isPending = false,
}: Pick<ButtonLook, "label" | "about" | "icon" | "iconEnd" | "size"> & { isPending?: boolean }) {
  const Shown = isPending ? LoaderCircle : IconComponent;
  return (
    <>
      {Shown ? (
        <Shown aria-hidden="true" className={`${iconSize[size]} shrink-0 ${isPending ? "animate-spin" : ""}`} />
      ) : null}
      {label}
      {about ? <span className="sr-only">: {about}</span> : null}
      {IconEnd ? <IconEnd aria-hidden="true" className={`${iconSize[size]} shrink-0`} /> : null}
    </>
  );
}

/**
 * The one button: primary, secondary, quiet, danger or destructive, in three sizes, with an
 * optional icon. `isPending` (its form is being sent) swaps the icon for a spinner and sets
 * aria-busy, so a slow network does not invite a second tap.
 */
export const Button = forwardRef<
  HTMLButtonElement,
  ButtonLook & { isPending?: boolean } & ButtonHTMLAttributes<HTMLButtonElement>
>(function Button(
  {
    label,
    about,
    variant = "primary",
    size = "md",
    icon,
    iconEnd,
    isWide,
    isPending = false,
    type = "button",
    className,
    ...props
  },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      className={[buttonClassName({ variant, size, isWide }), className].filter(Boolean).join(" ")}
      aria-busy={isPending || undefined}
      {...props}
    >
      <ButtonContent label={label} about={about} icon={icon} iconEnd={iconEnd} size={size} isPending={isPending} />
    </button>
  );
});

/** A form's submit button (a Button of type submit). */
export function SubmitButton(props: Omit<ComponentProps<typeof Button>, "type" | "ref">) {
  return <Button {...props} type="submit" />;
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
  size = "md",
  icon,
  iconEnd,
  isWide,
  reloadDocument,
  download,
  rel,
}: ButtonLook & {
  to: string;
  reloadDocument?: boolean;
  download?: boolean;
  rel?: string;
}) {
  return (
    <Link
      to={to}
      rel={rel}
      className={buttonClassName({ variant, size, isWide })}
      reloadDocument={reloadDocument || download}
      download={download}
    >
      <ButtonContent label={label} about={about} icon={icon} iconEnd={iconEnd} size={size} />
    </Link>
  );
}
