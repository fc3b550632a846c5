import type { ComponentProps } from "react";
import { useTranslation } from "~/utils/i18n";
import { TextAreaField, TextField } from "./text-field";

// The organisation's name and brand promise as setup asks for them and the settings page changes
// them, with the limits of OrganisationNameSchema and BrandPromiseSchema.

export function OrganisationNameField(props: Omit<ComponentProps<typeof TextField>, "label">) {
  const { t } = useTranslation();
  return <TextField label={t("admin.organisation.name")} required maxLength={120} {...props} />;
}

export function BrandPromiseField(props: ComponentProps<typeof TextAreaField>) {
  return <TextAreaField maxLength={500} rows={3} {...props} />;
}
