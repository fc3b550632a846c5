import type { MetaArgs } from "@remix-run/node";
import type { Language } from "./i18n";
import { getI18n, defaultLanguage, getLoadedTranslations } from "./i18n";

type RootData = { locale: Language } | undefined;

/** A translated page title from the root loader's language, for a route's `meta`. */
export function pageTitle(matches: MetaArgs["matches"], key: string, values?: Record<string, string>) {
  const root = matches.find((match) => match.id === "root")?.data as RootData;
  // Without root data (the root loader itself failed) the page is in English, and so is its
  // title; the browser loaded the page's language before hydrating, the server has them all.
  const language = root?.locale ?? defaultLanguage;
  const title = getI18n(language, getLoadedTranslations(language) ?? {}).t(key, values);
  return [{ title: `${title} · Brandworthy` }];
}
