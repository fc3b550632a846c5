import type { InputHTMLAttributes } from "react";
import { useId } from "react";
import { useTranslation } from "react-i18next";

type Props = {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;

/** A labelled input with its hint and error messages (translation keys) tied to it for screen readers. */
export function TextField({ label, name, errors, hint, type = "text", ...inputProps }: Props) {
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
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        className="input"
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        {...inputProps}
      />
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {errors!.map((error) => t(error)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
