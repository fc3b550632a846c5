import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/** Dates and numbers in the reader's language, through Intl. */
export function useFormatters() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
    const number = new Intl.NumberFormat(i18n.language);
    return {
      formatDate: (value: Date | string) => date.format(new Date(value)),
      formatNumber: (value: number) => number.format(value),
    };
  }, [i18n.language]);
}
