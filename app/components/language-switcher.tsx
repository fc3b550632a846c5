import { Form, useLocation } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { languages } from "~/utils/i18n";

/** Works as a plain form; the button stays so keyboard and no-JS users choose when to switch. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const id = useId();
  return (
    <Form method="post" action="/language" className="flex items-center gap-2 text-sm">
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <label htmlFor={id} className="text-slate-700">
        {t("language.label")}
      </label>
      {/* Keyed by language: a navigation that changes it (signing in) must reset the choice shown. */}
      <select
        key={i18n.language}
        id={id}
        name="language"
        defaultValue={i18n.language}
        className="min-h-11 rounded-lg border border-slate-400 bg-white px-2"
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.names.${language}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button-secondary min-h-11 px-3 py-1 text-sm">
        {t("language.apply")}
      </button>
    </Form>
  );
}
