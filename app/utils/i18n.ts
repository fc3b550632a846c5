import { createContext, useContext } from "react";
import translationFiles from "virtual:translations";
import type { TranslationArea } from "./translation-areas";
import { translationPartOf } from "./translation-areas";

export const languages = ["en", "de", "nl"] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = "en";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

export type Translations = Record<string, unknown>;

// The translations this process has: all three on the server; in the browser the page's own
// language (loaded before hydration) and any other once asked for. Keeping them out of the root
// loader's data saves some 30 kB on every page and every navigation.
const loadedTranslations = new Map<Language, Translations>();

export function registerTranslations(language: Language, translations: Translations) {
  loadedTranslations.set(language, translations);
}

export function getLoadedTranslations(language: Language) {
  return loadedTranslations.get(language);
}

// In the browser a language comes in parts: the common one, and each area a route asked for.
const loadedParts = new Map<Language, Set<string>>();
const requestedAreas = new Set<TranslationArea>();

/**
 * Makes a language's translations available in the browser: its common part and every area
 * asked for so far, each a small cacheable file.
 */
export async function loadTranslations(language: Language) {
  const have = loadedParts.get(language) ?? new Set<string>();
  loadedParts.set(language, have);
  const missing = ["common", ...requestedAreas].filter((part) => !have.has(part));
  if (missing.length) {
    const files = await Promise.all(missing.map((part) => translationFiles[language][part]!()));
    registerTranslations(language, Object.assign({}, loadedTranslations.get(language), ...files.map((f) => f.default)));
    for (const part of missing) have.add(part);
    for (const listener of listeners) listener();
  }
  return loadedTranslations.get(language)!;
}

/**
 * Whether a language has every part the pages asked for so far (always, on the server). A
 * language loaded earlier for another page may lack an area: the page keeps its previous
 * language until the rest is here, rather than show keys.
 */
export function hasAllTranslations(language: Language) {
  const have = loadedParts.get(language);
  // The server registers whole files, with no parts to count.
  if (!have) return loadedTranslations.has(language);
  return ["common", ...requestedAreas].every((part) => have.has(part));
}

const listeners = new Set<() => void>();

/** Tells the page when more translations arrived (an area a message needed); returns the unsubscribe. */
export function onTranslationsLoaded(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * For a route module's top level: `await loadTranslationArea("manage")` holds the route back
 * until the area's translations are here, on the first load and on a navigation alike. The
 * server has every translation already.
 */
export async function loadTranslationArea(area: TranslationArea) {
  requestedAreas.add(area);
  if (typeof document === "undefined") return;
  const language = document.documentElement.lang;
  await loadTranslations(isLanguage(language) ? language : defaultLanguage);
}

/** Translates a key: nested keys by dots, `{{name}}` filled from `values`, plurals by `count`. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;
export type Translator = { language: Language; t: Translate };

// One translator per set of translations; its language never changes.
const translators = new WeakMap<Translations, Translator>();

/**
 * The translator for a language. The locale files use i18next's JSON format (a test checks this
 * gives what i18next gives for every key), but the three things the app uses from it are a few
 * lines here, where i18next and react-i18next cost 17 kB of the page's JavaScript and a state and
 * an effect in every component that translates.
 */
export function getI18n(language: Language, translations: Translations): Translator {
  const cached = translators.get(translations);
  if (cached?.language === language) return cached;
  const plurals = new Intl.PluralRules(language);
  const find = (key: string) => {
    let node: unknown = translations;
    for (const part of key.split(".")) node = (node as Translations | undefined)?.[part];
    return typeof node === "string" ? node : undefined;
  };
  const t: Translate = (key, values) => {
    const count = values?.count;
    const template =
      (typeof count === "number"
        ? ((count === 0 ? find(`${key}_zero`) : undefined) ??
          find(`${key}_${plurals.select(count)}`) ??
          find(`${key}_other`))
        : undefined) ?? find(key);
    if (template === undefined) {
      // A key of an area this page did not ask for (a message from the server, say): fetch the
      // area, and the page shows the text once it is here.
      const part = translationPartOf(key.split(".")[0]!);
      if (part !== "common" && typeof document !== "undefined") {
        requestedAreas.add(part);
        void loadTranslations(language);
      }
      return key;
    }
    return values
      ? template.replace(/{{\s*([^{}\s]+)\s*}}/g, (placeholder, name: string) =>
          values[name] === undefined ? placeholder : String(values[name]),
        )
      : template;
  };
  const translator = { language, t };
  translators.set(translations, translator);
  return translator;
}

const TranslatorContext = createContext<Translator | null>(null);

/** Gives the page's translator to every component below it. */
export const TranslatorProvider = TranslatorContext.Provider;

/** The page's `t` and its language (`i18n.language`), as components have always asked for them. */
export function useTranslation() {
  const translator = useContext(TranslatorContext);
  if (!translator) throw new Error("useTranslation needs a TranslatorProvider above it");
  return { t: translator.t, i18n: translator };
}
