import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldFrame } from "./field-frame";

type Props = {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;

/** A labelled input with its hint and error messages. */
export function TextField({ label, name, errors, hint, type = "text", ...inputProps }: Props) {
  return (
    <FieldFrame label={label} hint={hint} errors={errors}>
      {(control) => <input {...control} name={name} type={type} className="input" {...inputProps} />}
    </FieldFrame>
  );
}
