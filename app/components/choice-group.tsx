import type { ReactNode } from "react";
import { useId } from "react";
import { useTranslation } from "~/utils/i18n";
import { messageText } from "~/utils/forms";

export type Choice = {
  value: string;
  label: ReactNode;
  description?: string;
  colour?: string;
  /** Shown but not choosable (a collection that already holds the story). */
  isDisabled?: boolean;
};

/** A group of choices as a form field: its legend and hint, the choices, what is chosen, its errors. */
export type ChoiceFieldProps = {
  legend: string;
  hint?: string;
  name: string;
  choices: Choice[];
  selected: string[];
  errors?: string[];
};

/**
 * Checkboxes (several) or radios (one) under a legend, each a large tap target, with an optional
 * one-line explanation per choice and the group's hint and errors tied to it for screen readers.
 */
export function ChoiceGroup({
  legend,
  hint,
  name,
  choices,
  selected,
  errors,
  type = "checkbox",
  columns = 2,
  focusValue,
}: ChoiceFieldProps & {
  type?: "checkbox" | "radio";
  columns?: 1 | 2;
  /** The choice that takes the focus when the page opens (what "Find" just found, without JavaScript). */
  focusValue?: string;
}) {
  const id = useId();
  return (
    <ChoiceFieldset legend={legend} hint={hint} errors={errors}>
      <ul className={columns === 2 ? "grid gap-2 sm:grid-cols-2" : "grid gap-2"}>
        {choices.map((choice) => (
          <li key={choice.value}>
            <label className="grid min-h-11 cursor-pointer grid-cols-[auto_1fr] items-center gap-x-3 rounded-lg border border-line bg-surface px-3 py-2 has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:disabled]:cursor-default has-[:disabled]:opacity-70">
              <input
                type={type}
                name={name}
                value={choice.value}
                defaultChecked={selected.includes(choice.value)}
                disabled={choice.isDisabled}
                // eslint-disable-next-line jsx-a11y/no-autofocus -- only after the person asked for it (Find)
                autoFocus={choice.value === focusValue}
                aria-describedby={choice.description ? `${id}-${choice.value}` : undefined}
                className="h-5 w-5 accent-accent"
              />
              <span className="flex items-center gap-2 font-semibold">
                <ChoiceName choice={choice} />
              </span>
              {/* Read as the choice's description (aria-describedby), not as part of its name. */}
              {choice.description ? (
                <span id={`${id}-${choice.value}`} aria-hidden="true" className="col-start-2 text-sm text-ink-muted">
                  {choice.description}
                </span>
              ) : null}
            </label>
          </li>
        ))}
      </ul>
    </ChoiceFieldset>
  );
}

/**
 * A group of choices under its legend, with the group's hint and errors tied to it for screen
 * readers: the frame of a ChoiceGroup and of a TagChooser.
 */
export function ChoiceFieldset({
  legend,
  hint,
  errors,
  children,
}: {
  legend: string;
  hint?: string;
  errors?: string[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <fieldset
      className="space-y-2"
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      aria-invalid={errorId ? true : undefined}
    >
      <legend className="font-medium">{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-danger">
          {errors!.map((error) => messageText(t, error)).join(" ")}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

/** A choice's name, after its colour as a dot (a value's own colour) when it has one. */
export function ChoiceName({ choice }: { choice: Choice }) {
  return (
    <>
      {choice.colour ? (
        <span aria-hidden="true" className="h-3 w-3 shrink-0 rounded-full" style={{ backgroundColor: choice.colour }} />
      ) : null}
      {choice.label}
    </>
  );
}
