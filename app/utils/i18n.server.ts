import { createCookie } from "@remix-run/node";
import de from "~/locales/de.json";
import en from "~/locales/en.json";
import nl from "~/locales/nl.json";
import { isProduction } from "./env.server";
import type { Language } from "./i18n";
import { getI18n, defaultLanguage, isLanguage, languages, registerTranslations } from "./i18n";

const translations: Record<Language, typeof en> = { en, de, nl };
for (const language of languages) registerTranslations(language, translations[language]);

export function getTranslations(language: Language) {
  return translations[language];
}

// The language before sign-in; afterwards the person's choice on their account wins.
export const languageCookie = createCookie("bw_lang", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  secure: isProduction,
  maxAge: 60 * 60 * 24 * 365,
});

/** The best of our languages for an Accept-Language header, by quality. */
export function languageFromAcceptHeader(header: string | null): Language | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { base: tag.trim().toLowerCase().split("-")[0], quality: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => Number.isFinite(entry.quality) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality);
  return (ranked.find((entry) => isLanguage(entry.base))?.base as Language | undefined) ?? null;
}

export async function resolveLanguage(
  request: Request,
  user: { language: string | null } | null,
  organisationDefault?: string | null,
): Promise<Language> {
  if (user && isLanguage(user.language)) return user.language;
  const fromCookie = await languageCookie.parse(request.headers.get("Cookie"));
  if (isLanguage(fromCookie)) return fromCookie;
  return (
    languageFromAcceptHeader(request.headers.get("Accept-Language")) ??
    (isLanguage(organisationDefault) ? organisationDefault : defaultLanguage)
  );
}

/** A translate function for server-made text (feeds, redirects with messages). */
export function getFixedT(language: Language) {
  return getI18n(language, getTranslations(language)).t;
}
