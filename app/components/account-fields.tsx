import type { ComponentProps } from "react";
import { useTranslation } from "react-i18next";
import type { formFields } from "~/utils/forms";
import { PasswordField } from "./password-field";
import { TextField } from "./text-field";

/** The name a person goes by, as NameSchema takes it: in a new account and on the profile. */
export function NameField(props: Omit<ComponentProps<typeof TextField>, "label">) {
  const { t } = useTranslation();
  return <TextField label={t("account.name")} autoComplete="name" required maxLength={80} {...props} />;
}

/** The name someone signs in with (a username, or for signing in an e-mail address too), typed as it is. */
export function UsernameField(props: ComponentProps<typeof TextField>) {
  return <TextField autoComplete="username" autoCapitalize="none" spellCheck={false} required {...props} />;
}

/** The fields of a new account, shared by setup, invitations and join codes. */
export function AccountFields({ field }: { field: ReturnType<typeof formFields>["field"] }) {
  const { t } = useTranslation();
  return (
    <>
      <NameField {...field("name")} />
      <UsernameField
        label={t("account.username")}
        hint={t("account.usernameHint")}
        {...field("username")}
        maxLength={32}
      />
      <TextField
        label={t("account.email")}
        hint={t("account.emailHint")}
        {...field("email")}
        type="email"
        autoComplete="email"
      />
      <PasswordField
        purpose="new"
        label={t("account.password")}
        hint={t("account.passwordHint")}
        {...field("password")}
      />
    </>
  );
}
