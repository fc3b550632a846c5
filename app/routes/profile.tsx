import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormError } from "~/components/form-error";
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
import { requireUser } from "~/utils/auth.server";
import { env } from "~/utils/env.server";
import { setFlash } from "~/utils/flash.server";
import { formFailure, parseForm, submittedValues } from "~/utils/forms";
import { languages } from "~/utils/i18n";
import { languageCookie } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "profile.title");

// Which of the page's forms was sent; a doubled or unknown intent is refused, not guessed.
const ProfileIntentSchema = z.enum(["profile", "password", "feedLink", "revokeFeedLink"]);
const ProfileSchema = z.object({
  intent: z.literal("profile"),
  name: NameSchema,
  language: z.enum(languages),
});

const PasswordChangeSchema = z
  .object({
    intent: z.literal("password"),
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
  const formData = await request.formData();
  const intents = formData.getAll("intent");
  const intent = intents.length === 1 ? ProfileIntentSchema.safeParse(intents[0]).data : undefined;
  if (!intent)
    return data({ intent: null, ...formFailure({}, { formError: "errors.unknownAction" }) }, { status: 400 });

  if (intent === "profile") {
    const parsed = parseForm(ProfileSchema, formData);
    if (!parsed.success) return data({ intent, ...parsed.failure }, { status: 400 });
    await updateProfile(user.id, parsed.data);
    const headers = new Headers();
    headers.append("Set-Cookie", await languageCookie.serialize(parsed.data.language));
    headers.append("Set-Cookie", await setFlash("profile.saved"));
    return redirect("/profile", { headers });
  }

  if (intent === "password") {
    const parsed = parseForm(PasswordChangeSchema, formData);
    if (!parsed.success) return data({ intent, ...parsed.failure }, { status: 400 });
    if (!(await changePassword(user.id, parsed.data.currentPassword, parsed.data.newPassword))) {
      return data(
        {
          intent,
          ...formFailure(submittedValues(formData), { fieldErrors: { currentPassword: ["profile.wrongPassword"] } }),
        },
        { status: 400 },
      );
    }
    return redirect("/profile", { headers: { "Set-Cookie": await setFlash("profile.passwordChanged") } });
  }

  if (intent === "feedLink") {
    const token = await createFeedToken(user.id);
    const origin = env.APP_ORIGIN ?? new URL(request.url).origin;
    return data({ intent, feedUrl: `${origin}/highlights.atom?token=${token}` });
  }

  await revokeFeedToken(user.id);
  return redirect("/profile", { headers: { "Set-Cookie": await setFlash("profile.feedLinkRevoked") } });
}

export default function ProfilePage() {
  const { t } = useTranslation();
  const { profile } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const profileFailure = result?.intent === "profile" && "fieldErrors" in result ? result : undefined;
  const passwordFailure = result?.intent === "password" && "fieldErrors" in result ? result : undefined;
  const feedUrl = result && "feedUrl" in result ? result.feedUrl : null;
  const languageId = useId();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t("profile.title")}</h1>
        <p className="mt-1 text-slate-700">
          {t("profile.signedInAs", { username: profile.username })} · {t(`roles.${profile.role}`)}
          {profile.team ? ` · ${profile.team.name}` : ""}
        </p>
      </header>
      <FormError messageKey={result?.intent === null ? result.formError : null} />
      <Link to="/stories/mine" className="button-secondary">
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
            defaultValue={profileFailure?.values.name ?? profile.name}
            errors={profileFailure?.fieldErrors.name}
          />
          <div className="space-y-1">
            <label htmlFor={languageId} className="block font-medium">
              {t("profile.language")}
            </label>
            <select
              id={languageId}
              name="language"
              className="input"
              defaultValue={profileFailure?.values.language ?? profile.language ?? ""}
            >
              {languages.map((language) => (
                <option key={language} value={language} lang={language}>
                  {t(`language.names.${language}`)}
                </option>
              ))}
            </select>
          </div>
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
              <Link to="/insights" className="link inline-flex min-h-11 items-center">
                {t("profile.insights")}
              </Link>
            </li>
            <li>
              <Link to="/moderation" className="link inline-flex min-h-11 items-center">
                {t("profile.moderation")}
              </Link>
            </li>
            {profile.role === "admin" ? (
              <>
                <li>
                  <Link to="/admin" className="link inline-flex min-h-11 items-center">
                    {t("profile.adminHub")}
                  </Link>
                </li>
                <li>
                  <Link to="/admin/invitations" className="link inline-flex min-h-11 items-center">
                    {t("profile.invitations")}
                  </Link>
                </li>
                <li>
                  <Link to="/admin/audit" className="link inline-flex min-h-11 items-center">
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
          <Form method="post">
            <input type="hidden" name="intent" value="feedLink" />
            <button type="submit" className="button-secondary">
              {profile.hasFeedLink || feedUrl ? t("profile.feedLinkRenew") : t("profile.feedLinkCreate")}
            </button>
          </Form>
          {profile.hasFeedLink ? (
            <Form method="post">
              <input type="hidden" name="intent" value="revokeFeedLink" />
              <button type="submit" className="button-secondary">
                {t("profile.feedLinkRevoke")}
              </button>
            </Form>
          ) : null}
        </div>
      </section>

      <section className="card space-y-3" aria-labelledby="profile-data">
        <h2 id="profile-data" className="text-lg font-semibold">
          {t("ownData.title")}
        </h2>
        <p className="text-slate-700">{t("ownData.intro")}</p>
        <div className="flex flex-wrap gap-3">
          <a href="/profile/export" download className="button-secondary">
            {t("ownData.download")}
          </a>
          <Link to="/profile/delete" className="button-secondary">
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
          <Form method="post" action="/logout">
            <button type="submit" className="button-secondary">
              {t("profile.signOut")}
            </button>
          </Form>
          <Form method="post" action="/logout">
            <input type="hidden" name="scope" value="everywhere" />
            <button type="submit" className="button-secondary">
              {t("profile.signOutEverywhere")}
            </button>
          </Form>
        </div>
      </section>
    </div>
  );
}
