/**
 * The demo organisation: Kompass Living, a home-furnishing retailer with stores in Germany and
 * the Netherlands. Run on an empty database (`npm run db:seed`); on a seeded one it only prints
 * the sign-ins.
 */
import type { PrismaClient } from "../app/generated/prisma/client";
import type { Role, ValueKind } from "../app/generated/prisma/enums";
import { createPrismaClient } from "../app/utils/db.server";
import { rankAllStories } from "../app/models/ranking.server";
import { rebuildSearchIndex } from "../app/models/search.server";
import { renderMarkdown } from "../app/utils/markdown.server";
import { processImage } from "../app/utils/images.server";
import { hashPassword } from "../app/utils/password.server";
import type { FileStorage } from "../app/utils/storage.server";
import { createStorage } from "../app/utils/storage.server";
import type { SceneKind } from "./scenes";
import { drawFace, drawScene, saveFace, saveScenePhoto } from "./scenes";
import type { SeedStory } from "./seed-stories";
import { seedStories } from "./seed-stories";

export const DEMO_PASSWORD = "brandworthy-demo";
const DAY = 24 * 60 * 60 * 1000;

const organisation = {
  name: "Kompass Living",
  brandPromise: "Whatever home you are making, we help you make it yours, and we stay with you until it feels right.",
  defaultLanguage: "en",
  // Head office in the Netherlands: English readers see "1 Dec 2026", not "Dec 1, 2026".
  region: "NL",
  newHireDays: 90,
};

const values: { slug: string; name: string; kind: ValueKind; colour: string; explanation: string }[] = [
  {
    slug: "surprisingly-personal",
    name: "Surprisingly personal",
    kind: "brand",
    colour: "#c2410c",
    explanation:
      "We notice the person, not just the order: we remember what they told us, suggest what suits their life and do the small unexpected thing a chain store never would.",
  },
  {
    slug: "expert-without-the-jargon",
    name: "Expert without the jargon",
    kind: "brand",
    colour: "#1d4ed8",
    explanation:
      "We know our products inside out and explain them in plain words, so customers decide with confidence instead of nodding along.",
  },
  {
    slug: "easy-from-start-to-finish",
    name: "Easy from start to finish",
    kind: "brand",
    colour: "#047857",
    explanation:
      "From the first question to the last screw on delivery day, we take effort away from the customer, including the parts that are not our department.",
  },
  {
    slug: "honest-and-clear",
    name: "Honest and clear",
    kind: "core",
    colour: "#7c3aed",
    explanation:
      "We say what we know and what we do not, to customers and to each other; bad news early beats good news that turns out wrong.",
  },
  {
    slug: "one-team",
    name: "One team",
    kind: "core",
    colour: "#be185d",
    explanation:
      "Store, contact centre, delivery and head office win or lose together: we hand over warmly, help outside our job title and never say it is someone else's problem.",
  },
  {
    slug: "own-it",
    name: "Own it",
    kind: "core",
    colour: "#b45309",
    explanation:
      "When something is ours to fix we fix it, and when we can improve how we work we say so and try it, without waiting for permission for the small things.",
  },
];

const teams = [
  { key: "store", name: "Store Utrecht Centrum", slug: "store-utrecht", joinCode: "UTRECHT7" },
  { key: "contact", name: "Customer Contact Centre", slug: "contact-centre", joinCode: "CONTACT4" },
  { key: "delivery", name: "Delivery & Assembly", slug: "delivery", joinCode: "DELIVER9" },
  { key: "office", name: "Head Office", slug: "head-office", joinCode: "HEADOFF3" },
] as const;
type TeamKey = (typeof teams)[number]["key"];

type Person = {
  username: string;
  name: string;
  role: Role;
  team: TeamKey;
  language: string;
  joinedDaysAgo: number;
  email?: string;
};

// About thirty people in every role; three joined in the last weeks (the new hires).
export const people: Person[] = [
  {
    username: "lena.hoffmann",
    name: "Lena Hoffmann",
    role: "admin",
    team: "office",
    language: "de",
    joinedDaysAgo: 900,
    email: "lena.hoffmann@kompass.example",
  },
  {
    username: "pieter.bakker",
    name: "Pieter Bakker",
    role: "admin",
    team: "office",
    language: "nl",
    joinedDaysAgo: 700,
  },
  {
    username: "joris.vandijk",
    name: "Joris van Dijk",
    role: "manager",
    team: "store",
    language: "nl",
    joinedDaysAgo: 1200,
  },
  {
    username: "sabine.keller",
    name: "Sabine Keller",
    role: "manager",
    team: "contact",
    language: "de",
    joinedDaysAgo: 800,
  },
  {
    username: "marcus.bennett",
    name: "Marcus Bennett",
    role: "manager",
    team: "delivery",
    language: "en",
    joinedDaysAgo: 650,
  },
  {
    username: "femke.visser",
    name: "Femke Visser",
    role: "manager",
    team: "office",
    language: "nl",
    joinedDaysAgo: 500,
  },
  { username: "mia.schulz", name: "Mia Schulz", role: "employee", team: "store", language: "de", joinedDaysAgo: 400 },
  { username: "daan.mulder", name: "Daan Mulder", role: "employee", team: "store", language: "nl", joinedDaysAgo: 380 },
  {
    username: "sophie.dekker",
    name: "Sophie Dekker",
    role: "employee",
    team: "store",
    language: "nl",
    joinedDaysAgo: 300,
  },
  { username: "noah.wright", name: "Noah Wright", role: "employee", team: "store", language: "en", joinedDaysAgo: 260 },
  { username: "emma.jansen", name: "Emma Jansen", role: "employee", team: "store", language: "nl", joinedDaysAgo: 500 },
  {
    username: "lukas.wagner",
    name: "Lukas Wagner",
    role: "employee",
    team: "store",
    language: "de",
    joinedDaysAgo: 210,
  },
  { username: "tom.deboer", name: "Tom de Boer", role: "employee", team: "store", language: "nl", joinedDaysAgo: 12 },
  {
    username: "jana.fischer",
    name: "Jana Fischer",
    role: "employee",
    team: "contact",
    language: "de",
    joinedDaysAgo: 600,
  },
  {
    username: "aylin.yilmaz",
    name: "Aylin Yılmaz",
    role: "employee",
    team: "contact",
    language: "de",
    joinedDaysAgo: 450,
  },
  { username: "ruben.smit", name: "Ruben Smit", role: "employee", team: "contact", language: "nl", joinedDaysAgo: 330 },
  {
    username: "grace.okafor",
    name: "Grace Okafor",
    role: "employee",
    team: "contact",
    language: "en",
    joinedDaysAgo: 290,
  },
  {
    username: "felix.braun",
    name: "Felix Braun",
    role: "employee",
    team: "contact",
    language: "de",
    joinedDaysAgo: 240,
  },
  { username: "lotte.vos", name: "Lotte Vos", role: "employee", team: "contact", language: "nl", joinedDaysAgo: 180 },
  {
    username: "hannah.richter",
    name: "Hannah Richter",
    role: "employee",
    team: "contact",
    language: "de",
    joinedDaysAgo: 20,
  },
  {
    username: "bram.peters",
    name: "Bram Peters",
    role: "employee",
    team: "delivery",
    language: "nl",
    joinedDaysAgo: 700,
  },
  {
    username: "kemal.demir",
    name: "Kemal Demir",
    role: "employee",
    team: "delivery",
    language: "de",
    joinedDaysAgo: 520,
  },
  {
    username: "oliver.hughes",
    name: "Oliver Hughes",
    role: "employee",
    team: "delivery",
    language: "en",
    joinedDaysAgo: 410,
  },
  { username: "sven.koch", name: "Sven Koch", role: "employee", team: "delivery", language: "de", joinedDaysAgo: 350 },
  {
    username: "milan.hendriks",
    name: "Milan Hendriks",
    role: "employee",
    team: "delivery",
    language: "nl",
    joinedDaysAgo: 150,
  },
  { username: "zoe.clarke", name: "Zoë Clarke", role: "employee", team: "delivery", language: "en", joinedDaysAgo: 30 },
  {
    username: "anke.meijer",
    name: "Anke Meijer",
    role: "employee",
    team: "office",
    language: "nl",
    joinedDaysAgo: 800,
  },
  {
    username: "jonas.becker",
    name: "Jonas Becker",
    role: "employee",
    team: "office",
    language: "de",
    joinedDaysAgo: 460,
  },
  { username: "priya.shah", name: "Priya Shah", role: "employee", team: "office", language: "en", joinedDaysAgo: 370 },
  { username: "thijs.kok", name: "Thijs de Kok", role: "employee", team: "office", language: "nl", joinedDaysAgo: 230 },
];

export const demoSignIns = [
  { role: "admin", username: "lena.hoffmann" },
  { role: "manager", username: "joris.vandijk" },
  { role: "employee", username: "mia.schulz" },
  { role: "new hire", username: "tom.deboer" },
];

/** Seeds an empty database; photos and faces go to `files` (the app's storage unless given). */
export async function seed(db: PrismaClient, now = new Date(), files: FileStorage = createStorage()) {
  if (await db.user.findFirst({ select: { id: true } })) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.organisation.create({ data: organisation });
  await db.value.createMany({ data: values.map((value, position) => ({ ...value, position })) });

  const teamIds = new Map<TeamKey, string>();
  for (const team of teams) {
    const created = await db.team.create({ data: { name: team.name, slug: team.slug, joinCode: team.joinCode } });
    teamIds.set(team.key, created.id);
  }

  await db.user.createMany({
    data: people.map((person) => ({
      username: person.username,
      name: person.name,
      email: person.email ?? null,
      role: person.role,
      language: person.language,
      teamId: teamIds.get(person.team)!,
      passwordHash,
      joinedAt: new Date(now.getTime() - person.joinedDaysAgo * DAY),
    })),
  });
  await seedStoriesInto(db, now);
  await seedPhotos(db, files);
  await seedCuration(db, now);
  await rankAllStories(db, now);
  await rebuildSearchIndex(db);
  return true;
}

const highlights: { title: string; manager: string; note: string }[] = [
  {
    title: "Saying “I don't know yet” and calling back the same day",
    manager: "sabine.keller",
    note: "Honest beats fast: a promise we keep is worth more than an answer we guess.",
  },
  {
    title: "A three-seater, a steep canal-house staircase and forty minutes of patience",
    manager: "marcus.bennett",
    note: "Patience and planning on the stairs: exactly how we want every tricky delivery to go.",
  },
  {
    title: "Ehrliche Wartezeit statt „gleich sind Sie dran“",
    manager: "sabine.keller",
    note: "Eine ehrliche Zahl statt eines vagen Versprechens – so fühlt sich Warten fair an.",
  },
  {
    title: "Liever nu slecht nieuws dan straks een lege woonkamer",
    manager: "femke.visser",
    note: "Slecht nieuws vroeg brengen is lastig, en precies daarom zo waardevol.",
  },
  {
    title: "Measuring an alcove from three photos",
    manager: "joris.vandijk",
    note: "Surprisingly personal and expert at once: the customer never had to come in.",
  },
  {
    title: "Erstattungen bis 200 € gibt der Kundenservice jetzt selbst frei",
    manager: "sabine.keller",
    note: "Mehr Handlungsspielraum am Telefon – und die Kundschaft merkt es sofort.",
  },
  {
    title: "We said no to a delivery, and it was the right call",
    manager: "marcus.bennett",
    note: "Saying no to protect the customer's home is owning it, not avoiding work.",
  },
  {
    title: "Een wandkast op rolstoelhoogte",
    manager: "femke.visser",
    note: "Luisteren naar wat iemand echt nodig heeft, en het dan gewoon regelen.",
  },
];

const collections = [
  {
    slug: "first-week-easy",
    title: "Your first weeks: easy from start to finish",
    intro:
      "Five moments that show what **Easy from start to finish** looks like in every team. Read one a day; each takes two minutes.",
    audience: "newHires" as const,
    curator: "joris.vandijk",
    items: [
      { title: "Measuring an alcove from three photos", note: "Notice how few trips the customer had to make." },
      { title: "One call instead of five", note: "" },
      {
        title: "Ein Anruf am Vortag spart einen zweiten Termin",
        note: "A small habit from delivery that saves everyone a day.",
      },
      { title: "The wrong bolt pack and a quick trip to the store", note: "" },
      {
        title: "Delivery updates by phone for someone who doesn't do e-mail",
        note: "Easy means easy for them, not for us.",
      },
    ],
  },
  {
    slug: "honest-when-awkward",
    title: "Honest, even when it is awkward",
    intro:
      "We say what we know and what we do not. These stories show how that sounds on the phone, at the counter and at someone's front door.",
    audience: "newHires" as const,
    curator: "sabine.keller",
    items: [
      { title: "Saying “I don't know yet” and calling back the same day", note: "" },
      { title: "Liever nu slecht nieuws dan straks een lege woonkamer", note: "Bad news early, with a plan." },
      { title: "I scratched a customer's floor and said so straight away", note: "" },
      { title: "Ehrliche Wartezeit statt „gleich sind Sie dran“", note: "" },
    ],
  },
];

/** Highlights, two onboarding collections, and a new hire part-way through the first. */
async function seedCuration(db: PrismaClient, now: Date) {
  const stories = new Map(
    (await db.story.findMany({ where: { status: "published" }, select: { id: true, title: true } })).map((story) => [
      story.title,
      story.id,
    ]),
  );
  const userIds = new Map(
    (await db.user.findMany({ select: { id: true, username: true } })).map((user) => [user.username, user.id]),
  );
  const storyId = (title: string) => {
    const id = stories.get(title);
    if (!id) throw new Error(`The seed refers to a story that is not published: ${title}`);
    return id;
  };
  for (const [index, highlight] of highlights.entries()) {
    await db.highlight.create({
      data: {
        storyId: storyId(highlight.title),
        managerId: userIds.get(highlight.manager)!,
        note: highlight.note,
        createdAt: new Date(now.getTime() - (index * 9 + 2) * DAY),
      },
    });
  }
  for (const collection of collections) {
    const created = await db.collection.create({
      data: {
        slug: collection.slug,
        title: collection.title,
        introMarkdown: collection.intro,
        introHtml: renderMarkdown(collection.intro),
        audience: collection.audience,
        createdById: userIds.get(collection.curator)!,
        items: {
          create: collection.items.map((item, position) => ({
            storyId: storyId(item.title),
            position,
            note: item.note,
            // Spread out, and one already due, so the review list has something to ask about.
            reviewAt: new Date(
              now.getTime() + (position === 0 && collection.slug === "first-week-easy" ? -3 : 60 + position * 30) * DAY,
            ),
          })),
        },
      },
    });
    await db.auditLog.create({
      data: {
        actorId: userIds.get(collection.curator)!,
        action: "collection.create",
        targetType: "collection",
        targetId: created.id,
      },
    });
  }
  // Tom started two weeks ago and has read the first two stories of his first collection.
  for (const item of collections[0]!.items.slice(0, 2)) {
    await db.storyRead.create({
      data: {
        userId: userIds.get("tom.deboer")!,
        storyId: storyId(item.title),
        readAt: new Date(now.getTime() - 5 * DAY),
      },
    });
  }
}

/** A fixed pseudo-random sequence, so every demo database looks the same. */
function sequence(seedNumber: number) {
  let state = seedNumber;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

// Notices from the last two weeks stay unread, so the demo shows a lively notification badge.
const UNREAD_DAYS = 14;

async function seedStoriesInto(db: PrismaClient, now: Date) {
  const users = await db.user.findMany({ select: { id: true, username: true, teamId: true, joinedAt: true } });
  const byUsername = new Map(users.map((user) => [user.username, user]));
  const valueIds = new Map(
    (await db.value.findMany({ select: { id: true, slug: true } })).map((value) => [value.slug, value.id]),
  );
  const user = (username: string) => {
    const found = byUsername.get(username);
    if (!found) throw new Error(`seed-stories names an unknown person: ${username}`);
    return found;
  };
  const random = sequence(7);

  for (const [index, seedStory] of seedStories.entries()) {
    const author = user(seedStory.author);
    const isDraft = seedStory.status === "draft";
    // Spread over the working day, so the newest stories do not all share one timestamp.
    const publishedAt = new Date(
      now.getTime() - seedStory.daysAgo * DAY - Math.floor(random() * 9 + 1) * 60 * 60 * 1000,
    );
    const reactions = pickReactions(seedStory, users, author.id, publishedAt, now, random);
    const comments = seedStory.comments.map((comment) => ({
      authorId: user(comment.author).id,
      body: comment.body,
      createdAt: new Date(
        Math.min(now.getTime() - 60_000, publishedAt.getTime() + comment.daysAfter * DAY + (index % 5) * 37 * 60_000),
      ),
    }));
    const story = await db.story.create({
      data: {
        title: seedStory.title,
        bodyMarkdown: seedStory.body,
        bodyHtml: renderMarkdown(seedStory.body),
        customerQuote: seedStory.customerQuote ?? "",
        whatHelped: seedStory.whatHelped ?? "",
        gotInTheWay: seedStory.gotInTheWay ?? "",
        language: seedStory.language,
        status: isDraft ? "draft" : "published",
        publishedAt: isDraft ? null : publishedAt,
        createdAt: publishedAt,
        authorId: author.id,
        teamId: author.teamId,
        values: { create: seedStory.values.map((slug) => ({ valueId: valueIds.get(slug)! })) },
        dimensions: { create: seedStory.dimensions.map((dimension) => ({ dimension })) },
        people: { create: seedStory.people.map((username) => ({ userId: user(username).id })) },
        reactions: { create: reactions },
        comments: { create: comments },
        reactionCount: reactions.length,
        reactorCount: new Set(reactions.map((reaction) => reaction.userId)).size,
        commentCount: comments.length,
      },
      select: { id: true },
    });
    if (isDraft) continue;

    const readAt = now.getTime() - publishedAt.getTime() > UNREAD_DAYS * DAY ? now : null;
    const notices: { userId: string; actorId: string; type: "mention" | "comment" | "reaction"; createdAt: Date }[] = [
      ...seedStory.people.map((username) => ({
        userId: user(username).id,
        actorId: author.id,
        type: "mention" as const,
        createdAt: publishedAt,
      })),
      ...comments.map((comment) => ({
        userId: author.id,
        actorId: comment.authorId,
        type: "comment" as const,
        createdAt: comment.createdAt,
      })),
    ];
    if (reactions.length) {
      const last = reactions.at(-1)!;
      notices.push({ userId: author.id, actorId: last.userId, type: "reaction" as const, createdAt: last.createdAt });
    }
    await db.notification.createMany({
      data: notices
        .filter((notice) => notice.userId !== notice.actorId)
        .map((notice) => ({
          ...notice,
          storyId: story.id,
          count: notice.type === "reaction" ? reactions.length : 1,
          activityAt: notice.createdAt,
          readAt,
        })),
    });
  }
}

// Which picture goes with a story, from what it is about (in any of the three languages).
const scenesByTopic: [RegExp, SceneKind][] = [
  [/sofa|bank\b|couch|cushion|kussen|kissen/i, "sofa"],
  [/rug|teppich|kleed|rain|regen/i, "rugInRain"],
  [/shelf|shelves|regal|schap|kast|wardrobe|schrank/i, "shelf"],
  [/thank|dank|bedank|card|karte|kaart/i, "thankYou"],
  [/deliver|liefer|bezorg|stair|treppe|trap|van\b/i, "delivery"],
  [/measur|mess|meet|plan|fabric|stoff|stof|alcove/i, "desk"],
];

/** Photos of the moment for the stories whose topic has a picture, and faces for every third person. */
async function seedPhotos(db: PrismaClient, files: FileStorage) {
  const stories = await db.story.findMany({
    where: { status: "published" },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, bodyMarkdown: true, language: true, authorId: true },
  });
  let drawn = 0;
  for (const [index, story] of stories.entries()) {
    // Enough to show the product as it is meant to be used; each one takes a moment to make.
    if (drawn >= 24) break;
    const topics = scenesByTopic.filter(([pattern]) => pattern.test(`${story.title} ${story.bodyMarkdown}`));
    // Two of three matching stories get their picture; some get a second one.
    if (topics.length === 0 || index % 3 === 2) continue;
    const kinds = [topics[0]![1], ...(topics[1] && index % 2 === 0 ? [topics[1][1]] : [])];
    drawn += kinds.length;
    for (const [position, kind] of kinds.entries()) {
      const image = await processImage(await drawScene(kind, index), "story");
      await saveScenePhoto(image, kind, story, position, { client: db, files });
    }
  }
  const everyone = await db.user.findMany({ orderBy: { username: "asc" }, select: { id: true } });
  for (const [index, person] of everyone.entries()) {
    if (index % 3 !== 0) continue;
    await saveFace(await processImage(await drawFace(index), "avatar"), person.id, { client: db, files });
  }
}

/** Colleagues who were already there react, each with the story's kinds in turn, within days of posting. */
function pickReactions(
  seedStory: SeedStory,
  users: { id: string; joinedAt: Date }[],
  authorId: string,
  publishedAt: Date,
  now: Date,
  random: () => number,
) {
  const candidates = users.filter((candidate) => candidate.id !== authorId && candidate.joinedAt < publishedAt);
  for (let index = candidates.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [candidates[index], candidates[other]] = [candidates[other]!, candidates[index]!];
  }
  const kinds = seedStory.kinds ?? ["applause"];
  return candidates.slice(0, seedStory.reactors).map((reactor, position) => ({
    userId: reactor.id,
    kind: kinds[position % kinds.length]!,
    createdAt: new Date(Math.min(now.getTime() - 1000, publishedAt.getTime() + Math.floor(random() * 3 * DAY))),
  }));
}

function printSignIns() {
  console.log("\nDemo sign-ins (password for all: %s)", DEMO_PASSWORD);
  for (const signIn of demoSignIns) console.log(`  ${signIn.role.padEnd(9)} ${signIn.username}`);
  console.log("Team join codes: " + teams.map((team) => `${team.name} ${team.joinCode}`).join(", "));
}

async function main() {
  const db = createPrismaClient(process.env.DATABASE_URL ?? "file:./data/brandworthy.db");
  try {
    const created = await seed(db);
    console.log(
      created ? "Seeded the demo organisation Kompass Living." : "The database already has people; left it as it is.",
    );
    printSignIns();
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
