import type { AtomEntry } from "~/utils/atom.server";
import { renderAtomFeed } from "~/utils/atom.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { getFixedT } from "~/utils/i18n.server";
import { isLanguage } from "~/utils/i18n";
import { getOrganisation } from "./organisation.server";
import { findPersonByFeedToken } from "./people.server";
import { visibleStoryWhere } from "./visibility.server";

const ENTRIES = 50;

/**
 * The Atom feed of highlights (optionally of one value) for the person a feed link belongs to;
 * null when the link is wrong or was revoked.
 */
export async function buildHighlightFeed({
  token,
  origin,
  valueSlug,
}: {
  token: string;
  origin: string;
  valueSlug?: string;
}) {
  const person = await findPersonByFeedToken(token);
  if (!person) return null;
  const value = valueSlug
    ? await db.value.findUnique({ where: { slug: valueSlug }, select: { id: true, name: true, slug: true } })
    : null;
  if (valueSlug && !value) return { notFound: true as const };

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
  const t = getFixedT(isLanguage(person.language) ? person.language : "en");
  const path = value ? `/values/${value.slug}/highlights.atom` : "/highlights.atom";
  const entries: AtomEntry[] = highlights.map((highlight) => ({
    id: `${origin}/stories/${highlight.story.id}#highlight-${highlight.id}`,
    title: highlight.story.title,
    url: `${origin}/stories/${highlight.story.id}`,
    updated: highlight.createdAt,
    author: highlight.story.author?.name ?? t("story.formerColleague"),
    summary: highlight.note,
    html: highlight.story.bodyHtml,
  }));
  const title = [organisation?.name ?? "Brandworthy", t("atom.highlights"), value?.name].filter(Boolean).join(" · ");
  return {
    xml: renderAtomFeed({
      id: `${origin}${path}`,
      title,
      // The link a reader shows never carries the secret token.
      selfUrl: `${origin}${path}`,
      pageUrl: `${origin}${value ? `/values/${value.slug}?tab=highlights` : "/?tab=highlights"}`,
      updated: highlights[0]?.createdAt ?? new Date(0),
      entries,
    }),
  };
}

/** The answer of both Atom routes: the feed, 401 for a missing or wrong token, 404 for an unknown value. */
export async function highlightFeedResponse(request: Request, valueSlug?: string) {
  const url = new URL(request.url);
  const feed = await buildHighlightFeed({
    token: url.searchParams.get("token") ?? "",
    origin: env.APP_ORIGIN ?? url.origin,
    valueSlug,
  });
  const text = (status: number, body: string) =>
    new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!feed) return text(401, "This feed link is not valid. Make a new one on your profile page.");
  if ("notFound" in feed) return text(404, "Not found");
  return new Response(feed.xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "private, max-age=300",
      "X-Robots-Tag": "noindex",
    },
  });
}
