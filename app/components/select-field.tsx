import type { SelectHTMLAttributes } from "react";
import type { FieldProps } from "./field-frame";
import { FieldFrame } from "./field-frame";

type Props = FieldProps & {
  options: readonly { value: string; label: string; lang?: string }[];
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "children">;

/** A labelled single choice with its hint and error messages. */
export function SelectField({ label, name, options, errors, hint, isLabelHidden, ...selectProps }: Props) {
  return (
    <FieldFrame label={label} hint={hint} errors={errors} isLabelHidden={isLabelHidden}>
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
