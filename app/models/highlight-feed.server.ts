import type { AtomEntry } from "~/utils/atom.server";
import { renderAtomFeed } from "~/utils/atom.server";
import { db } from "~/utils/db.server";
import { found } from "~/utils/domain-error.server";
import { getFixedT } from "~/utils/i18n.server";
import { isLanguage } from "~/utils/i18n";
import { paths } from "~/utils/paths";
import { publicUrl } from "~/utils/public-url.server";
import { getOrganisation } from "./organisation.server";
import { findPersonByFeedToken } from "./people.server";
import { visibleStoryWhere } from "./visibility.server";

const ENTRIES = 50;

/**
 * The Atom feed of highlights (of one value, when a slug is given) in the reader's language, with
 * absolute links made by `link`. An unknown value is not found.
 */
export async function buildHighlightFeed({
  reader,
  link,
  valueSlug,
}: {
  reader: { language: string | null };
  link: (path: string) => string;
  valueSlug?: string;
}) {
  const value = valueSlug
    ? found(await db.value.findUnique({ where: { slug: valueSlug }, select: { id: true, name: true, slug: true } }))
    : null;
  const [organisation, highlights] = await Promise.all([
    getOrganisation(),
    db.highlight.findMany({
      where: { story: { ...visibleStoryWhere, ...(value ? { values: { some: { valueId: value.id } } } : {}) } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: ENTRIES,
      select: {
        id: true,
        note: true,
        createdAt: true,
        story: { select: { id: true, title: true, bodyHtml: true, author: { select: { name: true } } } },
      },
    }),
  ]);
  const t = getFixedT(isLanguage(reader.language) ? reader.language : "en");
  // The feed's own address never carries the secret token: readers show it.
  const self = link(value ? paths.valueHighlightsFeed(value.slug) : paths.highlightsFeed());
  const entries: AtomEntry[] = highlights.map((highlight) => ({
    id: link(paths.story(highlight.story.id, { hash: `highlight-${highlight.id}` })),
    title: highlight.story.title,
    url: link(paths.story(highlight.story.id)),
    updated: highlight.createdAt,
    author: highlight.story.author?.name ?? t("story.formerColleague"),
    summary: highlight.note,
    html: highlight.story.bodyHtml,
  }));
  const title = [organisation?.name ?? "Brandworthy", t("atom.highlights"), value?.name].filter(Boolean).join(" · ");
  return renderAtomFeed({
    id: self,
    title,
    selfUrl: self,
    pageUrl: link(value ? paths.value(value.slug, { tab: "highlights" }) : paths.home({ tab: "highlights" })),
    updated: highlights[0]?.createdAt ?? new Date(0),
    entries,
  });
}

/**
 * The answer of both Atom routes: the feed for the person the link's token belongs to, 401 for a
 * missing, wrong or revoked token, 404 for an unknown value.
 */
export async function highlightFeedResponse(request: Request, valueSlug?: string) {
  const reader = await findPersonByFeedToken(new URL(request.url).searchParams.get("token") ?? "");
  if (!reader) {
    return new Response("This feed link is not valid. Make a new one on your profile page.", {
      status: 401,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const xml = await buildHighlightFeed({ reader, link: (path) => publicUrl(request, path), valueSlug });
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "private, max-age=300",
      "X-Robots-Tag": "noindex",
    },
  });
}
