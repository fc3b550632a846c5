import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ChartColumn, Filter, Heart, Plus, Send, ShieldCheck, Sparkles, Trash2 } from "lucide-react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { JoiningWelcome } from "~/components/account-fields";
import { Avatar } from "~/components/avatar";
import type { ButtonVariant } from "~/components/button";
import { Button, ButtonLink } from "~/components/button";
import { Card } from "~/components/card";
import { Badge, Chip, ToggleChip, ToggleChipGroup } from "~/components/chip";
import { EmptyState } from "~/components/empty-state";
import { FlashMessage } from "~/components/flash-message";
import { FormError } from "~/components/form-error";
import { HubList } from "~/components/hub-list";
import { ListPager, ListSearchForm } from "~/components/list-search";
import { PasswordField } from "~/components/password-field";
import type { IconName } from "~/components/icons";
import { Icon } from "~/components/icons";
import type { IllustrationName } from "~/components/illustrations";
import { PageHeader } from "~/components/page-header";
import { SecretLinkNotice } from "~/components/secret-link-notice";
import { Section } from "~/components/section";
import { SelectField } from "~/components/select-field";
import { Sheet } from "~/components/sheet";
import { SuccessMoment } from "~/components/success-moment";
import { Tabs } from "~/components/tabs";
import { TextField } from "~/components/text-field";
import { ValueBadge } from "~/components/value-badge";
import { requireUser } from "~/utils/auth.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "design.title");

const tabKeys = ["best", "new", "highlights"] as const;

/** The gallery stores nothing: the only thing it reads is which sample tab is chosen. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const tab = new URL(request.url).searchParams.get("tab");
  return { tab: tabKeys.find((key) => key === tab) ?? "best" };
}

const variants: ButtonVariant[] = ["primary", "secondary", "quiet", "danger", "destructive"];
const navIcons: IconName[] = ["welcome", "feed", "share", "collections", "manage", "notifications", "me"];

// Sample people for the avatars: a photo (drawn here, so the page needs no stored file) and initials.
const portrait = `data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#c7ccff"/><circle cx="32" cy="26" r="12" fill="#4338ca"/><path d="M10 64c2-14 12-20 22-20s20 6 22 20z" fill="#4338ca"/></svg>`,
)}`;
const withPhoto = {
  id: "sample-photo",
  name: "Ada Sample",
  avatar: {
    id: "sample",
    description: "",
    width: 64,
    height: 64,
    placeholder: portrait,
    files: [{ width: 256, height: 256, webp: portrait, jpeg: portrait }],
    isHidden: false,
  },
};
const withInitials = [
  { id: "zoe", name: "Zoë Yılmaz" },
  { id: "jonas-becker", name: "Jonas Becker" },
  { id: "anke.meijer@example", name: "Anke Meijer" },
];

const emptyStates: { illustration: IllustrationName; key: string; to: string }[] = [
  { illustration: "noStories", key: "noStories", to: paths.newStory() },
  { illustration: "nothingFound", key: "nothingFound", to: paths.home() },
  { illustration: "allCaughtUp", key: "allCaughtUp", to: paths.home() },
  { illustration: "nothingToReview", key: "nothingToReview", to: paths.moderation() },
  { illustration: "collection", key: "collection", to: paths.collections() },
];

/**
 * Every shared component in every state, so a change to one is seen here first and then
 * everywhere. For admins; nothing on it stores anything (its sample form is a GET back to it).
 */
export default function DesignGalleryPage() {
  const { t } = useTranslation();
  const { tab } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-section">
      <PageHeader eyebrow={t("admin.hub.title")} title={t("design.title")} lead={t("design.lead")} />

      <Section title={t("design.type.title")}>
        <div className="space-y-2">
          <p className="text-display font-bold">{t("design.type.display")}</p>
          <p className="text-title font-bold">{t("design.type.titleSample")}</p>
          <p className="text-heading font-semibold">{t("design.type.heading")}</p>
          <p className="text-body">{t("design.type.body")}</p>
          <p className="text-caption text-ink-muted">{t("design.type.caption")}</p>
        </div>
      </Section>

      <Section title={t("design.buttons.title")} description={t("design.buttons.description")}>
        <div className="space-y-4">
          {variants.map((variant) => (
            <div key={variant} className="flex flex-wrap items-center gap-3">
              <Button variant={variant} label={t(`design.buttons.variants.${variant}`)} />
              <Button
                variant={variant}
                icon={variant === "destructive" ? Trash2 : Send}
                label={t("design.buttons.withIcon")}
              />
              <Button variant={variant} isPending label={t("design.buttons.pending")} />
              <Button variant={variant} disabled label={t("design.buttons.disabled")} />
            </div>
          ))}
          <div className="flex flex-wrap items-center gap-3">
            <Button size="sm" variant="secondary" icon={Plus} label={t("design.buttons.small")} />
            <Button size="md" label={t("design.buttons.medium")} />
            <Button size="lg" icon={Sparkles} label={t("design.buttons.large")} />
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <ButtonLink to={paths.designSystem()} variant="primary" label={t("design.buttons.link")} />
            <ButtonLink to={paths.designSystem()} icon={Heart} label={t("design.buttons.link")} />
          </div>
          <div className="max-w-xs">
            <Button isWide label={t("design.buttons.wide")} />
          </div>
        </div>
      </Section>

      <Section title={t("design.chips.title")} description={t("design.chips.description")}>
        <div className="flex flex-wrap gap-2">
          <ValueBadge name={t("design.chips.value")} colour="#0f766e" />
          <Chip label={t("dimensions.latitude.name")} icon={Sparkles} />
          <Chip label={t("design.chips.accent")} tone="accent" />
          <Badge label={t("feed.newBadge")} />
          <Badge label={t("myStories.draft")} tone="warning" />
        </div>
        <ToggleChipGroup legend={t("design.chips.checkboxes")}>
          <ToggleChip name="sampleValues" value="own" label={t("design.chips.own")} colour="#0f766e" defaultChecked />
          <ToggleChip name="sampleValues" value="team" label={t("design.chips.team")} colour="#b45309" />
          <ToggleChip name="sampleValues" value="care" label={t("design.chips.care")} colour="#7c3aed" />
          <ToggleChip name="sampleValues" value="off" label={t("design.chips.unavailable")} isDisabled />
        </ToggleChipGroup>
        <ToggleChipGroup legend={t("design.chips.radios")}>
          {tabKeys.map((key) => (
            <ToggleChip
              key={key}
              type="radio"
              name="sampleSort"
              value={key}
              label={t(`feed.tabs.${key}`)}
              defaultChecked={key === "best"}
            />
          ))}
        </ToggleChipGroup>
      </Section>

      <Section title={t("design.avatars.title")}>
        <div className="flex flex-wrap items-end gap-4">
          <Avatar person={withPhoto} size="xl" label={withPhoto.name} />
          <Avatar person={withPhoto} size="lg" label={withPhoto.name} />
          {withInitials.map((person, index) => (
            <Avatar key={person.id} person={person} size={(["lg", "md", "sm"] as const)[index]} label={person.name} />
          ))}
        </div>
      </Section>

      <Section title={t("design.cards.title")}>
        <div className="grid gap-4 sm:grid-cols-3">
          <Card>
            <p className="font-semibold">{t("design.cards.default")}</p>
          </Card>
          <Card tone="highlight">
            <p className="font-semibold">{t("design.cards.highlight")}</p>
          </Card>
          <Card tone="muted">
            <p className="font-semibold">{t("design.cards.muted")}</p>
          </Card>
        </div>
        {/* Hub cards, as "Manage" and the administration list their destinations; one with a count. */}
        <HubList
          entries={[
            {
              id: "design-insights",
              to: paths.insights(),
              icon: ChartColumn,
              title: t("manage.insights.title"),
              description: t("manage.insights.description"),
            },
            {
              id: "design-moderation",
              to: paths.moderation(),
              icon: ShieldCheck,
              title: t("manage.moderation.title"),
              description: t("manage.moderation.description"),
              badge: t("manage.waiting", { count: 3 }),
            },
          ]}
        />
      </Section>

      <Section title={t("design.sheet.title")} description={t("design.sheet.description")}>
        <Sheet title={t("design.sheet.sheetTitle")} label={t("design.sheet.open")} icon={Filter}>
          <p className="text-ink-muted">{t("design.sheet.body")}</p>
          <ToggleChipGroup legend={t("design.chips.checkboxes")}>
            <ToggleChip name="sheetValues" value="own" label={t("design.chips.own")} defaultChecked />
            <ToggleChip name="sheetValues" value="team" label={t("design.chips.team")} />
          </ToggleChipGroup>
        </Sheet>
      </Section>

      <Section title={t("design.tabs.title")} description={t("design.tabs.description")}>
        <Tabs
          label={t("feed.tabsLabel")}
          current={tab}
          tabs={tabKeys.map((key) => ({
            key,
            label: t(`feed.tabs.${key}`),
            to: `${paths.designSystem()}?tab=${key}`,
          }))}
        />
      </Section>

      <Section title={t("design.empty.title")}>
        <div className="grid gap-4 md:grid-cols-2">
          {emptyStates.map((state) => (
            <EmptyState
              key={state.key}
              illustration={state.illustration}
              message={t(`design.empty.${state.key}`)}
              action={<ButtonLink to={state.to} label={t(`design.empty.${state.key}Next`)} />}
            />
          ))}
        </div>
        <EmptyState message={t("design.empty.plain")} />
      </Section>

      <Section title={t("design.moments.title")} plain>
        <SuccessMoment
          illustration="celebrate"
          title={t("moments.firstStory.title")}
          message={t("composer.published")}
          body={t("moments.firstStory.body")}
          actions={<ButtonLink to={paths.home()} variant="primary" label={t("moments.firstStory.next")} />}
        />
        <SuccessMoment
          illustration="finished"
          title={t("moments.finishedCollection.title")}
          message={t("collections.finishedFlash", { title: t("design.moments.sampleCollection") })}
          body={t("moments.finishedCollection.body")}
          actions={
            <>
              <ButtonLink
                to={paths.collections()}
                variant="primary"
                label={t("moments.finishedCollection.readNext", { nextTitle: t("design.moments.sampleCollection") })}
              />
              <ButtonLink to={paths.collections()} variant="quiet" label={t("moments.finishedCollection.all")} />
            </>
          }
        />
      </Section>

      <Section title={t("design.messages.title")}>
        <FlashMessage messageKey="composer.updated" />
        <FormError messageKey="composer.checkFields" />
        {/* A GET form back to this page: sending it changes nothing. */}
        <form className="grid gap-4 sm:grid-cols-2">
          <TextField label={t("design.messages.field")} name="sample" defaultValue="" errors={["errors.required"]} />
          <TextField
            label={t("design.messages.fieldOk")}
            name="sampleOk"
            defaultValue={t("design.chips.own")}
            hint={t("design.messages.hint")}
          />
          <SelectField
            label={t("design.messages.select")}
            name="sampleSelect"
            options={tabKeys.map((key) => ({ value: key, label: t(`feed.tabs.${key}`) }))}
          />
          <PasswordField purpose="current" label={t("account.password")} name="samplePassword" required={false} />
        </form>
        <JoiningWelcome team="Store Utrecht Centrum" />
        <SecretLinkNotice
          title={t("invitations.created")}
          hint={t("invitations.copyOnce")}
          link="https://brandworthy.example/join/sample-link"
        />
        <ListSearchForm label={t("admin.teams.search")} query="" />
        <ListPager page={2} pageCount={3} pageLink={(page) => `${paths.designSystem()}?page=${page}`} />
      </Section>

      <Section title={t("design.icons.title")}>
        <ul className="flex flex-wrap gap-6">
          {navIcons.map((name) => (
            <li key={name} className="flex flex-col items-center gap-1 text-caption text-ink-muted">
              <Icon name={name} className="h-6 w-6 text-ink" />
              {t(`nav.${name}`)}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}

await loadTranslationArea("compose");
await loadTranslationArea("manage");
