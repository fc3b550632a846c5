import i18next from "i18next";

export const languages = ["en", "de", "nl"] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = "en";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

export type Translations = Record<string, unknown>;

/** One i18next instance per render, synchronous because the resources are already at hand. */
export function createI18n(language: Language, translations: Translations) {
  const instance = i18next.createInstance();
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
