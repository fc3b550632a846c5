import type { ChangeEvent, ComponentProps } from "react";
import { useRef } from "react";
import { useTranslation } from "~/utils/i18n";
import type { formFields } from "~/utils/forms";
import { usernameFromName } from "~/utils/username";
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

/**
 * The fields of a new account, shared by setup, invitations and join codes. When joining
 * (`isJoining`) the username may stay empty (the server makes one from the name); with
 * JavaScript it is filled in from the name as it is typed, until the person changes it.
 */
export function AccountFields({
  field,
  isJoining = false,
}: {
  field: ReturnType<typeof formFields>["field"];
  isJoining?: boolean;
}) {
  const { t } = useTranslation();
  const suggested = useRef<string | null>(null);
  const suggestUsername = (event: ChangeEvent<HTMLInputElement>) => {
    const username = event.currentTarget.form?.elements.namedItem("username");
    if (!(username instanceof HTMLInputElement)) return;
    if (username.value !== "" && username.value !== suggested.current) return;
    suggested.current = event.currentTarget.value.trim() ? usernameFromName(event.currentTarget.value) : "";
    username.value = suggested.current;
  };
  return (
    <>
      <NameField {...field("name")} onChange={isJoining ? suggestUsername : undefined} />
      <UsernameField
        label={t("account.username")}
        hint={isJoining ? t("account.joinUsernameHint") : t("account.usernameHint")}
        {...field("username")}
        maxLength={32}
        required={!isJoining}
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

/** The welcome step of joining: the team the person is about to be part of, named big. */
export function JoiningWelcome({ team, role }: { team: string; role?: string }) {
  const { t } = useTranslation();
  return (
    <div className="rounded-xl bg-accent-soft p-4 text-accent-soft-ink" role="note">
      <p>{role ? t("account.youAreJoiningAs", { role }) : t("account.youAreJoining")}</p>
      <p className="text-2xl font-bold">{team}</p>
      <p className="mt-1">{t("account.welcomeStep")}</p>
    </div>
  );
}
