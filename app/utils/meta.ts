import type { MetaArgs } from "@remix-run/node";
import type { Language, Translations } from "./i18n";
import { createI18n } from "./i18n";

type RootData = { locale: Language; translations: Translations; organizationName: string } | undefined;

/** A translated page title from the root loader's language, for a route's `meta`. */
export function pageTitle(matches: MetaArgs["matches"], key: string, values?: Record<string, string>) {
  const root = matches.find((match) => match.id === "root")?.data as RootData;
  const title = root ? createI18n(root.locale, root.translations).t(key, values) : key;
  return [{ title: `${title} · Brandworthy` }];
}
