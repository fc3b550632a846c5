// Hostile input against every form action: each field oversized (1 MB), missing, duplicated, sent
// as a file, out of its enum or number range, hiding control characters or made only of invisible
// ones, and ids that are unknown or belong to someone else. Each must be refused with a 4xx and a
// message the person can read, leave the database exactly as it was and give back what was typed.
// After the attacks, the same form filled in properly must be accepted: that proves the refusals
// came from the hostile field, not from a broken fixture.
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { errorKind } from "~/components/error-page";
import en from "~/locales/en.json";
import { assignCollection } from "~/models/collections.server";
import { addComment, removeComment } from "~/models/comments.server";
import { highlightStory } from "~/models/highlights.server";
import { createInvitation } from "~/models/invitations.server";
import { hideStory, reportContent } from "~/models/moderation.server";
import { createPasswordReset } from "~/models/password-resets.server";
import { createFeedToken } from "~/models/people.server";
import { hidePhoto, setAvatar } from "~/models/photos.server";
import { intentsOffered } from "~/utils/actions.server";
import { db } from "~/utils/db.server";
import { createTestStoryPhoto, createTestUpload, hostileUploads, testPhotoFile } from "../photo-factories";
import { createTestOrganisation, createTestCollection, itemOf, signedInPerson } from "../collection-factories";
import {
  call,
  createTestPerson,
  createTestStory,
  createTestTeam,
  createTestValue,
  formRequest,
  getRequest,
  signedInCookie,
  TEST_PASSWORD,
  testContext,
} from "../factories";

type Kind = "text" | "id" | "enum" | "number" | "date" | "list" | "secret" | "file";
type Field = { kind: Kind; optional?: boolean };
type Fields = Record<string, string | string[] | File | File[]>;
type Submission = {
  cookie?: string;
  path: string;
  params?: Record<string, string>;
  /** A submission the action accepts. */
  fields: Fields;
  /** Ids of records the person may not touch this way, per field. */
  forged?: Record<string, string[]>;
  /** The same form sent to someone else's record through the URL. */
  forgedParams?: Record<string, string>[];
};
type FormCase = {
  /** The route file, and the intent when the route has several forms. */
  route: string;
  intent?: string;
  fields: Record<string, Field>;
  setup: () => Promise<Submission>;
  /** What the proper submission does when it stores nothing: signing in starts a session (which the fingerprint leaves out), a search answers. */
  storesNothing?: "session" | "answer";
};

const MEGABYTE = "x".repeat(1_000_000);
const UNKNOWN_ID = "clxxxxxxxxxxxxxxxxxxxxxxxx";
const text = { kind: "text" } as const;
const optionalText = { kind: "text", optional: true } as const;
const id = { kind: "id" } as const;
const enumeration = { kind: "enum" } as const;
const secret = { kind: "secret" } as const;

// Sessions and rate-limit counters change on any request by design; everything else must not.
const VOLATILE_TABLES = new Set(["Session", "RateLimit", "_prisma_migrations"]);

/** A hash of every stored row, read through a connection of its own (the search index holds blobs Prisma cannot read raw). */
function fingerprint() {
  const connection = new Database(process.env.DATABASE_URL!.replace(/^file:/, ""), { readonly: true });
  try {
    const tables = connection
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .all() as { name: string }[];
    const hash = createHash("sha256");
    for (const { name } of tables) {
      if (VOLATILE_TABLES.has(name)) continue;
      // Sorted here: the search index's shadow tables have no rowid to order by.
      const rows = connection.prepare(`SELECT * FROM "${name}"`).all();
      const lines = rows
        .map((row) => JSON.stringify(row, (_key, value) => (typeof value === "bigint" ? value.toString() : value)))
        .sort();
      hash.update(name).update(lines.join("\n"));
    }
    return hash.digest("hex");
  } finally {
    connection.close();
  }
}

// A message is a key, or a key with the number it names ("errors.tooLong#140", a plural key).
function translates(message: string) {
  const [key, count] = message.split("#") as [string, string | undefined];
  const found = (count === undefined ? key : `${key}_other`)
    .split(".")
    .reduce<unknown>(
      (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
      en,
    );
  return typeof found === "string" && (count === undefined || /^\d+$/.test(count));
}

/** The attacks on one field: a name for the report and the fields as sent. */
type Sendable = string | File | (string | File)[] | undefined;

function attacks(
  name: string,
  field: Field,
  valid: Fields[string],
  uploads: [string, File | File[]][],
): [string, Sendable][] {
  if (field.kind === "file") {
    return [
      ...uploads,
      ["text instead of a file", "IMG_0001.jpg"],
      ...(field.optional ? [] : ([["missing", undefined]] as [string, Sendable][])),
    ];
  }
  const one = (Array.isArray(valid) ? valid[0]! : valid) as string;
  const common: [string, Sendable][] = [
    ["1 MB", field.kind === "list" ? [MEGABYTE] : MEGABYTE],
    ["a file instead of text", new File(["%PDF-1.4"], "invoice.pdf", { type: "application/pdf" })],
  ];
  if (!field.optional) common.push(["missing", undefined]);
  if (field.kind !== "list") common.push(["sent twice", [one, one]]);
  switch (field.kind) {
    case "text":
      return [
        ...common,
        ["a right-to-left override", `${one} \u202Egnp.exe`],
        ["a null byte", `${one}\u0000`],
        ...(field.optional
          ? []
          : ([["only zero-width characters", "\u200B\u200D\uFEFF \u2060"]] as [string, string][])),
      ];
    case "id":
      return [...common, ["an unknown id", UNKNOWN_ID], ["an id with a right-to-left override", `${one}\u202E`]];
    case "list":
      return [...common, ["an unknown id", [UNKNOWN_ID]]];
    case "enum":
      return [...common, ["an unknown choice", "nonsense"], ["a choice with zero-width space", `${one}\u200B`]];
    case "number":
      return [
        ...common,
        ["letters", "ten"],
        ["a negative number", "-1"],
        ["an overflowing number", "1e999"],
        ["full-width digits", "１２"],
        ["a fraction", "1.5"],
      ];
    case "date":
      return [...common, ["an impossible date", "2026-02-31"], ["another format", "31/12/2026"]];
    case "secret":
      return common;
  }
}

function asFormData(fields: Record<string, Sendable>) {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) for (const part of Array.isArray(value) ? value : [value]) body.append(key, part);
  }
  return body;
}

/** The fields with one of them replaced (or left out, for undefined). */
function withField(fields: Fields, name: string, value: Sendable) {
  return asFormData({ ...fields, [name]: value });
}

type RouteModule = {
  action: (args: { request: Request; params: Record<string, string>; context: typeof testContext }) => Promise<unknown>;
};

type Sent = { body: BodyInit; contentType?: string | null; cookie?: string; params?: Record<string, string> };

/** Posts to the route's action as a browser on the app's own origin would, with the body and type given. */
async function send(route: RouteModule, submission: Submission, sent: Sent) {
  const template = formRequest(submission.path, {}, { cookie: sent.cookie ?? submission.cookie });
  const headers = new Headers(template.headers);
  headers.delete("Content-Type");
  // A FormData body sets its own multipart type with the boundary; a raw body gets the type given, or none.
  if (sent.contentType) headers.set("Content-Type", sent.contentType);
  const request = new Request(template.url, { method: "POST", body: sent.body, headers });
  const result = await call(() =>
    route.action({ request, params: sent.params ?? submission.params ?? {}, context: testContext }),
  );
  return { ...result, request };
}

const submit = (route: RouteModule, submission: Submission, body: FormData, params?: Record<string, string>) =>
  send(route, submission, { body, params });

/** The fields as an urlencoded body, with one field's value replaced by raw bytes that are not UTF-8. */
function withBrokenBytes(fields: Fields, name: string) {
  return Object.entries(fields)
    .flatMap(([key, value]) =>
      (Array.isArray(value) ? value : [value])
        .filter((item): item is string => typeof item === "string")
        .map((item) => `${encodeURIComponent(key)}=${encodeURIComponent(item)}${key === name ? "%C3%28%FF" : ""}`),
    )
    .join("&");
}

// Cookies that other apps on the same host or a sibling subdomain set, which are not valid
// percent-encoding: sent next to the person's own, they must change nothing.
const STRAY_COOKIES = "x=100%; a%2; theme=%E0%A4%A";
const withStrayCookies = (cookie?: string) => [STRAY_COOKIES, cookie].filter(Boolean).join("; ");

/** Bodies that are not the form they claim to be: none of them may reach a handler as data. */
const MALFORMED_BODIES: [string, Omit<Sent, "cookie" | "params">][] = [
  ["no Content-Type", { body: "title=x", contentType: null }],
  ["JSON", { body: JSON.stringify({ title: "x" }), contentType: "application/json" }],
  ["plain text", { body: "title=x", contentType: "text/plain" }],
  [
    "multipart without a boundary",
    {
      body: '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nx\r\n--b--\r\n',
      contentType: "multipart/form-data",
    },
  ],
  [
    "multipart with the wrong boundary",
    {
      body: '--other\r\nContent-Disposition: form-data; name="a"\r\n\r\nx\r\n--other--\r\n',
      contentType: "multipart/form-data; boundary=b",
    },
  ],
  [
    "a multipart part without a name",
    {
      body: "--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--\r\n",
      contentType: "multipart/form-data; boundary=b",
    },
  ],
  [
    "a multipart part without Content-Disposition",
    { body: "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--\r\n", contentType: "multipart/form-data; boundary=b" },
  ],
  [
    "multipart cut off in the middle",
    {
      body: '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nx',
      contentType: "multipart/form-data; boundary=b",
    },
  ],
];

// ---- Fixtures -------------------------------------------------------------------------------

let uniqueName = 0;
const next = (prefix: string) => `${prefix}${++uniqueName}`;

async function storyPair() {
  const team = await createTestTeam();
  const author = await signedInPerson("employee", { teamId: team.id });
  const other = await signedInPerson("employee", { teamId: (await createTestTeam()).id });
  const own = await createTestStory(author);
  const theirs = await createTestStory(other);
  return { author, other, own, theirs };
}

async function managerWithCollection() {
  const manager = await signedInPerson("manager");
  const { own, theirs, other } = await storyPair();
  const collection = await createTestCollection({ storyIds: [own.id, theirs.id] });
  const elsewhere = await createTestCollection({ storyIds: [own.id] });
  return { manager, collection, elsewhere, own, theirs, other };
}

async function composer(value: { id: string }, intent = "publish") {
  return {
    intent,
    title: "Found the right cushion in the back",
    body: "She had tried three shops 🛋️ — we found it together.",
    situation: "",
    whatWasDone: "",
    result: "",
    language: "en",
    values: [value.id],
    dimensions: ["latitude"],
    people: [],
    customerQuote: "",
    whatHelped: "",
    gotInTheWay: "",
  };
}
const composerFields: Record<string, Field> = {
  intent: enumeration,
  title: text,
  body: text,
  language: enumeration,
  values: { kind: "list" },
  dimensions: { kind: "list", optional: true },
  people: { kind: "list", optional: true },
  customerQuote: optionalText,
  whatHelped: optionalText,
  gotInTheWay: optionalText,
};
// A draft and a preview need only a title: the body and the values may be missing.
const draftFields: Record<string, Field> = {
  ...composerFields,
  body: optionalText,
  values: { kind: "list", optional: true },
};

/**
 * The composer's four intents, on the new-story page and on an edit of one's own story, with a
 * photo named by its upload (and forged ones: someone else's upload, a photo of another story);
 * then the files posted with the form (without JavaScript) and a photo ticked to be taken off.
 */
function composerCases(route: "stories.new" | "stories.$id_.edit"): FormCase[] {
  // (A published story's photos need descriptions even in a draft save: `isDraft` edits a draft.)
  const where = async ({ isDraft = false } = {}) => {
    if (route === "stories.new") {
      const person = await signedInPerson();
      return { person, submission: { cookie: person.cookie, path: "/stories/new" } };
    }
    const pair = await storyPair();
    const { author, theirs } = pair;
    const own = isDraft ? await createTestStory(author, { status: "draft" }) : pair.own;
    return {
      person: author,
      submission: {
        cookie: author.cookie,
        path: `/stories/${own.id}/edit`,
        params: { id: own.id },
        forgedParams: [{ id: theirs.id }, { id: UNKNOWN_ID }],
      },
    };
  };
  const withPhoto = async (intent: string) => {
    const { person, submission } = await where();
    const upload = await createTestUpload(person);
    const theirs = await createTestUpload(await createTestPerson());
    const onAnotherStory = await createTestStoryPhoto(await createTestStory(person));
    return {
      ...submission,
      fields: {
        ...(await composer(await createTestValue(), intent)),
        photoIds: [upload.id],
        photoDescriptions: "The cushion, found at last",
      },
      forged: { photoIds: [theirs.id, onAnotherStory.id] },
    };
  };
  const photoFields = (intent: string): Record<string, Field> => ({
    photoIds: { kind: "list", optional: true },
    // Publishing needs a description of each photo; a draft and a preview do not.
    photoDescriptions: intent === "publish" ? text : optionalText,
  });
  return [
    ...(["publish", "draft", "preview"] as const).map((intent) => ({
      route,
      intent,
      fields: { ...(intent === "publish" ? composerFields : draftFields), ...photoFields(intent) },
      ...(intent === "preview" ? { storesNothing: "answer" as const } : {}),
      setup: () => withPhoto(intent),
    })),
    {
      route,
      intent: "draft",
      fields: { photos: { kind: "file", optional: true } },
      async setup(): Promise<Submission> {
        const { submission } = await where({ isDraft: true });
        return {
          ...submission,
          fields: { ...(await composer(await createTestValue(), "draft")), photos: await testPhotoFile() },
        };
      },
    },
    {
      route,
      intent: "draft",
      fields: { photoRemove: { kind: "list", optional: true } },
      async setup(): Promise<Submission> {
        const { person, submission } = await where();
        const upload = await createTestUpload(person);
        return {
          ...submission,
          fields: {
            ...(await composer(await createTestValue(), "draft")),
            photoIds: [upload.id],
            photoDescriptions: [""],
            photoRemove: [upload.id],
          },
        };
      },
    },
    {
      route,
      intent: "findPeople",
      storesNothing: "answer",
      fields: { intent: enumeration, peopleQuery: optionalText },
      async setup(): Promise<Submission> {
        return {
          ...(await where()).submission,
          fields: { intent: "findPeople", peopleQuery: "Ayşe", title: "Half-typed" },
        };
      },
    },
  ];
}

const account = () => ({
  name: "Ayşe Yıldız",
  username: next("ayse"),
  email: `${next("ayse")}@example.com`,
  password: "a long new password",
});
const accountFields: Record<string, Field> = { name: text, username: text, email: optionalText, password: secret };
// Joining may leave the username empty: one is made from the name.
const joinAccountFields: Record<string, Field> = { ...accountFields, username: optionalText };

// ---- Every form of the app --------------------------------------------------------------------

const cases: FormCase[] = [
  ...composerCases("stories.new"),
  ...composerCases("stories.$id_.edit"),
  {
    route: "stories.$id",
    intent: "comment",
    fields: { intent: enumeration, body: text },
    async setup(): Promise<Submission> {
      const { author, theirs } = await storyPair();
      return {
        cookie: author.cookie,
        path: `/stories/${theirs.id}`,
        params: { id: theirs.id },
        fields: { intent: "comment", body: "Lovely — thank you 👏" },
      };
    },
  },
  {
    route: "stories.$id",
    intent: "react",
    fields: { intent: enumeration, kind: enumeration, want: enumeration, returnTo: optionalText },
    async setup(): Promise<Submission> {
      const { author, theirs } = await storyPair();
      return {
        cookie: author.cookie,
        path: `/stories/${theirs.id}`,
        params: { id: theirs.id },
        fields: { intent: "react", kind: "applause", want: "yes", returnTo: "/?tab=new" },
      };
    },
  },
  {
    route: "stories.$id",
    intent: "editComment",
    fields: { intent: enumeration, commentId: id, body: text },
    async setup(): Promise<Submission> {
      const { author, other, theirs } = await storyPair();
      const mine = await addComment(theirs.id, author, "First thought");
      const notMine = await addComment(theirs.id, other, "Their thought");
      return {
        cookie: author.cookie,
        path: `/stories/${theirs.id}`,
        params: { id: theirs.id },
        fields: { intent: "editComment", commentId: mine.id, body: "Second thought" },
        forged: { commentId: [notMine.id] },
      };
    },
  },
  {
    route: "stories.$id",
    intent: "deleteComment",
    fields: { intent: enumeration, commentId: id },
    async setup(): Promise<Submission> {
      const { author, other, theirs, own } = await storyPair();
      const mine = await addComment(theirs.id, author, "Mine");
      const notMine = await addComment(theirs.id, other, "Theirs");
      const mineElsewhere = await addComment(own.id, author, "Mine, on another story");
      return {
        cookie: author.cookie,
        path: `/stories/${theirs.id}`,
        params: { id: theirs.id },
        fields: { intent: "deleteComment", commentId: mine.id },
        forged: { commentId: [notMine.id, mineElsewhere.id] },
      };
    },
  },
  {
    route: "stories.$id",
    intent: "highlight",
    fields: { intent: enumeration, note: text },
    async setup(): Promise<Submission> {
      const manager = await signedInPerson("manager");
      const { theirs } = await storyPair();
      return {
        cookie: manager.cookie,
        path: `/stories/${theirs.id}`,
        params: { id: theirs.id },
        fields: { intent: "highlight", note: "Exactly what we mean by care." },
      };
    },
  },
  {
    route: "stories.$id_.report",
    fields: { reason: text, commentId: { kind: "id", optional: true } },
    async setup(): Promise<Submission> {
      const { author, other, theirs, own } = await storyPair();
      const comment = await addComment(theirs.id, other, "Rude words");
      const elsewhere = await addComment(own.id, other, "On another story");
      return {
        cookie: author.cookie,
        path: `/stories/${theirs.id}/report`,
        params: { id: theirs.id },
        fields: { reason: "This is unkind", commentId: comment.id },
        forged: { commentId: [elsewhere.id] },
      };
    },
  },
  {
    route: "stories.$id_.report",
    fields: { reason: text, photoId: { kind: "id", optional: true } },
    async setup(): Promise<Submission> {
      const manager = await signedInPerson("manager");
      const { author, theirs, own } = await storyPair();
      const photo = await createTestStoryPhoto(theirs);
      const elsewhere = await createTestStoryPhoto(own);
      const hidden = await createTestStoryPhoto(await createTestStory(author));
      await hidePhoto(hidden.id, manager, "A customer's face");
      return {
        cookie: author.cookie,
        path: `/stories/${theirs.id}/report`,
        params: { id: theirs.id },
        fields: { reason: "A customer can be recognised", photoId: photo.id },
        forged: { photoId: [elsewhere.id, hidden.id] },
      };
    },
  },
  {
    route: "stories.mine",
    intent: "restore",
    fields: { intent: enumeration, storyId: id },
    async setup(): Promise<Submission> {
      const { author, own, theirs } = await storyPair();
      await db.story.updateMany({ where: { id: { in: [own.id, theirs.id] } }, data: { deletedAt: new Date() } });
      return {
        cookie: author.cookie,
        path: "/stories/mine",
        fields: { intent: "restore", storyId: own.id },
        forged: { storyId: [theirs.id] },
      };
    },
  },
  {
    route: "collections.new",
    fields: { title: text, intro: optionalText, audience: enumeration, teams: { kind: "list", optional: true } },
    async setup(): Promise<Submission> {
      const manager = await signedInPerson("manager");
      const team = await createTestTeam();
      return {
        cookie: manager.cookie,
        path: "/collections/new",
        fields: { title: "Your first week", intro: "Start *here*.", audience: "teams", teams: [team.id] },
      };
    },
  },
  {
    route: "collections.$slug_.edit",
    intent: "details",
    fields: { intent: enumeration, title: text, intro: optionalText, audience: enumeration },
    async setup(): Promise<Submission> {
      const { manager, collection } = await managerWithCollection();
      return {
        cookie: manager.cookie,
        path: `/collections/${collection.slug}/edit`,
        params: { slug: collection.slug },
        fields: { intent: "details", title: "Renamed", intro: "New intro", audience: "everyone" },
      };
    },
  },
  {
    route: "collections.$slug_.edit",
    intent: "findPeople",
    storesNothing: "answer",
    fields: { intent: enumeration, peopleQuery: optionalText },
    async setup(): Promise<Submission> {
      const { manager, collection } = await managerWithCollection();
      return {
        cookie: manager.cookie,
        path: `/collections/${collection.slug}/edit`,
        params: { slug: collection.slug },
        fields: { intent: "findPeople", peopleQuery: "Ayşe" },
        forgedParams: [{ slug: "no-such-collection" }],
      };
    },
  },
  ...(["remove", "move", "item"] as const).map((intent) => ({
    route: "collections.$slug_.edit",
    intent,
    fields: {
      intent: enumeration,
      itemId: id,
      ...(intent === "move" ? { direction: enumeration } : {}),
      ...(intent === "item" ? { note: optionalText, reviewAt: { kind: "date" } as Field } : {}),
    },
    async setup(): Promise<Submission> {
      const { manager, collection, elsewhere, theirs, own } = await managerWithCollection();
      const item = await itemOf(collection.id, theirs.id);
      const foreign = await itemOf(elsewhere.id, own.id);
      const extra: Fields =
        intent === "move"
          ? { direction: "up" }
          : intent === "item"
            ? { note: "Read this one second", reviewAt: "2027-03-01" }
            : {};
      return {
        cookie: manager.cookie,
        path: `/collections/${collection.slug}/edit`,
        params: { slug: collection.slug },
        fields: { intent, itemId: item.id, ...extra },
        forged: { itemId: [foreign.id] },
      };
    },
  })),
  {
    route: "collections.$slug_.edit",
    intent: "add",
    fields: { intent: enumeration, storyId: id, q: optionalText },
    async setup(): Promise<Submission> {
      const { manager, collection, other } = await managerWithCollection();
      const fresh = await createTestStory(other);
      const draft = await createTestStory(other, { status: "draft" });
      return {
        cookie: manager.cookie,
        path: `/collections/${collection.slug}/edit`,
        params: { slug: collection.slug },
        fields: { intent: "add", storyId: fresh.id, q: "sofa" },
        forged: { storyId: [draft.id] },
      };
    },
  },
  {
    route: "collections.$slug_.edit",
    intent: "assign",
    fields: {
      intent: enumeration,
      userIds: { kind: "list", optional: true },
      joinedWithinDays: { kind: "number", optional: true },
      teamId: { kind: "id", optional: true },
    },
    async setup(): Promise<Submission> {
      const { manager, collection } = await managerWithCollection();
      const newHire = await signedInPerson("employee", { joinedDaysAgo: 3 });
      const team = await createTestTeam();
      await createTestPerson({ teamId: team.id });
      return {
        cookie: manager.cookie,
        path: `/collections/${collection.slug}/edit`,
        params: { slug: collection.slug },
        fields: { intent: "assign", userIds: [newHire.id], joinedWithinDays: "7", teamId: team.id },
      };
    },
  },
  {
    route: "collections.$slug_.edit",
    intent: "delete",
    fields: { intent: enumeration, confirm: enumeration },
    async setup(): Promise<Submission> {
      const { manager, collection } = await managerWithCollection();
      return {
        cookie: manager.cookie,
        path: `/collections/${collection.slug}/edit`,
        params: { slug: collection.slug },
        fields: { intent: "delete", confirm: "yes" },
      };
    },
  },
  {
    route: "collections.$slug_.read",
    fields: { storyId: id },
    async setup(): Promise<Submission> {
      const { collection, own, other } = await managerWithCollection();
      const reader = await signedInPerson();
      const outside = await createTestStory(other);
      return {
        cookie: reader.cookie,
        path: `/collections/${collection.slug}/read`,
        params: { slug: collection.slug },
        fields: { storyId: own.id },
        forged: { storyId: [outside.id] },
      };
    },
  },
  {
    route: "stories.$id_.collections",
    fields: { collectionId: id, note: optionalText },
    async setup(): Promise<Submission> {
      const { manager, elsewhere, theirs, other } = await managerWithCollection();
      const draft = await createTestStory(other, { status: "draft" });
      return {
        cookie: manager.cookie,
        path: `/stories/${theirs.id}/collections`,
        params: { id: theirs.id },
        fields: { collectionId: elsewhere.id, note: "Good for week one" },
        forgedParams: [{ id: draft.id }],
      };
    },
  },
  ...(["keep", "replace"] as const).map((intent) => ({
    route: "collections.review",
    intent,
    fields: { intent: enumeration, itemId: id, ...(intent === "replace" ? { storyId: id } : {}) },
    async setup(): Promise<Submission> {
      const { manager, collection, theirs, other } = await managerWithCollection();
      const item = await itemOf(collection.id, theirs.id);
      const replacement = await createTestStory(other);
      const draft = await createTestStory(other, { status: "draft" });
      return {
        cookie: manager.cookie,
        path: "/collections/review",
        fields: { intent, itemId: item.id, ...(intent === "replace" ? { storyId: replacement.id } : {}) },
        forged: intent === "replace" ? { storyId: [draft.id] } : {},
      };
    },
  })),
  {
    route: "moderation",
    intent: "hideComment",
    fields: { intent: enumeration, storyId: id, commentId: id, reason: text },
    async setup(): Promise<Submission> {
      const manager = await signedInPerson("manager");
      const { other, theirs, own } = await storyPair();
      const comment = await addComment(theirs.id, other, "Rude words");
      const elsewhere = await addComment(own.id, other, "On another story");
      return {
        cookie: manager.cookie,
        path: "/moderation",
        fields: { intent: "hideComment", storyId: theirs.id, commentId: comment.id, reason: "Insults a colleague" },
        forged: { commentId: [elsewhere.id] },
      };
    },
  },
  {
    route: "moderation",
    intent: "hideStory",
    fields: { intent: enumeration, storyId: id, reason: text },
    async setup(): Promise<Submission> {
      const manager = await signedInPerson("manager");
      const { theirs } = await storyPair();
      return {
        cookie: manager.cookie,
        path: "/moderation",
        fields: { intent: "hideStory", storyId: theirs.id, reason: "Names a customer" },
      };
    },
  },
  {
    route: "profile",
    intent: "profile",
    fields: { intent: enumeration, name: text, language: enumeration },
    async setup(): Promise<Submission> {
      const person = await signedInPerson();
      return {
        cookie: person.cookie,
        path: "/profile",
        fields: { intent: "profile", name: "Renée Dubois", language: "nl" },
      };
    },
  },
  {
    route: "profile",
    intent: "password",
    fields: { intent: enumeration, currentPassword: secret, newPassword: secret, confirmPassword: secret },
    async setup(): Promise<Submission> {
      const person = await signedInPerson();
      return {
        cookie: person.cookie,
        path: "/profile",
        fields: {
          intent: "password",
          currentPassword: TEST_PASSWORD,
          newPassword: "another long password",
          confirmPassword: "another long password",
        },
      };
    },
  },
  {
    route: "profile_.delete",
    fields: { stories: enumeration, password: secret },
    async setup(): Promise<Submission> {
      const person = await signedInPerson();
      return { cookie: person.cookie, path: "/profile/delete", fields: { stories: "keep", password: TEST_PASSWORD } };
    },
  },
  {
    route: "language",
    fields: { language: enumeration, redirectTo: optionalText },
    async setup(): Promise<Submission> {
      const person = await signedInPerson();
      return { cookie: person.cookie, path: "/language", fields: { language: "de", redirectTo: "/profile" } };
    },
  },
  {
    route: "login",
    storesNothing: "session",
    fields: { login: text, password: secret, redirectTo: optionalText },
    async setup(): Promise<Submission> {
      const person = await signedInPerson();
      return { path: "/login", fields: { login: person.username, password: TEST_PASSWORD, redirectTo: "/values" } };
    },
  },
  {
    route: "join.$token",
    fields: { ...joinAccountFields },
    async setup(): Promise<Submission> {
      const admin = await signedInPerson("admin");
      const { token } = await createInvitation({ role: "employee", teamId: null, createdById: admin.id });
      return { path: `/join/${token}`, params: { token }, fields: account() };
    },
  },
  {
    route: "join._index",
    fields: { ...joinAccountFields, code: text },
    async setup(): Promise<Submission> {
      const team = await createTestTeam();
      return { path: "/join", fields: { ...account(), code: team.joinCode } };
    },
  },
  {
    route: "reset.$token",
    fields: { password: secret, passwordConfirm: secret },
    async setup(): Promise<Submission> {
      const admin = await signedInPerson("admin");
      const person = await signedInPerson();
      const token = (await createPasswordReset(admin, person.id))!;
      return {
        path: `/reset/${token}`,
        params: { token },
        fields: { password: "a brand new password", passwordConfirm: "a brand new password" },
      };
    },
  },
  {
    route: "admin.invitations",
    intent: "create",
    fields: {
      intent: enumeration,
      role: enumeration,
      teamId: { kind: "id", optional: true },
      expiresInDays: { kind: "number" },
      note: optionalText,
    },
    async setup(): Promise<Submission> {
      const admin = await signedInPerson("admin");
      const team = await createTestTeam();
      return {
        cookie: admin.cookie,
        path: "/admin/invitations",
        fields: {
          intent: "create",
          role: "manager",
          teamId: team.id,
          expiresInDays: "14",
          note: "For Ines, starting Monday",
        },
      };
    },
  },
  {
    route: "admin.invitations",
    intent: "revoke",
    fields: { intent: enumeration, invitationId: id },
    async setup(): Promise<Submission> {
      const admin = await signedInPerson("admin");
      const invitation = await createInvitation({ role: "employee", teamId: null, createdById: admin.id });
      return {
        cookie: admin.cookie,
        path: "/admin/invitations",
        fields: { intent: "revoke", invitationId: invitation.id },
      };
    },
  },
  {
    route: "admin.organisation",
    fields: { name: text, brandPromise: optionalText, defaultLanguage: enumeration, newHireDays: { kind: "number" } },
    async setup(): Promise<Submission> {
      const admin = await signedInPerson("admin");
      await createTestOrganisation();
      return {
        cookie: admin.cookie,
        path: "/admin/organisation",
        fields: { name: "Kompass Living", brandPromise: "Make it yours", defaultLanguage: "de", newHireDays: "60" },
      };
    },
  },
  ...(["role", "team"] as const).map((intent) => ({
    route: "admin.people",
    intent,
    fields: {
      intent: enumeration,
      personId: id,
      ...(intent === "role" ? { role: enumeration } : { teamId: { kind: "id", optional: true } as Field }),
    },
    async setup(): Promise<Submission> {
      const admin = await signedInPerson("admin");
      const person = await signedInPerson();
      const team = await createTestTeam();
      return {
        cookie: admin.cookie,
        path: "/admin/people",
        fields: { intent, personId: person.id, ...(intent === "role" ? { role: "manager" } : { teamId: team.id }) },
      };
    },
  })),
  ...(["create", "rename"] as const).map((intent) => ({
    route: "admin.teams",
    intent,
    fields: { intent: enumeration, name: text, ...(intent === "rename" ? { teamId: id } : {}) },
    async setup(): Promise<Submission> {
      const admin = await signedInPerson("admin");
      const team = await createTestTeam();
      return {
        cookie: admin.cookie,
        path: "/admin/teams",
        fields: { intent, name: next("Kassen "), ...(intent === "rename" ? { teamId: team.id } : {}) },
      };
    },
  })),
  ...(["create", "update"] as const).map((intent) => ({
    route: "admin.values",
    intent,
    fields: {
      intent: enumeration,
      name: text,
      explanation: text,
      colour: text,
      kind: enumeration,
      ...(intent === "update" ? { valueId: id } : {}),
    },
    async setup(): Promise<Submission> {
      const admin = await signedInPerson("admin");
      const value = await createTestValue();
      return {
        cookie: admin.cookie,
        path: "/admin/values",
        fields: {
          intent,
          name: next("Ehrlich "),
          explanation: "We say what we know.",
          colour: "#1D4ED8",
          kind: "core",
          ...(intent === "update" ? { valueId: value.id } : {}),
        },
      };
    },
  })),
  {
    route: "admin.values",
    intent: "move",
    fields: { intent: enumeration, valueId: id, direction: enumeration },
    async setup(): Promise<Submission> {
      const admin = await signedInPerson("admin");
      await createTestValue();
      const value = await createTestValue();
      return {
        cookie: admin.cookie,
        path: "/admin/values",
        fields: { intent: "move", valueId: value.id, direction: "up" },
      };
    },
  },
  {
    route: "stories.$id",
    intent: "removeComment",
    fields: { intent: enumeration, commentId: id },
    async setup(): Promise<Submission> {
      const manager = await signedInPerson("manager");
      const { other, theirs, own } = await storyPair();
      const comment = await addComment(theirs.id, other, "Rude words");
      const elsewhere = await addComment(own.id, other, "On another story");
      return {
        cookie: manager.cookie,
        path: `/stories/${theirs.id}`,
        params: { id: theirs.id },
        fields: { intent: "removeComment", commentId: comment.id },
        forged: { commentId: [elsewhere.id] },
      };
    },
  },
  {
    route: "stories.$id",
    intent: "deleteStory",
    fields: { intent: enumeration },
    async setup(): Promise<Submission> {
      const { author, own, theirs } = await storyPair();
      return {
        cookie: author.cookie,
        path: `/stories/${own.id}`,
        params: { id: own.id },
        fields: { intent: "deleteStory" },
        forgedParams: [{ id: theirs.id }, { id: UNKNOWN_ID }],
      };
    },
  },
  {
    route: "stories.$id",
    intent: "removeMyName",
    fields: { intent: enumeration },
    async setup(): Promise<Submission> {
      const { author, other } = await storyPair();
      const naming = await createTestStory(other, { people: [author.id] });
      return {
        cookie: author.cookie,
        path: `/stories/${naming.id}`,
        params: { id: naming.id },
        fields: { intent: "removeMyName" },
        forgedParams: [{ id: UNKNOWN_ID }],
      };
    },
  },
  {
    route: "stories.$id",
    intent: "thank",
    fields: { intent: enumeration },
    async setup(): Promise<Submission> {
      const { author, other } = await storyPair();
      const naming = await createTestStory(other, { people: [author.id] });
      const notNaming = await createTestStory(other);
      return {
        cookie: author.cookie,
        path: `/stories/${naming.id}`,
        params: { id: naming.id },
        fields: { intent: "thank" },
        forgedParams: [{ id: notNaming.id }, { id: UNKNOWN_ID }],
      };
    },
  },
  {
    route: "stories.$id",
    intent: "unhighlight",
    fields: { intent: enumeration },
    async setup(): Promise<Submission> {
      const manager = await signedInPerson("manager");
      const { theirs } = await storyPair();
      await highlightStory(theirs.id, manager, "A fine example");
      return {
        cookie: manager.cookie,
        path: `/stories/${theirs.id}`,
        params: { id: theirs.id },
        fields: { intent: "unhighlight" },
        forgedParams: [{ id: UNKNOWN_ID }],
      };
    },
  },
  ...(["deactivate", "reactivate", "reset"] as const).map((intent) => ({
    route: "admin.people",
    intent,
    fields: { intent: enumeration, personId: id },
    async setup(): Promise<Submission> {
      const admin = await signedInPerson("admin");
      const person = await signedInPerson();
      if (intent === "reactivate")
        await db.user.update({ where: { id: person.id }, data: { deactivatedAt: new Date() } });
      return { cookie: admin.cookie, path: "/admin/people", fields: { intent, personId: person.id } };
    },
  })),
  {
    route: "admin.teams",
    intent: "newCode",
    fields: { intent: enumeration, teamId: id },
    async setup(): Promise<Submission> {
      const admin = await signedInPerson("admin");
      const team = await createTestTeam();
      return { cookie: admin.cookie, path: "/admin/teams", fields: { intent: "newCode", teamId: team.id } };
    },
  },
  ...(["archive", "unarchive"] as const).map((intent) => ({
    route: "admin.values",
    intent,
    fields: { intent: enumeration, valueId: id },
    async setup(): Promise<Submission> {
      const admin = await signedInPerson("admin");
      const value = await createTestValue({ archived: intent === "unarchive" });
      return { cookie: admin.cookie, path: "/admin/values", fields: { intent, valueId: value.id } };
    },
  })),
  {
    route: "collections.$slug_.edit",
    intent: "unassign",
    fields: { intent: enumeration, userId: id },
    async setup(): Promise<Submission> {
      const { manager, collection } = await managerWithCollection();
      const reader = await signedInPerson();
      await assignCollection(collection.id, [reader.id], manager);
      return {
        cookie: manager.cookie,
        path: `/collections/${collection.slug}/edit`,
        params: { slug: collection.slug },
        fields: { intent: "unassign", userId: reader.id },
      };
    },
  },
  {
    route: "collections.$slug_.edit",
    intent: "reorder",
    fields: { intent: enumeration, order: { kind: "list" } },
    async setup(): Promise<Submission> {
      const { manager, collection, elsewhere, own, theirs } = await managerWithCollection();
      const foreign = await itemOf(elsewhere.id, own.id);
      const [first, second] = [await itemOf(collection.id, own.id), await itemOf(collection.id, theirs.id)];
      return {
        cookie: manager.cookie,
        path: `/collections/${collection.slug}/edit`,
        params: { slug: collection.slug },
        fields: { intent: "reorder", order: [second.id, first.id] },
        forged: { order: [foreign.id] },
      };
    },
  },
  {
    route: "collections.review",
    intent: "remove",
    fields: { intent: enumeration, itemId: id },
    async setup(): Promise<Submission> {
      const { manager, collection, theirs } = await managerWithCollection();
      const item = await itemOf(collection.id, theirs.id);
      return { cookie: manager.cookie, path: "/collections/review", fields: { intent: "remove", itemId: item.id } };
    },
  },
  {
    route: "moderation",
    intent: "dismiss",
    fields: { intent: enumeration, storyId: id, commentId: { kind: "id", optional: true } },
    async setup(): Promise<Submission> {
      const manager = await signedInPerson("manager");
      const { author, other, theirs, own } = await storyPair();
      const comment = await addComment(theirs.id, other, "Rude words");
      const elsewhere = await addComment(own.id, other, "On another story");
      await reportContent({ reporter: author, storyId: theirs.id, commentId: comment.id, reason: "Unkind words" });
      return {
        cookie: manager.cookie,
        path: "/moderation",
        fields: { intent: "dismiss", storyId: theirs.id, commentId: comment.id },
        forged: { commentId: [elsewhere.id] },
      };
    },
  },
  {
    route: "moderation",
    intent: "dismiss",
    fields: { intent: enumeration, storyId: id, photoId: id },
    async setup(): Promise<Submission> {
      const manager = await signedInPerson("manager");
      const { author, theirs, own } = await storyPair();
      const photo = await createTestStoryPhoto(theirs);
      const elsewhere = await createTestStoryPhoto(own);
      await reportContent({ reporter: author, storyId: theirs.id, photoId: photo.id, reason: "A customer's face" });
      await reportContent({ reporter: author, storyId: own.id, photoId: elsewhere.id, reason: "A customer's face" });
      return {
        cookie: manager.cookie,
        path: "/moderation",
        fields: { intent: "dismiss", storyId: theirs.id, photoId: photo.id },
        forged: { photoId: [elsewhere.id] },
      };
    },
  },
  {
    route: "moderation",
    intent: "hidePhoto",
    fields: { intent: enumeration, photoId: id, reason: text },
    async setup(): Promise<Submission> {
      const manager = await signedInPerson("manager");
      const { author, theirs } = await storyPair();
      const photo = await createTestStoryPhoto(theirs);
      const upload = await createTestUpload(author);
      const avatar = await createTestUpload(author);
      await db.photo.update({ where: { id: avatar.id }, data: { purpose: "avatar" } });
      return {
        cookie: manager.cookie,
        path: "/moderation",
        fields: { intent: "hidePhoto", photoId: photo.id, reason: "A customer's face" },
        // An upload not yet posted and a face are no story's photos to hide.
        forged: { photoId: [upload.id, avatar.id] },
      };
    },
  },
  {
    route: "moderation",
    intent: "unhidePhoto",
    fields: { intent: enumeration, photoId: id },
    async setup(): Promise<Submission> {
      const manager = await signedInPerson("manager");
      const { theirs, own } = await storyPair();
      const hidden = await createTestStoryPhoto(theirs);
      const shown = await createTestStoryPhoto(own);
      await hidePhoto(hidden.id, manager, "A customer's face");
      return {
        cookie: manager.cookie,
        path: "/moderation",
        fields: { intent: "unhidePhoto", photoId: hidden.id },
        forged: { photoId: [shown.id] },
      };
    },
  },
  {
    route: "moderation",
    intent: "unhideStory",
    fields: { intent: enumeration, storyId: id },
    async setup(): Promise<Submission> {
      const manager = await signedInPerson("manager");
      const { theirs, own } = await storyPair();
      await hideStory(theirs.id, manager, "Names a customer");
      return {
        cookie: manager.cookie,
        path: "/moderation",
        fields: { intent: "unhideStory", storyId: theirs.id },
        forged: { storyId: [own.id] },
      };
    },
  },
  {
    route: "moderation",
    intent: "restoreComment",
    fields: { intent: enumeration, commentId: id },
    async setup(): Promise<Submission> {
      const manager = await signedInPerson("manager");
      const { other, theirs } = await storyPair();
      const removed = await addComment(theirs.id, other, "Rude words");
      const live = await addComment(theirs.id, other, "Kind words");
      await removeComment(removed.id, theirs.id, manager, "Insults a colleague");
      return {
        cookie: manager.cookie,
        path: "/moderation",
        fields: { intent: "restoreComment", commentId: removed.id },
        forged: { commentId: [live.id] },
      };
    },
  },
  ...(["feedLink", "revokeFeedLink"] as const).map((intent) => ({
    route: "profile",
    intent,
    fields: { intent: enumeration },
    async setup(): Promise<Submission> {
      const person = await signedInPerson();
      if (intent === "revokeFeedLink") await createFeedToken(person.id);
      return { cookie: person.cookie, path: "/profile", fields: { intent } };
    },
  })),
  {
    route: "profile",
    intent: "avatar",
    fields: { intent: enumeration, avatar: { kind: "file" } },
    async setup(): Promise<Submission> {
      const person = await signedInPerson();
      return { cookie: person.cookie, path: "/profile", fields: { intent: "avatar", avatar: await testPhotoFile() } };
    },
  },
  {
    route: "profile",
    intent: "removeAvatar",
    fields: { intent: enumeration },
    async setup(): Promise<Submission> {
      const person = await signedInPerson();
      await setAvatar(person, await testPhotoFile());
      return { cookie: person.cookie, path: "/profile", fields: { intent: "removeAvatar" } };
    },
  },
  {
    route: "admin.people",
    intent: "removePhoto",
    fields: { intent: enumeration, personId: id },
    async setup(): Promise<Submission> {
      const admin = await signedInPerson("admin");
      const person = await signedInPerson();
      await setAvatar(person, await testPhotoFile());
      return { cookie: admin.cookie, path: "/admin/people", fields: { intent: "removePhoto", personId: person.id } };
    },
  },
  {
    route: "photos._index",
    fields: { photo: { kind: "file" } },
    async setup(): Promise<Submission> {
      const person = await signedInPerson();
      return { cookie: person.cookie, path: "/photos", fields: { photo: await testPhotoFile() } };
    },
  },
  {
    route: "setup",
    fields: { ...accountFields, organisationName: text, brandPromise: optionalText },
    async setup(): Promise<Submission> {
      // Setup only answers while nobody has an account: this case runs last and empties the database.
      await db.user.deleteMany();
      await db.organisation.deleteMany();
      return {
        path: "/setup",
        fields: { ...account(), organisationName: "Kompass Living", brandPromise: "Make it yours" },
      };
    },
  },
];

// Forms without input of their own (sign out, one-click buttons) take nothing an attacker could shape
// beyond an id, and ids are attacked above on the forms that carry them.
const formsWithoutFields = new Set(["logout"]);

// What the actions' dispatchers offered, collected while the cases run and checked after them.
const offeredByRoute = new Map<string, string[]>();

describe("hostile input", () => {
  it("covers every route with an action", async () => {
    const withAction: string[] = [];
    for (const file of readdirSync(join(process.cwd(), "app/routes"))) {
      const name = file.replace(/\.tsx?$/, "");
      if ((await import(`~/routes/${name}.tsx`).catch(() => import(`~/routes/${name}.ts`))).action)
        withAction.push(name);
    }
    const covered = new Set([...cases.map((form) => form.route), ...formsWithoutFields]);
    expect(withAction.filter((route) => !covered.has(route))).toEqual([]);
  });

  it.each(cases.map((form) => [`${form.route}${form.intent ? ` (${form.intent})` : ""}`, form] as const))(
    "%s refuses hostile input and then takes a proper one",
    async (_name, form) => {
      const route = (await import(`~/routes/${form.route}.tsx`)) as RouteModule;
      const submission = await form.setup();
      const uploads = Object.values(form.fields).some((field) => field.kind === "file") ? await hostileUploads() : [];
      const before = fingerprint();
      const tried: string[] = [];

      const expectRefused = async (
        label: string,
        body: FormData | Omit<Sent, "params">,
        params?: Record<string, string>,
      ) => {
        tried.push(label);
        const result = await (body instanceof FormData
          ? submit(route, submission, body, params)
          : send(route, submission, body));
        // Which intents the action told apart, read from the table it dispatched with.
        const offered = intentsOffered(result.request);
        if (offered) offeredByRoute.set(form.route, offered);
        expect(result.status, `${label}: status`).toBeGreaterThanOrEqual(400);
        expect(result.status, `${label}: status`).toBeLessThan(500);
        expect(fingerprint(), `${label}: the database changed`).toBe(before);
        if (typeof result.body === "string") {
          // Thrown: the person sees the error page, whose text must fit a refusal, not a crash.
          expect(errorKind(result.status), `${label}: the error page says why`).not.toBe("serverError");
        } else if (result.status === 400) {
          const messages = [...Object.values(result.body?.fieldErrors ?? {}).flat(), result.body?.formError].filter(
            Boolean,
          ) as string[];
          expect(messages.length, `${label}: a message for the person`).toBeGreaterThan(0);
          for (const message of messages)
            expect(translates(message), `${label}: "${message}" is a translated message`).toBe(true);
        }
        return result;
      };

      for (const [name, field] of Object.entries(form.fields)) {
        const valid = submission.fields[name];
        if (valid === undefined) throw new Error(`${form.route}: the valid submission has no ${name}`);
        for (const [attack, value] of attacks(name, field, valid, uploads)) {
          const label = `${name} ${attack}`;
          const result = await expectRefused(label, withField(submission.fields, name, value));
          // What the person typed into the other fields comes back with the message.
          const echoed: Record<string, unknown> | undefined =
            result.body?.fields ?? (Array.isArray(result.body?.values) ? undefined : result.body?.values);
          // (An attacked intent is left out: which form the values belong to is exactly what is unknown.)
          if (result.status === 400 && echoed && name !== "intent") {
            for (const [other, typed] of Object.entries(submission.fields)) {
              if (other !== name && typeof typed === "string" && form.fields[other]?.kind === "text")
                expect(echoed[other], `${label}: ${other} kept`).toBe(typed);
            }
            if (field.kind === "text" && typeof value === "string")
              expect(echoed[name], `${label}: the field itself kept`).toBe(value);
          }
        }
        for (const forged of submission.forged?.[name] ?? []) {
          await expectRefused(`${name} forged`, withField(submission.fields, name, forged));
        }
      }
      for (const params of submission.forgedParams ?? []) {
        await expectRefused(`sent to ${JSON.stringify(params)}`, asFormData(submission.fields), params);
      }
      if (form.intent) {
        await expectRefused("an unknown intent", withField(submission.fields, "intent", "dropTables"));
      }
      for (const [name, field] of Object.entries(form.fields)) {
        if (field.kind !== "text") continue;
        const label = `${name} with bytes that are not UTF-8`;
        const result = await expectRefused(label, {
          body: withBrokenBytes(submission.fields, name),
          contentType: "application/x-www-form-urlencoded",
        });
        expect(result.body?.fieldErrors?.[name], `${label}: said next to the field`).toContain("errors.notUtf8");
        for (const [other, typed] of Object.entries(submission.fields)) {
          if (other !== name && typeof typed === "string" && form.fields[other]?.kind === "text")
            expect(result.body?.values?.[other], `${label}: ${other} kept`).toBe(typed);
        }
      }
      for (const [label, body] of MALFORMED_BODIES) await expectRefused(`a body with ${label}`, body);
      expect(tried.length).toBeGreaterThan(3);

      // Stray cookies of other apps next to the person's own: still them, still accepted.
      const accepted = await send(route, submission, {
        body: asFormData(submission.fields),
        cookie: withStrayCookies(submission.cookie),
      });
      expect(
        accepted.status,
        `the proper submission: ${JSON.stringify([accepted.body?.fieldErrors, accepted.body?.formError])}`,
      ).toBeLessThan(400);
      if (form.storesNothing === "session") expect(accepted.headers.get("Set-Cookie")).toMatch(/session/);
      else if (form.storesNothing === "answer") expect(fingerprint()).toBe(before);
      else expect(fingerprint(), "the proper submission changed something").not.toBe(before);
    },
  );

  it("reads every action's form through the one dispatcher, and covers every intent it offers", () => {
    // (A request refused before its form is read, by a forged id in the URL, reaches no dispatcher.)
    expect([...new Set(cases.map((form) => form.route))].filter((route) => !offeredByRoute.has(route))).toEqual([]);
    const missing: string[] = [];
    for (const [route, offered] of offeredByRoute) {
      for (const intent of offered) {
        if (!cases.some((form) => form.route === route && form.intent === intent)) missing.push(`${route} ${intent}`);
      }
      // A route with a single form has no intents: its one case names none.
      if (offered.length === 0)
        expect(
          cases.filter((form) => form.route === route && form.intent),
          route,
        ).toEqual([]);
    }
    expect(missing).toEqual([]);
  });
});

// Every query parameter a page reads, with values no link of the app would carry. A page may
// ignore them, refuse them (4xx) or fall back to its default; it may never fail (5xx). 16 kB is
// about the longest URL Node's HTTP server accepts at all.
const QUERY_PARAMETERS = [
  "tab",
  "q",
  "cursor",
  "value",
  "dim",
  "team",
  "xvalue",
  "xdim",
  "xteam",
  "period",
  "chart",
  "page",
  "before",
  "code",
  "collection",
  "comment",
  "redirectTo",
  "replace",
  "story",
  "token",
];
const HOSTILE_QUERY_VALUES = [
  "x".repeat(16_000),
  "\u202Eevil",
  "\u0000",
  "-1",
  "1e999",
  "NaN",
  "../../etc/passwd",
  "%",
  "日本語 😀",
  '"); DROP TABLE "Story"; --',
  "*",
  "NEAR(a b)",
];

/** Every route with a loader, the root's included, with params that name real records. */
async function pageLoaders() {
  const team = await createTestTeam();
  const manager = await createTestPerson({ role: "admin", teamId: team.id });
  const story = await createTestStory(manager);
  const collection = await createTestCollection({ storyIds: [story.id] });
  const value = await createTestValue();
  const cookie = await signedInCookie(manager.id);
  const params = { id: story.id, slug: collection.slug, key: "latitude", token: "not-a-token" };
  const loaders: { name: string; loader: LoaderModule["loader"]; params: Record<string, string> }[] = [
    { name: "root", loader: ((await import("~/root")) as LoaderModule).loader, params: {} },
  ];
  for (const file of readdirSync(join(process.cwd(), "app/routes"))) {
    const name = file.replace(/\.tsx?$/, "");
    const route = (await import(`~/routes/${name}.tsx`).catch(
      () => import(`~/routes/${name}.ts`),
    )) as Partial<LoaderModule>;
    if (!route.loader) continue;
    loaders.push({
      name,
      loader: route.loader,
      params: {
        ...params,
        ...(name.startsWith("values") ? { slug: value.slug } : {}),
        ...(name.startsWith("admin.teams_") ? { slug: team.slug } : {}),
        ...(name.startsWith("people_") ? { username: manager.username } : {}),
      },
    });
  }
  return { cookie, loaders };
}

type LoaderModule = {
  loader: (args: { request: Request; params: Record<string, string>; context: typeof testContext }) => Promise<unknown>;
};

const load = (route: { loader: LoaderModule["loader"]; params: Record<string, string> }, request: Request) =>
  call(() => route.loader({ request, params: route.params, context: testContext })).catch((error: unknown) => ({
    status: 500,
    body: String(error),
    headers: new Headers(),
  }));

describe("hostile requests to every page", () => {
  it("query strings never make a page fail", async () => {
    const { cookie, loaders } = await pageLoaders();
    const failures: string[] = [];
    for (const route of loaders) {
      const { name } = route;
      for (const hostile of HOSTILE_QUERY_VALUES) {
        const query = new URLSearchParams(
          QUERY_PARAMETERS.flatMap((parameter) => [
            [parameter, hostile],
            [parameter, hostile],
          ]),
        );
        const result = await load(route, getRequest(`/${name}?${query}`, { cookie }));
        if (result.status >= 500)
          failures.push(
            `${name} with ${JSON.stringify(hostile.slice(0, 20))}: ${result.status} ${String(result.body).slice(0, 200)}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });
  it("stray cookies of other apps next to the session change nothing: same answer, still signed in", async () => {
    const { cookie, loaders } = await pageLoaders();
    const differences: string[] = [];
    for (const route of loaders) {
      const plain = await load(route, getRequest(`/${route.name}`, { cookie }));
      const stray = await load(route, getRequest(`/${route.name}`, { cookie: withStrayCookies(cookie) }));
      if (stray.status !== plain.status || stray.status >= 500)
        differences.push(`${route.name}: ${plain.status} without, ${stray.status} with stray cookies`);
    }
    expect(differences).toEqual([]);
    const root = loaders.find((route) => route.name === "root")!;
    const signedIn = await load(root, getRequest("/", { cookie: withStrayCookies(cookie) }));
    expect(signedIn.body.user).toBeTruthy();
    const anonymous = await load(root, getRequest("/", { cookie: STRAY_COOKIES }));
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.user).toBeNull();
  });
});
