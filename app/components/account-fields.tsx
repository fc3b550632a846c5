import { useTranslation } from "react-i18next";
import type { FieldErrors, SubmittedValues } from "~/utils/forms";
import { textValue } from "~/utils/forms";
import { TextField } from "./text-field";

/** The fields of a new account, shared by setup, invitations and join codes. */
export function AccountFields({ errors, values }: { errors?: FieldErrors; values?: SubmittedValues }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t("account.name")}
        name="name"
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={textValue(values, "name")}
        errors={errors?.name}
      />
      <TextField
        label={t("account.username")}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        maxLength={32}
        hint={t("account.usernameHint")}
        defaultValue={textValue(values, "username")}
        errors={errors?.username}
      />
      <TextField
        label={t("account.email")}
        name="email"
        type="email"
        autoComplete="email"
        hint={t("account.emailHint")}
        defaultValue={textValue(values, "email")}
        errors={errors?.email}
      />
      <TextField
        label={t("account.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint={t("account.passwordHint")}
        errors={errors?.password}
      />
    </>
  );
}
