import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation, languages, loadTranslationArea } from "~/utils/i18n";
import { z } from "zod";
import { NameField } from "~/components/account-fields";
import { ActionButton } from "~/components/action-button";
import { AvatarForm } from "~/components/avatar-form";
import { ButtonLink } from "~/components/button";
import { FormError } from "~/components/form-error";
import { LanguageField } from "~/components/language-field";
import { Page } from "~/components/page-header";
import { PasswordField } from "~/components/password-field";
import { PostForm } from "~/components/post-form";
import { Section } from "~/components/section";
import {
  changePassword,
  createFeedToken,
  getProfile,
  NameSchema,
  PasswordSchema,
  revokeFeedToken,
  updateProfile,
} from "~/models/people.server";
import { removeAvatar, setAvatar } from "~/models/photos.server";
import { handleIntents, intent } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { formFields, isRefusal } from "~/utils/forms";
import { languageCookie } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";
import { useAnchoredAction } from "~/utils/anchors";
import { paths } from "~/utils/paths";
import { publicUrl } from "~/utils/public-url.server";
import type { RoleName } from "~/utils/roles";
import { hasRole } from "~/utils/roles";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "profile.title");

const ProfileSchema = z.object({ name: NameSchema, language: z.enum(languages) });

// A form sent without choosing a file brings an empty text: "no photo chosen". Any other text where
// the file belongs (a forged form) is refused like a file that is not a photo.
const AvatarSchema = z.object({
  avatar: z.preprocess(
    (raw) => (raw === "" ? new File([], "") : raw),
    z.instanceof(File, { message: "photos.errors.notAnImage" }),
  ),
});

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
    avatar: intent(AvatarSchema, async (form) => {
      await setAvatar(user, form.avatar);
      return redirectWithFlash(paths.profile(), "profile.photoSaved");
    }),
    removeAvatar: intent(z.object({}), async () => {
      await removeAvatar(user);
      return redirectWithFlash(paths.profile(), "profile.photoRemoved");
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

// Where managers and admins go from their profile, from the first role that may.
const roleLinks = [
  { to: paths.insights(), label: "profile.insights", role: "manager" },
  { to: paths.moderation(), label: "profile.moderation", role: "manager" },
  { to: paths.admin(), label: "profile.adminHub", role: "admin" },
  { to: paths.adminInvitations(), label: "profile.invitations", role: "admin" },
  { to: paths.adminAudit(), label: "profile.audit", role: "admin" },
] as const satisfies { to: string; label: string; role: RoleName }[];

export default function ProfilePage() {
  const { t } = useTranslation();
  const { profile } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const details = formFields(result, "profile");
  const password = formFields(result, "password");
  const feedUrl = result && "feedUrl" in result ? result.feedUrl : null;
  const links = roleLinks.filter((link) => hasRole(profile, link.role));
  // PostForm posts to the page: its button carries the way back to its section.
  const anchored = {
    details: useAnchoredAction(undefined, "details"),
    password: useAnchoredAction(undefined, "password"),
  };
  return (
    <Page
      title={t("profile.title")}
      lead={
        <>
          {t("profile.signedInAs", { username: profile.username })} · {t(`roles.${profile.role}`)}
          {profile.team ? ` · ${profile.team.name}` : ""}
        </>
      }
    >
      {/* A form the page does not know (no intent) has no place of its own to be refused in. */}
      <FormError messageKey={isRefusal(result) && result.intent === null ? result.formError : null} />
      <ButtonLink to={paths.myStories()} label={t("profile.myStories")} />

      <Section id="details" title={t("profile.details")}>
        <PostForm intent="profile" submit={{ label: t("profile.save"), formAction: anchored.details }}>
          <NameField {...details.field("name", profile.name)} />
          <LanguageField label={t("profile.language")} {...details.field("language", profile.language ?? "")} />
        </PostForm>
      </Section>

      <Section id="photo" title={t("profile.photo")} description={t("profile.photoIntro")}>
        <AvatarForm
          key={profile.avatar?.id ?? "initials"}
          person={profile}
          errors={formFields(result, "avatar").refusal?.fieldErrors.avatar}
        />
      </Section>

      <Section id="password" title={t("profile.changePassword")}>
        <PostForm
          intent="password"
          submit={{ label: t("profile.changePasswordSubmit"), formAction: anchored.password }}
        >
          <PasswordField
            purpose="current"
            label={t("profile.currentPassword")}
            {...password.field("currentPassword")}
          />
          <PasswordField
            purpose="new"
            label={t("profile.newPassword")}
            hint={t("account.passwordHint")}
            {...password.field("newPassword")}
          />
          <PasswordField purpose="repeat" label={t("profile.confirmPassword")} {...password.field("confirmPassword")} />
        </PostForm>
      </Section>

      {links.length ? (
        <Section title={t("profile.administration")}>
          <ul className="space-y-1">
            {links.map((link) => (
              <li key={link.to}>
                <Link to={link.to} className="link inline-flex min-h-11 items-center">
                  {t(link.label)}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section id="feed-link" title={t("profile.feedLink")} description={t("profile.feedLinkIntro")}>
        {feedUrl ? (
          <div role="status" className="space-y-1">
            <p className="font-medium">{t("profile.feedLinkCopy")}</p>
            <code className="block rounded bg-surface-muted p-2 text-sm break-all" data-testid="feed-link">
              {feedUrl}
            </code>
          </div>
        ) : (
          <p className="text-sm text-ink-muted">
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
      </Section>

      <Section title={t("ownData.title")} description={t("ownData.intro")}>
        <div className="flex flex-wrap gap-3">
          <ButtonLink to={paths.ownDataExport()} label={t("ownData.download")} download />
          <ButtonLink to={paths.deleteAccount()} label={t("ownData.deleteTitle")} />
        </div>
      </Section>

      <Section title={t("profile.sessions")}>
        <p className="text-ink-muted">{t("profile.sessionCount", { count: profile._count.sessions })}</p>
        <div className="flex flex-wrap gap-3">
          <ActionButton action={paths.logout()} label={t("profile.signOut")} />
          <ActionButton
            action={paths.logout()}
            fields={{ scope: "everywhere" }}
            label={t("profile.signOutEverywhere")}
          />
        </div>
      </Section>
    </Page>
  );
}

await loadTranslationArea("account");
