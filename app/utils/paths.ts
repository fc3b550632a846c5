// The app's own URLs, written once: links, redirects, feeds and notifications build them here, so
// a moved page is moved in one place and no link is spelt by hand. Query values are encoded.
import type { DimensionKey } from "./dimensions";

const withQuery = (path: string, query: Record<string, string | undefined> = {}) => {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]));
  return params.size ? `${path}?${params}` : path;
};
const segment = encodeURIComponent;

/** The element id of a story's card in a list, which a redirect's fragment brings back into view. */
export const storyCardId = (storyId: string) => `story-${storyId}`;

export const paths = {
  home: (query?: Record<string, string | undefined>) => withQuery("/", query),
  help: () => "/help",
  login: (redirectTo?: string) => withQuery("/login", { redirectTo }),
  logout: () => "/logout",
  setup: () => "/setup",
  language: () => "/language",
  join: (code?: string) => withQuery("/join", { code }),
  invitation: (token: string) => `/join/${segment(token)}`,
  passwordReset: (token: string) => `/reset/${segment(token)}`,
  welcome: () => "/welcome",
  people: () => "/people",
  person: (username: string) => `/people/${segment(username)}`,
  notifications: () => "/notifications",

  photoUploads: () => "/photos",
  photo: (id: string, file: string) => `/photos/${segment(id)}/${segment(file)}`,
  newStory: () => "/stories/new",
  myStories: () => "/stories/mine",
  story: (id: string, { collection, hash }: { collection?: string; hash?: string } = {}) =>
    withQuery(`/stories/${segment(id)}`, { collection }) + (hash ? `#${hash}` : ""),
  /** A list of stories (the feed, a value page) at one story's card, as `storyCardId` marks it. */
  storyInList: (listPath: string, id: string) => `${listPath.split("#")[0]}#${storyCardId(id)}`,
  editStory: (id: string) => `/stories/${segment(id)}/edit`,
  reportStory: (id: string, commentId?: string) => withQuery(`/stories/${segment(id)}/report`, { comment: commentId }),
  reportPhoto: (storyId: string, photoId: string) =>
    withQuery(`/stories/${segment(storyId)}/report`, { photo: photoId }),

  values: () => "/values",
  value: (slug: string, query?: Record<string, string | undefined>) => withQuery(`/values/${segment(slug)}`, query),
  valueHighlightsFeed: (slug: string, token?: string) =>
    withQuery(`/values/${segment(slug)}/highlights.atom`, { token }),
  dimension: (key: DimensionKey) => `/dimensions/${key}`,
  highlightsFeed: (token?: string) => withQuery("/highlights.atom", { token }),

  collections: () => "/collections",
  newCollection: () => "/collections/new",
  collection: (slug: string) => `/collections/${segment(slug)}`,
  editCollection: (slug: string, query?: Record<string, string | undefined>) =>
    withQuery(`/collections/${segment(slug)}/edit`, query),
  readCollection: (slug: string) => `/collections/${segment(slug)}/read`,
  addToCollection: (storyId: string) => `/stories/${segment(storyId)}/collections`,
  collectionReview: (replace?: string) => withQuery("/collections/review", { replace }),
  newHireProgress: () => "/collections/progress",

  insights: (query?: Record<string, string | undefined>) => withQuery("/insights", query),
  insightsCsv: (query?: Record<string, string | undefined>) => withQuery("/insights.csv", query),
  moderation: () => "/moderation",
  manage: () => "/manage",

  profile: () => "/profile",
  deleteAccount: () => "/profile/delete",
  ownDataExport: () => "/profile/export",

  admin: () => "/admin",
  designSystem: () => "/admin/design",
  adminAudit: (before?: string) => withQuery("/admin/audit", { before }),
  adminInvitations: () => "/admin/invitations",
  adminOrganisation: () => "/admin/organisation",
  adminPeople: (query?: Record<string, string | undefined>) => withQuery("/admin/people", query),
  adminTeams: (query?: Record<string, string | undefined>) => withQuery("/admin/teams", query),
  teamPoster: (slug: string) => `/admin/teams/${segment(slug)}/poster`,
  adminValues: () => "/admin/values",
} as const;
