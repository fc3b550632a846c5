import type { ReactNode, TextareaHTMLAttributes } from "react";
import { useId } from "react";
import { useTranslation } from "react-i18next";

type Props = {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">;

/** A labelled textarea with its hint and error messages (translation keys) tied to it. */
export function TextAreaField({ label, name, errors, hint, rows = 4, ...props }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="text-sm text-slate-600">
          {hint}
        </div>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        className="input"
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        {...props}
      />
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {errors!.map((error) => t(error)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
