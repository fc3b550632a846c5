import { Form } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { ActionButton } from "./action-button";
import { ActionListItem } from "./action-list-item";
import { SubmitButton } from "./button";
import type { PersonFace } from "./story-byline";
import { StoryByline } from "./story-byline";
import { TextField } from "./text-field";

type StorySearchResults = {
  terms: string[];
  isTooShort: boolean;
  stories: {
    id: string;
    title: string;
    language: string;
    publishedAt: string | Date | null;
    author: PersonFace | null;
    teamName: string | null;
  }[];
};

type Props = {
  /** The page the search box reloads (GET) and the results post to. */
  path: string;
  label: string;
  query: string;
  results: StorySearchResults | null;
  /** Kept in the search's URL, e.g. which item is being replaced. */
  searchFields?: Record<string, string>;
  /** Posted with each result's "choose" button (its intent among them), beside `storyId`. */
  chooseFields: Record<string, string>;
  chooseLabel: string;
};

/** Find stories with the feed's search, then choose one with its button: no JavaScript needed. */
export function StorySearch({ path, label, query, results, searchFields = {}, chooseFields, chooseLabel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="space-y-3">
      <Form method="get" action={path} role="search" aria-label={label} className="flex flex-wrap items-end gap-2">
        {Object.entries(searchFields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="min-w-0 flex-1">
          <TextField label={label} name="q" type="search" defaultValue={query} autoComplete="off" />
        </div>
        <SubmitButton variant="secondary" label={t("collections.search.submit")} />
      </Form>
      {results?.isTooShort ? <p className="text-ink-muted">{t("collections.search.tooShort")}</p> : null}
      {results && !results.isTooShort && results.terms.length > 0 ? (
        results.stories.length === 0 ? (
          <p className="text-ink-muted">{t("collections.search.none")}</p>
        ) : (
          <ul className="space-y-2" aria-label={t("collections.search.results")}>
            {results.stories.map((story) => (
              <ActionListItem
                key={story.id}
                action={
                  <ActionButton
                    action={path}
                    fields={{ ...chooseFields, storyId: story.id }}
                    label={chooseLabel}
                    about={story.title}
                    variant="primary"
                  />
                }
              >
                <p className="font-semibold break-words" lang={story.language}>
                  {story.title}
                </p>
                <StoryByline story={story} />
              </ActionListItem>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
