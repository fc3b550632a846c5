import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "~/utils/format";
import { ActionButton } from "./action-button";
import { TextField } from "./text-field";

type StorySearchResults = {
  terms: string[];
  isTooShort: boolean;
  stories: {
    id: string;
    title: string;
    language: string;
    publishedAt: string | Date | null;
    authorName: string | null;
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
  const { formatDate } = useFormatters();
  return (
    <div className="space-y-3">
      <Form method="get" action={path} role="search" aria-label={label} className="flex flex-wrap items-end gap-2">
        {Object.entries(searchFields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="min-w-0 flex-1">
          <TextField label={label} name="q" type="search" defaultValue={query} autoComplete="off" />
        </div>
        <button type="submit" className="button-secondary">
          {t("collections.search.submit")}
        </button>
      </Form>
      {results?.isTooShort ? <p className="text-slate-700">{t("collections.search.tooShort")}</p> : null}
      {results && !results.isTooShort && results.terms.length > 0 ? (
        results.stories.length === 0 ? (
          <p className="text-slate-700">{t("collections.search.none")}</p>
        ) : (
          <ul className="space-y-2" aria-label={t("collections.search.results")}>
            {results.stories.map((story) => (
              <li
                key={story.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-300 bg-white p-3"
              >
                <div className="min-w-0">
                  <p className="font-semibold break-words" lang={story.language}>
                    {story.title}
                  </p>
                  <p className="text-sm text-slate-700">
                    {story.authorName ?? t("story.formerColleague")}
                    {story.teamName ? ` · ${story.teamName}` : ""}
                    {story.publishedAt ? ` · ${formatDate(story.publishedAt)}` : ""}
                  </p>
                </div>
                <ActionButton
                  action={path}
                  fields={{ ...chooseFields, storyId: story.id }}
                  label={chooseLabel}
                  about={story.title}
                  variant="primary"
                />
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
