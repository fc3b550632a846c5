import i18next from "i18next";
import { describe, expect, it } from "vitest";
import de from "~/locales/de.json";
import en from "~/locales/en.json";
import nl from "~/locales/nl.json";
import type { Language, Translations } from "~/utils/i18n";
import { getI18n, languages } from "~/utils/i18n";

const files: Record<Language, Translations> = { en, de, nl };

/** Every key as the code asks for it: plural forms (`_zero`, `_one`, `_other`) are one key. */
function keysOf(tree: Translations, prefix = ""): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [name, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (typeof value === "string") {
      const key = path.replace(/_(zero|one|two|few|many|other)$/, "");
      found.set(key, [...(found.get(key) ?? []), value]);
    } else for (const [key, texts] of keysOf(value as Translations, path)) found.set(key, texts);
  }
  return found;
}

// The locale files keep i18next's format: the app's translator must read them as i18next does.
describe.each(languages)("the translator in %s", (language) => {
  const reference = i18next.createInstance();
  void reference.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: files[language] } },
    initImmediate: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const { t } = getI18n(language, files[language]);

  it("gives i18next's text for every key, count and placeholder", () => {
    let compared = 0;
    for (const [key, texts] of keysOf(files[language])) {
      const names = [...new Set(texts.flatMap((text) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]!)))];
      const values = Object.fromEntries(names.map((name) => [name, `<${name}>`]));
      const counts = names.includes("count") || texts.length > 1 ? [0, 1, 2, 5, 21] : [undefined];
      for (const count of counts) {
        const withCount = count === undefined ? values : { ...values, count };
        expect(t(key, withCount), `${key} ${JSON.stringify(withCount)}`).toBe(reference.t(key, withCount));
        compared++;
      }
      expect(t(key)).toBe(reference.t(key));
    }
    expect(compared).toBeGreaterThan(500);
  });

  it("answers a missing key with the key, and leaves a missing placeholder as it is", () => {
    expect(t("no.such.key")).toBe(reference.t("no.such.key"));
    expect(t("home.greeting")).toBe(reference.t("home.greeting"));
    expect(t("home")).toBe("home");
  });
});
