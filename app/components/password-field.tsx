import { Eye, EyeOff } from "lucide-react";
import type { InputHTMLAttributes } from "react";
import { useState } from "react";
import { useTranslation } from "~/utils/i18n";
import { useIsHydrated } from "~/utils/hydrated";
import type { FieldProps } from "./field-frame";
import { FieldFrame } from "./field-frame";

const purposes = {
  current: { autoComplete: "current-password" },
  new: { autoComplete: "new-password", minLength: 10 },
  repeat: { autoComplete: "new-password" },
} as const;

/**
 * A password input, told apart for password managers: the one the person has (`current`), a new
 * one (`new`, at least 10 characters like PasswordSchema) or the new one typed again (`repeat`).
 * Every schema takes at most 200 characters. With JavaScript a button beside it shows what was
 * typed (on a phone a typo is easy and invisible); without it there is no button that does nothing.
 */
export function PasswordField({
  purpose,
  label,
  name,
  errors,
  hint,
  isLabelHidden,
  ...inputProps
}: { purpose: keyof typeof purposes } & FieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type" | "autoComplete">) {
  const { t } = useTranslation();
  const isHydrated = useIsHydrated();
  const [isShown, setIsShown] = useState(false);
  const Shown = isShown ? EyeOff : Eye;
  return (
    <FieldFrame label={label} hint={hint} errors={errors} isLabelHidden={isLabelHidden}>
      {(control) => (
        <div className="relative">
          <input
            {...control}
            name={name}
            type={isShown ? "text" : "password"}
            className={isHydrated ? "input pe-12" : "input"}
            required
            maxLength={200}
            autoCapitalize="none"
            spellCheck={false}
            {...purposes[purpose]}
            {...inputProps}
          />
          {isHydrated ? (
            <button
              type="button"
              className="absolute inset-y-0 end-0 flex w-12 items-center justify-center rounded-e-[inherit] text-ink-muted hover:text-ink focus-visible:outline-offset-[-2px]"
              aria-controls={control.id}
              aria-pressed={isShown}
              onClick={() => setIsShown((shown) => !shown)}
            >
              <Shown aria-hidden="true" className="h-5 w-5" />
              {/* Named by its content, not aria-label, so it never answers for the field's own label. */}
              <span className="sr-only">{t("account.showPassword")}</span>
            </button>
          ) : null}
        </div>
      )}
    </FieldFrame>
  );
}
