import type { FormEvent, ReactNode } from "react";
import { useState } from "react";
import { useTranslation } from "~/utils/i18n";

/** What a counted field needs: its limit, what it starts with, and the handler that follows its typing. */
type Counted = { maxLength?: number; defaultValue?: unknown; onInput?: (event: FormEvent<never>) => void };

/**
 * "42 / 140" under a limited field, as it is typed (before JavaScript, "Up to 140 characters").
 * The count is the field's description, read when it gets focus; the number left is announced,
 * politely, only near the limit, so typing is not talked over at every key.
 */
export function useCharacterCount({ maxLength, defaultValue, onInput }: Counted, isCounted: boolean) {
  const { t, i18n } = useTranslation();
  const [length, setLength] = useState(() => (typeof defaultValue === "string" ? defaultValue.length : 0));
  // Only what is typed is announced, not the length the page opened with.
  const [hasTyped, setHasTyped] = useState(false);
  // What the field holds when React takes it over: typed before hydration, or put back by the browser.
  const measure = (element: HTMLInputElement | HTMLTextAreaElement | null) => {
    if (element && element.value.length !== length) setLength(element.value.length);
  };
  if (!isCounted || !maxLength) return { counter: undefined, onInput, ref: undefined };
  const number = new Intl.NumberFormat(i18n.language);
  const left = maxLength - length;
  const isNear = left <= Math.max(10, maxLength / 10);
  // Both forms are in the page; the `js` class (set before the first paint) shows the live count,
  // so no field waits for hydration to change its text.
  const counter: ReactNode = (
    <>
      <span className={left <= 0 ? "text-danger" : isNear ? "text-warning" : undefined}>
        <span className="js:hidden">
          {t("counter.limit", { count: maxLength, formatted: number.format(maxLength) })}
        </span>
        <span className="hidden js:inline">{`${number.format(length)} / ${number.format(maxLength)}`}</span>
      </span>
      <span aria-live="polite" className="sr-only">
        {hasTyped && isNear ? t("counter.left", { count: Math.max(left, 0) }) : ""}
      </span>
    </>
  );
  return {
    counter,
    ref: measure,
    onInput: (event: FormEvent<never>) => {
      setLength((event.currentTarget as HTMLInputElement).value.length);
      setHasTyped(true);
      onInput?.(event);
    },
  };
}
