import type { ReactNode, TextareaHTMLAttributes } from "react";
import { FieldFrame } from "./field-frame";

type Props = {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">;

/** A labelled textarea with its hint and error messages. */
export function TextAreaField({ label, name, errors, hint, rows = 4, ...props }: Props) {
  return (
    <FieldFrame label={label} hint={hint} errors={errors}>
      {(control) => <textarea {...control} name={name} rows={rows} className="input" {...props} />}
    </FieldFrame>
  );
}
