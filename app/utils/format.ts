import { useTranslation } from "~/utils/i18n";
import { useRootData } from "./user";

type Formatters = { formatDate: (value: Date | string) => string; formatNumber: (value: number) => string };

/**
 * The countries an organisation can say it is in (ISO 3166 codes). Named for the reader by
 * Intl.DisplayNames, so the list needs no translations.
 */
export const regions = [
  "AT",
  "AU",
  "BE",
  "CA",
  "CH",
  "DE",
  "DK",
  "ES",
  "FR",
  "GB",
  "IE",
  "IT",
  "LU",
  "NL",
  "NO",
  "PL",
  "PT",
  "SE",
  "US",
] as const;
export type Region = (typeof regions)[number];

/**
 * The locale dates and numbers are written in: the reader's language in the organisation's
 * country ("en" in "NL" is "en-NL": 1 Dec 2026, 12.345,6). Intl knows such pairs even where no
 * one speaks the language; without a region, the language's own conventions.
 */
export function formattingLocale(language: string, region: string | null | undefined) {
  if (!region) return language;
  try {
    return Intl.getCanonicalLocales(`${language}-${region}`)[0] ?? language;
  } catch {
    return language;
  }
}

// Intl formatters are slow to make and safe to share, so there is one set per locale.
const formattersByLocale = new Map<string, Formatters>();

/** Dates ("1 Dec 2026") and numbers for a locale from `formattingLocale`, through Intl. */
export function formattersFor(locale: string): Formatters {
  let formatters = formattersByLocale.get(locale);
  if (!formatters) {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
    const number = new Intl.NumberFormat(locale);
    formatters = { formatDate: (value) => date.format(new Date(value)), formatNumber: (value) => number.format(value) };
    formattersByLocale.set(locale, formatters);
  }
  return formatters;
}

/** Dates and numbers in the reader's language and the organisation's region. */
export function useFormatters() {
  const { i18n } = useTranslation();
  return formattersFor(formattingLocale(i18n.language, useRootData()?.region));
}

/** A country's name in the reader's language ("Niederlande" for NL in German). */
export function regionName(region: string, language: string) {
  return new Intl.DisplayNames([language], { type: "region" }).of(region) ?? region;
}
