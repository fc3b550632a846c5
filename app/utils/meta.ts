import type { MetaArgs } from "@remix-run/node";
import type { Language } from "./i18n";
import fallbackTranslations from "../locales/en.json";
import { getI18n, defaultLanguage, getLoadedTranslations } from "./i18n";

type RootData = { locale: Language } | undefined;

/** A translated page title from the root loader's language, for a route's `meta`. */
export function pageTitle(matches: MetaArgs["matches"], key: string, values?: Record<string, string>) {
  const root = matches.find((match) => match.id === "root")?.data as RootData;
  // Without root data (the root loader itself failed) the title is still a sentence, in English.
  const translations = root && getLoadedTranslations(root.locale);
  const title = (
    root && translations ? getI18n(root.locale, translations) : getI18n(defaultLanguage, fallbackTranslations)
  ).t(key, values);
  return [{ title: `${title} · Brandworthy` }];
}
