import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ActionButton } from "~/components/action-button";
import { FormError } from "~/components/form-error";
import { SelectField } from "~/components/select-field";
import { TextField } from "~/components/text-field";
import {
  changePassword,
  createFeedToken,
  getProfile,
  NameSchema,
  PasswordSchema,
  revokeFeedToken,
  updateProfile,
} from "~/models/people.server";
import { handleIntents, intent } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { textValue } from "~/utils/forms";
import { languages } from "~/utils/i18n";
import { languageCookie } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";
import { publicUrl } from "~/utils/public-url.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "profile.title");

const ProfileSchema = z.object({ name: NameSchema, language: z.enum(languages) });

const PasswordChangeSchema = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: PasswordSchema,
    confirmPassword: z.string().max(200),
  })
  .refine((form) => form.newPassword === form.confirmPassword, {
    message: "errors.passwordsDiffer",
    path: ["confirmPassword"],
  });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { profile: await getProfile(user.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  return handleIntents(request, {
    profile: intent(ProfileSchema, async (form) => {
      await updateProfile(user.id, form);
      // The language cookie too, so the pages before sign-in speak it after signing out.
      return redirectWithFlash(paths.profile(), "profile.saved", {
        headers: { "Set-Cookie": await languageCookie.serialize(form.language) },
      });
    }),
    password: intent(PasswordChangeSchema, async (form) => {
      await changePassword(user.id, form.currentPassword, form.newPassword);
      return redirectWithFlash(paths.profile(), "profile.passwordChanged");
    }),
    // Shown this once: only the token's hash is stored.
    feedLink: intent(z.object({}), async () => {
      const token = await createFeedToken(user.id);
      return { feedUrl: publicUrl(request, paths.highlightsFeed(token)) };
    }),
    revokeFeedLink: intent(z.object({}), async () => {
      await revokeFeedToken(user.id);
      return redirectWithFlash(paths.profile(), "profile.feedLinkRevoked");
    }),
  });
}

export default function ProfilePage() {
  const { t } = useTranslation();
  const { profile } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const refusal = result && "fieldErrors" in result ? result : undefined;
  const profileFailure = refusal?.intent === "profile" ? refusal : undefined;
  const passwordFailure = refusal?.intent === "password" ? refusal : undefined;
  const feedUrl = result && "feedUrl" in result ? result.feedUrl : null;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t("profile.title")}</h1>
        <p className="mt-1 text-slate-700">
          {t("profile.signedInAs", { username: profile.username })} · {t(`roles.${profile.role}`)}
          {profile.team ? ` · ${profile.team.name}` : ""}
        </p>
      </header>
      <FormError messageKey={refusal?.intent === null ? refusal.formError : null} />
      <Link to={paths.myStories()} className="button-secondary">
        {t("profile.myStories")}
      </Link>

      <section className="card" aria-labelledby="profile-details">
        <h2 id="profile-details" className="text-lg font-semibold">
          {t("profile.details")}
        </h2>
        <Form method="post" className="mt-4 space-y-4">
          <input type="hidden" name="intent" value="profile" />
          <TextField
            label={t("account.name")}
            name="name"
            autoComplete="name"
            required
            maxLength={80}
            defaultValue={textValue(profileFailure?.values, "name") ?? profile.name}
            errors={profileFailure?.fieldErrors.name}
          />
          <SelectField
            label={t("profile.language")}
            name="language"
            options={languages.map((language) => ({
              value: language,
              label: t(`language.names.${language}`),
              lang: language,
            }))}
            defaultValue={textValue(profileFailure?.values, "language") ?? profile.language ?? ""}
            errors={profileFailure?.fieldErrors.language}
          />
          <button type="submit" className="button-primary">
            {t("profile.save")}
          </button>
        </Form>
      </section>

      <section className="card" aria-labelledby="profile-password">
        <h2 id="profile-password" className="text-lg font-semibold">
          {t("profile.changePassword")}
        </h2>
        <Form method="post" className="mt-4 space-y-4">
          <input type="hidden" name="intent" value="password" />
          <TextField
            label={t("profile.currentPassword")}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            errors={passwordFailure?.fieldErrors.currentPassword}
          />
          <TextField
            label={t("profile.newPassword")}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            hint={t("account.passwordHint")}
            errors={passwordFailure?.fieldErrors.newPassword}
          />
          <TextField
            label={t("profile.confirmPassword")}
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            required
            errors={passwordFailure?.fieldErrors.confirmPassword}
          />
          <button type="submit" className="button-primary">
            {t("profile.changePasswordSubmit")}
          </button>
        </Form>
      </section>

      {profile.role !== "employee" ? (
        <section className="card" aria-labelledby="profile-admin">
          <h2 id="profile-admin" className="text-lg font-semibold">
            {t("profile.administration")}
          </h2>
          <ul className="mt-2 space-y-1">
            <li>
              <Link to={paths.insights()} className="link inline-flex min-h-11 items-center">
                {t("profile.insights")}
              </Link>
            </li>
            <li>
              <Link to={paths.moderation()} className="link inline-flex min-h-11 items-center">
                {t("profile.moderation")}
              </Link>
            </li>
            {profile.role === "admin" ? (
              <>
                <li>
                  <Link to={paths.admin()} className="link inline-flex min-h-11 items-center">
                    {t("profile.adminHub")}
                  </Link>
                </li>
                <li>
                  <Link to={paths.adminInvitations()} className="link inline-flex min-h-11 items-center">
                    {t("profile.invitations")}
                  </Link>
                </li>
                <li>
                  <Link to={paths.adminAudit()} className="link inline-flex min-h-11 items-center">
                    {t("profile.audit")}
                  </Link>
                </li>
              </>
            ) : null}
          </ul>
        </section>
      ) : null}

      <section className="card space-y-3" aria-labelledby="profile-feed">
        <h2 id="profile-feed" className="text-lg font-semibold">
          {t("profile.feedLink")}
        </h2>
        <p className="text-slate-700">{t("profile.feedLinkIntro")}</p>
        {feedUrl ? (
          <div role="status" className="space-y-1">
            <p className="font-medium">{t("profile.feedLinkCopy")}</p>
            <code className="block rounded bg-slate-100 p-2 text-sm break-all" data-testid="feed-link">
              {feedUrl}
            </code>
          </div>
        ) : (
          <p className="text-sm text-slate-700">
            {profile.hasFeedLink ? t("profile.feedLinkActive") : t("profile.feedLinkNone")}
          </p>
        )}
        <div className="flex flex-wrap gap-3">
          <ActionButton
            intent="feedLink"
            label={profile.hasFeedLink || feedUrl ? t("profile.feedLinkRenew") : t("profile.feedLinkCreate")}
          />
          {profile.hasFeedLink ? <ActionButton intent="revokeFeedLink" label={t("profile.feedLinkRevoke")} /> : null}
        </div>
      </section>

      <section className="card space-y-3" aria-labelledby="profile-data">
        <h2 id="profile-data" className="text-lg font-semibold">
          {t("ownData.title")}
        </h2>
        <p className="text-slate-700">{t("ownData.intro")}</p>
        <div className="flex flex-wrap gap-3">
          <a href={paths.ownDataExport()} download className="button-secondary">
            {t("ownData.download")}
          </a>
          <Link to={paths.deleteAccount()} className="button-secondary">
            {t("ownData.deleteTitle")}
          </Link>
        </div>
      </section>

      <section className="card" aria-labelledby="profile-sessions">
        <h2 id="profile-sessions" className="text-lg font-semibold">
          {t("profile.sessions")}
        </h2>
        <p className="mt-2 text-slate-700">{t("profile.sessionCount", { count: profile._count.sessions })}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <ActionButton action={paths.logout()} label={t("profile.signOut")} />
          <ActionButton
            action={paths.logout()}
            fields={{ scope: "everywhere" }}
            label={t("profile.signOutEverywhere")}
          />
        </div>
      </section>
    </div>
  );
}
