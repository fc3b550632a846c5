import type { FormEvent, InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { useCharacterCount } from "./character-count";
import type { FieldControlProps, FieldProps } from "./field-frame";
import { FieldFrame } from "./field-frame";

type InputProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;
type AreaProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">;
type ControlProps = FieldControlProps & {
  name: string;
  className: string;
  onInput?: (event: FormEvent<never>) => void;
};

/** A labelled input with its hint and error messages (and, `isCounted`, how much of its limit is used). */
export function TextField({ type = "text", ...props }: InputProps) {
  return <LabelledText {...props} control={(control) => <input type={type} {...control} />} />;
}

/** A labelled textarea with its hint and error messages (and, `isCounted`, how much of its limit is used). */
export function TextAreaField({ rows = 4, ...props }: AreaProps) {
  return <LabelledText {...props} control={(control) => <textarea rows={rows} {...control} />} />;
}

/** What the two share: the frame around the control, and the counter that follows its typing. */
function LabelledText<Attributes extends { maxLength?: number; defaultValue?: unknown }>({
  label,
  name,
  errors,
  hint,
  isLabelHidden,
  isCounted = false,
  control,
  ...attributes
}: FieldProps &
  Attributes & { onInput?: (event: FormEvent<never>) => void; control: (props: ControlProps) => ReactNode }) {
  const { counter, onInput, ref } = useCharacterCount(attributes, isCounted);
  return (
    <FieldFrame label={label} hint={hint} errors={errors} isLabelHidden={isLabelHidden} counter={counter}>
      {(frame) => control({ ...frame, name, className: "input", ...attributes, onInput, ref })}
    </FieldFrame>
  );
}
