import type { ReactNode } from "react";
import { useId } from "react";
import { useTranslation } from "~/utils/i18n";
import { messageText } from "~/utils/forms";

/** The ids and ARIA wiring a form control needs for its hint and errors. */
export type FieldControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** What every field takes besides its control's own attributes. */
export type FieldProps = {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
  /** Read out by screen readers but not shown, where the page makes the field's purpose plain (a search box). */
  isLabelHidden?: boolean;
  /** Shows how much of its `maxLength` is used ("42 / 140"), for the fields where a limit is near. */
  isCounted?: boolean;
};

/**
 * A label, an optional hint and the error messages (translation keys) around one control, tied
 * to it for screen readers. Text fields, textareas and selects share it.
 */
export function FieldFrame({
  label,
  hint,
  errors,
  isLabelHidden = false,
  counter,
  children,
}: Omit<FieldProps, "name" | "isCounted"> & {
  /** How much of the field's limit is used, under it and read as part of its description. */
  counter?: ReactNode;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const counterId = counter ? `${id}-counter` : undefined;
  return (
    <div className="space-y-1">
      {/* The count sits on the label's line, at its end, so a counted field is no taller. */}
      <div className={counterId ? "flex items-baseline justify-between gap-3" : undefined}>
        <label htmlFor={id} className={isLabelHidden ? "sr-only" : "block font-medium"}>
          {label}
        </label>
        {counterId ? (
          <p id={counterId} className="shrink-0 text-caption text-ink-muted tabular-nums">
            {counter}
          </p>
        ) : null}
      </div>
      {hint ? (
        <div id={hintId} className="text-sm text-ink-muted">
          {hint}
        </div>
      ) : null}
      {children({
        id,
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": [hintId, errorId, counterId].filter(Boolean).join(" ") || undefined,
      })}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-danger">
          {errors!.map((error) => messageText(t, error)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
