import type { InputHTMLAttributes } from "react";
import { useCharacterCount } from "./character-count";
import type { FieldProps } from "./field-frame";
import { FieldFrame } from "./field-frame";

type Props = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;

/** A labelled input with its hint and error messages (and, `isCounted`, how much of its limit is used). */
export function TextField({
  label,
  name,
  errors,
  hint,
  isLabelHidden,
  isCounted = false,
  type = "text",
  ...inputProps
}: Props) {
  const { counter, onInput } = useCharacterCount(inputProps, isCounted);
  return (
    <FieldFrame label={label} hint={hint} errors={errors} isLabelHidden={isLabelHidden} counter={counter}>
      {(control) => <input {...control} name={name} type={type} className="input" {...inputProps} onInput={onInput} />}
    </FieldFrame>
  );
}
