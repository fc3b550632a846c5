import type { TextareaHTMLAttributes } from "react";
import { useCharacterCount } from "./character-count";
import type { FieldProps } from "./field-frame";
import { FieldFrame } from "./field-frame";

type Props = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">;

/** A labelled textarea with its hint and error messages (and, `isCounted`, how much of its limit is used). */
export function TextAreaField({
  label,
  name,
  errors,
  hint,
  isLabelHidden,
  isCounted = false,
  rows = 4,
  ...props
}: Props) {
  const { counter, onInput } = useCharacterCount(props, isCounted);
  return (
    <FieldFrame label={label} hint={hint} errors={errors} isLabelHidden={isLabelHidden} counter={counter}>
      {(control) => <textarea {...control} name={name} rows={rows} className="input" {...props} onInput={onInput} />}
    </FieldFrame>
  );
}
