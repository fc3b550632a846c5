import type { InputHTMLAttributes } from "react";
import type { FieldProps } from "./field-frame";
import { FieldFrame } from "./field-frame";

type Props = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;

/** A labelled input with its hint and error messages. */
export function TextField({ label, name, errors, hint, isLabelHidden, type = "text", ...inputProps }: Props) {
  return (
    <FieldFrame label={label} hint={hint} errors={errors} isLabelHidden={isLabelHidden}>
      {(control) => <input {...control} name={name} type={type} className="input" {...inputProps} />}
    </FieldFrame>
  );
}
