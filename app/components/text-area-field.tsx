import type { TextareaHTMLAttributes } from "react";
import type { FieldProps } from "./field-frame";
import { FieldFrame } from "./field-frame";

type Props = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">;

/** A labelled textarea with its hint and error messages. */
export function TextAreaField({ label, name, errors, hint, isLabelHidden, rows = 4, ...props }: Props) {
  return (
    <FieldFrame label={label} hint={hint} errors={errors} isLabelHidden={isLabelHidden}>
      {(control) => <textarea {...control} name={name} rows={rows} className="input" {...props} />}
    </FieldFrame>
  );
}
