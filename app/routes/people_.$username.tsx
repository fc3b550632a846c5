import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { Avatar } from "~/components/avatar";
import { EmptyState } from "~/components/empty-state";
import { Section } from "~/components/section";
import type { StoryCardData } from "~/components/story-card";
import { StoryCard } from "~/components/story-card";
import { getPersonPage } from "~/models/person-pages.server";
import { requireUser } from "~/utils/auth.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.person.name} · Brandworthy` : "Brandworthy" },
];

/** A colleague's page, for everyone signed in; unknown and deactivated people are not found. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return getPersonPage(params.username ?? "", user);
}

export default function PersonPage() {
  const { t } = useTranslation();
  const { person, posted, credited } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-8">
      <header className="flex items-center gap-4">
        <Avatar person={person} size="xl" />
        <div className="min-w-0 space-y-1">
          <h1 className="text-2xl font-bold break-words">{person.name}</h1>
          <p className="text-ink-muted">{person.team?.name ?? t("person.noTeam")}</p>
        </div>
      </header>
      <StoryList title={t("person.posted", { name: person.name })} stories={posted} empty={t("person.nonePosted")} />
      <StoryList
        title={t("person.credited", { name: person.name })}
        stories={credited}
        empty={t("person.noneCredited")}
      />
    </div>
  );
}

function StoryList({ title, stories, empty }: { title: string; stories: StoryCardData[]; empty: string }) {
  return (
    <Section plain title={title}>
      {stories.length === 0 ? <EmptyState message={empty} /> : null}
      <ul className="space-y-3">
        {stories.map((story) => (
          <li key={story.id}>
            <StoryCard story={story} isNew={false} />
          </li>
        ))}
      </ul>
    </Section>
  );
}
