import type { ComponentProps } from "react";
import { useTranslation, languages } from "~/utils/i18n";
import { SelectField } from "./select-field";

/** A choice of the app's languages, each named in itself so everyone finds their own. */
export function LanguageField(props: Omit<ComponentProps<typeof SelectField>, "options">) {
  const { t } = useTranslation();
  const options = languages.map((language) => ({
    value: language,
    label: t(`language.names.${language}`),
    lang: language,
  }));
  return <SelectField options={options} {...props} />;
}
