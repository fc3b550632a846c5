import type { ComponentProps } from "react";
import { TextField } from "./text-field";

const purposes = {
  current: { autoComplete: "current-password" },
  new: { autoComplete: "new-password", minLength: 10 },
  repeat: { autoComplete: "new-password" },
} as const;

/**
 * A password input, told apart for password managers: the one the person has (`current`), a new
 * one (`new`, at least 10 characters like PasswordSchema) or the new one typed again (`repeat`).
 * Every schema takes at most 200 characters.
 */
export function PasswordField({
  purpose,
  ...props
}: { purpose: keyof typeof purposes } & Omit<ComponentProps<typeof TextField>, "type" | "autoComplete">) {
  return <TextField type="password" required maxLength={200} {...purposes[purpose]} {...props} />;
}
