import { useTranslation } from "react-i18next";

type Formatters = { formatDate: (value: Date | string) => string; formatNumber: (value: number) => string };

// Intl formatters are slow to make and safe to share, so there is one set per language.
const formattersByLanguage = new Map<string, Formatters>();

/** Dates and numbers in the reader's language, through Intl. */
export function useFormatters() {
  const { i18n } = useTranslation();
  let formatters = formattersByLanguage.get(i18n.language);
  if (!formatters) {
    const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
    const number = new Intl.NumberFormat(i18n.language);
    formatters = { formatDate: (value) => date.format(new Date(value)), formatNumber: (value) => number.format(value) };
    formattersByLanguage.set(i18n.language, formatters);
  }
  return formatters;
}
