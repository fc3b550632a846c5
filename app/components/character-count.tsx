import type { FormEvent, ReactNode } from "react";
import { useState } from "react";
import { useTranslation } from "~/utils/i18n";
import { useIsHydrated } from "~/utils/hydrated";

/** What a counted field needs: its limit, what it starts with, and the handler that follows its typing. */
type Counted = { maxLength?: number; defaultValue?: unknown; onInput?: (event: FormEvent<never>) => void };

/**
 * "42 / 140" under a limited field, as it is typed (before JavaScript, "Up to 140 characters").
 * The count is the field's description, read when it gets focus; the number left is announced,
 * politely, only near the limit, so typing is not talked over at every key.
 */
export function useCharacterCount({ maxLength, defaultValue, onInput }: Counted, isCounted: boolean) {
  const { t, i18n } = useTranslation();
  const isHydrated = useIsHydrated();
  const [length, setLength] = useState(() => (typeof defaultValue === "string" ? defaultValue.length : 0));
  if (!isCounted || !maxLength) return { counter: undefined, onInput };
  const number = new Intl.NumberFormat(i18n.language);
  const left = maxLength - length;
  const isNear = left <= Math.max(10, maxLength / 10);
  const counter: ReactNode = (
    <>
      <span className={left <= 0 ? "text-danger" : isNear ? "text-warning" : undefined}>
        {isHydrated
          ? `${number.format(length)} / ${number.format(maxLength)}`
          : t("counter.limit", { count: maxLength, formatted: number.format(maxLength) })}
      </span>
      <span aria-live="polite" className="sr-only">
        {isHydrated && isNear ? t("counter.left", { count: Math.max(left, 0) }) : ""}
      </span>
    </>
  );
  return {
    counter,
    onInput: (event: FormEvent<never>) => {
      setLength((event.currentTarget as HTMLInputElement).value.length);
      onInput?.(event);
    },
  };
}
