import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/utils/i18n";
import { z } from "zod";
import { ActionButton } from "~/components/action-button";
import { ActionListItem } from "~/components/action-list-item";
import { ButtonLink } from "~/components/button";
import { EmptyState } from "~/components/empty-state";
import { FormError } from "~/components/form-error";
import { Page } from "~/components/page-header";
import { Section } from "~/components/section";
import { listOwnStories, restoreStory } from "~/models/stories.server";
import { handleIntents, intent, recordId } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { useFormatters } from "~/utils/format";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "myStories.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return listOwnStories(user.id);
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  return handleIntents(request, {
    restore: intent(z.object({ storyId: recordId }), async (form) => {
      await restoreStory(form.storyId, user);
      return redirectWithFlash(paths.myStories(), "myStories.restored");
    }),
  });
}

export default function MyStoriesPage() {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { drafts, published, deleted } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  return (
    <Page
      spacing="loose"
      title={t("myStories.title")}
      actions={<ButtonLink to={paths.newStory()} label={t("home.share")} variant="primary" />}
    >
      <FormError messageKey={refusal?.formError ?? (refusal ? "errors.invalid" : null)} />

      <Section plain title={t("myStories.drafts")}>
        {drafts.length === 0 ? <EmptyState message={t("myStories.noDrafts")} /> : null}
        <StoryRows
          stories={drafts}
          detail={(story) => t("myStories.lastSaved", { date: formatDate(story.updatedAt) })}
          action={(story) => (
            <ButtonLink to={paths.editStory(story.id)} label={t("myStories.continue")} about={story.title} />
          )}
        />
      </Section>

      <Section plain title={t("myStories.published")}>
        {published.length === 0 ? <EmptyState illustration="noStories" message={t("myStories.noPublished")} /> : null}
        <ul className="space-y-2">
          {published.map((story) => (
            <li key={story.id} className="card">
              <Link to={paths.story(story.id)} className="link font-semibold break-words">
                {story.title}
              </Link>
              <p className="text-sm text-ink-muted">
                {story.publishedAt ? formatDate(story.publishedAt) : ""} ·{" "}
                {t("myStories.reactors", { count: story.reactorCount })} ·{" "}
                {t("myStories.comments", { count: story.commentCount })}
                {story.hiddenAt ? ` · ${t("myStories.hidden")}` : ""}
              </p>
            </li>
          ))}
        </ul>
      </Section>

      <Section plain title={t("myStories.deletedHeading")} description={t("myStories.deletedHint")}>
        <StoryRows
          stories={deleted}
          detail={(story) => t("myStories.restorableUntil", { date: formatDate(story.restorableUntil) })}
          action={(story) => (
            <ActionButton
              intent="restore"
              fields={{ storyId: story.id }}
              label={t("myStories.restore")}
              about={story.title}
            />
          )}
        />
      </Section>
    </Page>
  );
}

/** Stories not (or no longer) published: each with its title, where it stands, and the one thing to do with it. */
function StoryRows<Story extends { id: string; title: string }>({
  stories,
  detail,
  action,
}: {
  stories: Story[];
  detail: (story: Story) => string;
  action: (story: Story) => ReactNode;
}) {
  return (
    <ul className="space-y-2">
      {stories.map((story) => (
        <ActionListItem key={story.id} action={action(story)}>
          <p className="font-semibold break-words">{story.title}</p>
          <p className="text-sm text-ink-muted">{detail(story)}</p>
        </ActionListItem>
      ))}
    </ul>
  );
}
