import type { ReactNode, SelectHTMLAttributes } from "react";
import { FieldFrame } from "./field-frame";

type Props = {
  label: string;
  name: string;
  options: readonly { value: string; label: string; lang?: string }[];
  errors?: string[];
  hint?: ReactNode;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "children">;

/** A labelled single choice with its hint and error messages. */
export function SelectField({ label, name, options, errors, hint, ...selectProps }: Props) {
  return (
    <FieldFrame label={label} hint={hint} errors={errors}>
      {(control) => (
        <select {...control} name={name} className="input" {...selectProps}>
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
