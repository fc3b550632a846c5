import i18next from "i18next";

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

const translationModules = import.meta.glob<Translations>("../locales/*.json", { import: "default" });

/** Makes a language's translations available in the browser (a separate, cacheable file per language). */
export async function loadTranslations(language: Language) {
  if (!loadedTranslations.has(language))
    registerTranslations(language, await translationModules[`../locales/${language}.json`]!());
  return loadedTranslations.get(language)!;
}

// Creating an i18next instance costs more than rendering a small page, so each language's
// instance is made once per set of translations and reused; its language never changes.
const instances = new WeakMap<Translations, ReturnType<typeof i18next.createInstance>>();

/** The i18next instance for a language, synchronous because the resources are already at hand. */
export function getI18n(language: Language, translations: Translations) {
  const cached = instances.get(translations);
  if (cached?.language === language) return cached;
  const instance = i18next.createInstance();
  instances.set(translations, instance);
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: translations } },
    initImmediate: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
