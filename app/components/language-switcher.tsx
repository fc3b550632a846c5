import { Form, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { paths } from "~/utils/paths";
import { LanguageField } from "./language-field";

/** Works as a plain form; the button stays so keyboard and no-JS users choose when to switch. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  return (
    <Form method="post" action={paths.language()} className="flex flex-wrap items-end gap-2 text-sm">
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      {/* Keyed by language: a navigation that changes it (signing in) must reset the choice shown. */}
      <LanguageField
        key={i18n.language}
        label={t("language.label")}
        name="language"
        defaultValue={i18n.language}
        className="min-h-11 rounded-lg border border-line-strong bg-surface px-2"
      />
      <button type="submit" className="button-secondary min-h-11 px-3 py-1 text-sm">
        {t("language.apply")}
      </button>
    </Form>
  );
}
