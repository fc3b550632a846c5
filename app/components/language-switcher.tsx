import { Form, useLocation } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { paths } from "~/utils/paths";
import { SubmitButton } from "./button";
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
        className="input min-h-11 w-auto py-1 text-sm"
      />
      <SubmitButton variant="secondary" size="sm" className="min-h-11" label={t("language.apply")} />
    </Form>
  );
}
