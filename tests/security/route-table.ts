// Every route of the app and what its loader (GET) and action (an empty POST) answer each kind of
// visitor: [anonymous, employee, manager, admin]. The authorisation matrix checks these statuses;
// the e2e overflow test visits every page a role gets a 200 for. Shared, so a new route is listed once.
export type Statuses = [anonymous: number, employee: number, manager: number, admin: number];
// An employee of another team gets what the employee gets, except where the team matters: then the
// entry says so in `otherTeam`.
export type Expectation = {
  loader: Statuses | null;
  action: Statuses | null;
  otherTeam?: { loader?: number; action?: number };
};

// The story in the dynamic routes is the employee's own: its edit page is theirs alone (404 for
// anyone else). The collection is for the employee's team only. Unknown invitation and reset tokens, an Atom feed without a token, "add to a
// collection" without a story and a CSV without a chart are refused for everyone.
export const matrix: Record<string, Expectation> = {
  $: { loader: [404, 404, 404, 404], action: null },
  _index: { loader: [302, 200, 200, 200], action: null },
  "admin._index": { loader: [302, 403, 403, 200], action: null },
  "admin.audit": { loader: [302, 403, 403, 200], action: null },
  "admin.design": { loader: [302, 403, 403, 200], action: null },
  "admin.invitations": { loader: [302, 403, 403, 200], action: [302, 403, 403, 400] },
  "admin.organisation": { loader: [302, 403, 403, 200], action: [302, 403, 403, 400] },
  "admin.people": { loader: [302, 403, 403, 200], action: [302, 403, 403, 400] },
  "admin.teams": { loader: [302, 403, 403, 200], action: [302, 403, 403, 400] },
  "admin.teams_.$slug.poster": { loader: [302, 403, 403, 200], action: null },
  "admin.values": { loader: [302, 403, 403, 200], action: [302, 403, 403, 400] },
  "collections.$slug": { loader: [302, 200, 200, 200], action: null, otherTeam: { loader: 404 } },
  "collections.$slug_.edit": { loader: [302, 403, 200, 200], action: [302, 403, 400, 400] },
  "collections.$slug_.read": { loader: [302, 302, 302, 302], action: [302, 400, 400, 400] },
  "collections._index": { loader: [302, 200, 200, 200], action: null },
  "collections.new": { loader: [302, 403, 200, 200], action: [302, 403, 400, 400] },
  "collections.progress": { loader: [302, 403, 200, 200], action: null },
  "collections.review": { loader: [302, 403, 200, 200], action: [302, 403, 400, 400] },
  "dimensions.$key": { loader: [302, 200, 200, 200], action: null },
  help: { loader: [302, 200, 200, 200], action: null },
  "highlights[.]atom": { loader: [401, 401, 401, 401], action: null },
  insights: { loader: [302, 403, 200, 200], action: null },
  "insights[.]csv": { loader: [302, 403, 404, 404], action: null },
  "join.$token": { loader: [404, 404, 404, 404], action: [400, 400, 400, 400] },
  "join._index": { loader: [200, 200, 200, 200], action: [400, 400, 400, 400] },
  language: { loader: [302, 302, 302, 302], action: [400, 400, 400, 400] },
  login: { loader: [200, 302, 302, 302], action: [400, 400, 400, 400] },
  logout: { loader: [302, 302, 302, 302], action: [302, 302, 302, 302] },
  manage: { loader: [302, 403, 200, 200], action: null },
  moderation: { loader: [302, 403, 200, 200], action: [302, 403, 400, 400] },
  notifications: { loader: [302, 200, 200, 200], action: null },
  people: { loader: [302, 200, 200, 200], action: null },
  // The employee's page: for everyone signed in, whatever their team.
  "people_.$username": { loader: [302, 200, 200, 200], action: null },
  profile: { loader: [302, 200, 200, 200], action: [302, 400, 400, 400] },
  "profile_.delete": { loader: [302, 200, 200, 200], action: [302, 400, 400, 400] },
  "profile_.export": { loader: [302, 200, 200, 200], action: null },
  "reset.$token": { loader: [410, 410, 410, 410], action: [400, 400, 400, 400] },
  setup: { loader: [302, 302, 302, 302], action: [302, 302, 302, 302] },
  // A photo of the employee's story (which is also in the team-only collection: the story, and so
  // its photo, is for the whole organisation); more cases in "photos follow what they belong to".
  "photos.$id.$file": { loader: [302, 200, 200, 200], action: null },
  "photos._index": { loader: null, action: [302, 400, 400, 400] },
  "stories.$id": { loader: [302, 200, 200, 200], action: [302, 400, 400, 400] },
  "stories.$id_.collections": { loader: [302, 403, 200, 200], action: [302, 403, 400, 400] },
  "stories.$id_.edit": {
    loader: [302, 200, 404, 404],
    action: [302, 400, 404, 404],
    otherTeam: { loader: 404, action: 404 },
  },
  "stories.$id_.report": { loader: [302, 200, 200, 200], action: [302, 400, 400, 400] },
  "stories.mine": { loader: [302, 200, 200, 200], action: [302, 400, 400, 400] },
  "stories.new": { loader: [302, 200, 200, 200], action: [302, 400, 400, 400] },
  "values.$slug.highlights[.]atom": { loader: [401, 401, 401, 401], action: null },
  "values.$slug": { loader: [302, 200, 200, 200], action: null },
  "values._index": { loader: [302, 200, 200, 200], action: null },
  welcome: { loader: [302, 200, 200, 200], action: null },
};

/** Route files that render no page of their own, and why. */
export const notPages: Record<string, string> = {
  "collections.$slug_.read": "an action only (“I've read this”); its GET redirects to the collection",
  "highlights[.]atom": "an Atom feed (XML) for feed readers",
  "values.$slug.highlights[.]atom": "an Atom feed (XML) for feed readers",
  "insights[.]csv": "a CSV download",
  "profile_.export": "a zip download (the data as JSON, and the photos)",
  language: "the language switcher's POST; its GET redirects back",
  logout: "signs out and redirects",
  people: "the names the composer's type-ahead asks for, as data",
  "photos.$id.$file": "a photo's file (WebP or JPEG)",
  "photos._index": "the composer's upload of one photo, answered as data",
};
