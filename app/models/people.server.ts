import { addMinutes, minutesToMilliseconds } from "date-fns";
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import type { Role } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { found, invalid } from "~/utils/domain-error.server";
import { env } from "~/utils/env.server";
import { isLanguage } from "~/utils/i18n";
import { foldAccents } from "~/utils/mark-terms";
import { getDecoyHash, hashPassword, verifyPassword } from "~/utils/password.server";
import { clearRateLimit, hitRateLimit, isRateLimited } from "~/utils/rate-limit.server";
import { createSecretToken, hashToken } from "~/utils/tokens.server";
import { usernameFromName } from "~/utils/username";
import { writeAudit } from "./audit.server";
import { getNewHireDays, isNewHire } from "./new-hires.server";
import type { PhotoView } from "./photos.server";
import { avatarSelect, withFace } from "./photos.server";
import { reindexStoriesNaming } from "./search.server";
import { pageCount, pageWindow } from "~/utils/list-params";

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;

export const NameSchema = z.string().trim().min(1).max(80);
export const PasswordSchema = z.string().min(10, "errors.passwordTooShort").max(200);

/** The fields every new account fills in, whether it joins by invitation, join code or setup. */
export const NewAccountSchema = z.object({
  name: NameSchema,
  username: z.string().trim().toLowerCase().regex(USERNAME_PATTERN, "errors.usernameFormat"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(200)
    .email("errors.email")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  password: PasswordSchema,
});
export type NewAccount = z.infer<typeof NewAccountSchema>;

/**
 * Joining (invitation or join code): the username may be left empty, or as the page suggested
 * it from the name; `chooseUsername` then takes the first free one.
 */
export const JoinAccountSchema = NewAccountSchema.extend({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .refine((username) => username === "" || USERNAME_PATTERN.test(username), "errors.usernameFormat")
    .default(""),
});
export type JoinAccount = z.infer<typeof JoinAccountSchema>;

/**
 * The username a person asked for, or when they left it empty or kept the one suggested from
 * their name, that suggestion with the first number that makes it free ("ada.nieuw2"): a
 * suggestion taken by someone else is not the person's mistake.
 */
export async function chooseUsername(account: JoinAccount): Promise<NewAccount> {
  const suggested = usernameFromName(account.name);
  if (account.username && account.username !== suggested) return account;
  const taken = new Set(
    (await db.user.findMany({ where: { username: { startsWith: suggested } }, select: { username: true } })).map(
      (row) => row.username,
    ),
  );
  let username = suggested;
  for (let number = 2; taken.has(username); number++) username = `${suggested}${number}`;
  return { ...account, username };
}

/** Refuses an account whose username or e-mail address someone else already has, next to that field. */
async function refuseTakenFields(account: Pick<NewAccount, "username" | "email">) {
  const existing = await db.user.findFirst({
    where: { OR: [{ username: account.username }, ...(account.email ? [{ email: account.email }] : [])] },
    select: { username: true },
  });
  if (!existing) return;
  throw invalid({
    fieldErrors:
      existing.username === account.username
        ? { username: ["errors.usernameTaken"] }
        : { email: ["errors.emailTaken"] },
  });
}

export async function createPerson(
  account: NewAccount & { role?: Role; teamId?: string | null; language?: string | null },
) {
  await refuseTakenFields(account);
  return db.user.create({
    data: {
      name: account.name,
      username: account.username,
      email: account.email ?? null,
      passwordHash: await hashPassword(account.password),
      role: account.role ?? "employee",
      teamId: account.teamId ?? null,
      language: isLanguage(account.language) ? account.language : null,
    },
    select: { id: true, username: true, role: true },
  });
}

export type SignInResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rateLimited"; retryAfterSeconds: number };

// A shop's Wi-Fi puts many people behind one address, so that limit is far looser.
const ADDRESS_ATTEMPTS_FACTOR = 10;

/**
 * Checks a sign-in. The answer is the same for an unknown name and a wrong password, and both
 * cost one Argon2 verification, so neither the message nor the timing tells whether a name exists.
 */
export async function verifySignIn({
  login,
  password,
  address,
}: {
  login: string;
  password: string;
  address: string;
}): Promise<SignInResult> {
  const normalised = login.trim().toLowerCase();
  const windowMs = minutesToMilliseconds(env.LOGIN_WINDOW_MINUTES);
  const loginKey = `sign-in:login:${normalised}`;
  const addressKey = `sign-in:address:${address}`;
  const addressMax = env.LOGIN_MAX_ATTEMPTS * ADDRESS_ATTEMPTS_FACTOR;
  // Per name, every attempt counts before the check, so parallel guesses cannot slip through.
  // Per address only failures count: a whole shift signing in from the shop's Wi-Fi is fine.
  const [byLogin, byAddress] = await Promise.all([
    hitRateLimit(loginKey, { max: env.LOGIN_MAX_ATTEMPTS, windowMs }),
    isRateLimited(addressKey, { max: addressMax }),
  ]);
  if (!byLogin.allowed || byAddress.limited) {
    return {
      ok: false,
      reason: "rateLimited",
      retryAfterSeconds: Math.max(byLogin.allowed ? 0 : byLogin.retryAfterSeconds, byAddress.retryAfterSeconds),
    };
  }
  const user = await db.user.findFirst({
    where: normalised.includes("@") ? { email: normalised } : { username: normalised },
    select: { id: true, passwordHash: true, deactivatedAt: true },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? (await getDecoyHash()), password);
  if (!user || !isValid || user.deactivatedAt) {
    await hitRateLimit(addressKey, { max: addressMax, windowMs });
    return { ok: false, reason: "invalid" };
  }
  await clearRateLimit(loginKey);
  return { ok: true, userId: user.id };
}

/** A person's own account as they are shown it: on their profile and in the download of their data. */
export const ownAccountSelect = {
  name: true,
  username: true,
  email: true,
  role: true,
  language: true,
  joinedAt: true,
  team: { select: { name: true } },
} as const;

/** What the profile page shows: never a hash, only whether a feed link exists. */
export async function getProfile(userId: string) {
  const { feedToken, ...profile } = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      ...ownAccountSelect,
      avatar: avatarSelect,
      feedToken: true,
      _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } } } },
    },
  });
  return { ...withFace(profile), hasFeedLink: feedToken !== null };
}

export async function updateProfile(userId: string, data: { name: string; language: string | null }) {
  await db.$transaction(async (tx) => {
    const before = await tx.user.update({
      where: { id: userId },
      data: { language: isLanguage(data.language) ? data.language : null },
      select: { name: true },
    });
    if (before.name === data.name) return;
    await tx.user.update({ where: { id: userId }, data: { name: data.name } });
    // Search finds people in stories by name, so a new name is indexed with them.
    await reindexStoriesNaming(tx, userId);
  });
}

export async function setLanguage(userId: string, language: string) {
  if (!isLanguage(language)) return;
  await db.user.update({ where: { id: userId }, data: { language } });
}

/** Changes the password after checking the current one. */
export async function changePassword(userId: string, currentPassword: string, newPassword: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, currentPassword)))
    throw invalid({ fieldErrors: { currentPassword: ["profile.wrongPassword"] } });
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(newPassword) } });
}

const VISIT_GAP_MINUTES = 30;

/**
 * Notes a look at the feed and returns when the previous visit started, for "new since your last
 * visit". Only the first view of a visit writes, so reading the feed stays a read.
 */
export async function recordFeedVisit(userId: string, now = new Date()) {
  const person = await db.user.findUnique({
    where: { id: userId },
    select: { lastFeedVisitAt: true, previousFeedVisitAt: true },
  });
  if (!person) return null;
  if (person.lastFeedVisitAt && now < addMinutes(person.lastFeedVisitAt, VISIT_GAP_MINUTES))
    return person.previousFeedVisitAt;
  await db.user.update({
    where: { id: userId },
    data: { previousFeedVisitAt: person.lastFeedVisitAt, lastFeedVisitAt: now },
  });
  return person.lastFeedVisitAt;
}

/**
 * A new personal link for the highlights' Atom feed (the platform is not public, so feed readers
 * need one). Only its hash is kept; making a new one retires the old.
 */
export async function createFeedToken(userId: string) {
  const { token, tokenHash } = createSecretToken();
  await db.user.update({ where: { id: userId }, data: { feedToken: tokenHash } });
  return token;
}

export async function revokeFeedToken(userId: string) {
  await db.user.update({ where: { id: userId }, data: { feedToken: null } });
}

/** The active person a feed link belongs to, or null. */
export function findPersonByFeedToken(token: string) {
  if (!token || token.length > 100) return null;
  return db.user.findFirst({
    where: { feedToken: hashToken(token), deactivatedAt: null },
    select: { id: true, language: true },
  });
}

// ---- Administration ----------------------------------------------------------------------------

export const PEOPLE_PAGE_SIZE = 50;

/** People whose name or username contains the query, a page of 50 at a time. */
export async function searchPeople({ query, page }: { query: string; page: number }) {
  const where: Prisma.UserWhereInput = query
    ? { OR: [{ name: { contains: query } }, { username: { contains: query.toLowerCase() } }] }
    : {};
  const [people, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      ...pageWindow(page, PEOPLE_PAGE_SIZE),
      select: {
        id: true,
        name: true,
        username: true,
        role: true,
        deactivatedAt: true,
        team: { select: { id: true, name: true } },
        avatar: avatarSelect,
      },
    }),
    db.user.count({ where }),
  ]);
  return { people: people.map(withFace), total, pageCount: pageCount(total, PEOPLE_PAGE_SIZE) };
}

type Actor = { id: string };

/** An admin cannot change their own role: the last admin could otherwise lock everyone out. */
export async function changeRole(actor: Actor, personId: string, role: Role) {
  if (actor.id === personId) throw invalid({ formError: "admin.people.problem.self.role" });
  await db.$transaction(async (tx) => {
    const person = found(await tx.user.findUnique({ where: { id: personId }, select: { role: true } }));
    if (person.role === role) return;
    await tx.user.update({ where: { id: personId }, data: { role } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "person.role",
      targetType: "person",
      targetId: personId,
      details: `${person.role}→${role}`,
    });
  });
}

/** Moves the person to an active team, or to none. */
export async function changeTeam(actor: Actor, personId: string, teamId: string | null) {
  await db.$transaction(async (tx) => {
    const person = found(
      await tx.user.findUnique({ where: { id: personId }, select: { team: { select: { id: true, name: true } } } }),
    );
    const team = teamId
      ? await tx.team.findFirst({ where: { id: teamId, archivedAt: null }, select: { id: true, name: true } })
      : null;
    if (teamId && !team) throw invalid({ fieldErrors: { teamId: ["errors.invalid"] } });
    if ((person.team?.id ?? null) === (team?.id ?? null)) return;
    await tx.user.update({ where: { id: personId }, data: { teamId: team?.id ?? null } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "person.team",
      targetType: "person",
      targetId: personId,
      details: `${person.team?.name ?? "—"}→${team?.name ?? "—"}`,
    });
  });
}

/**
 * Deactivating signs the person out everywhere at once (their sessions are deleted in the same
 * transaction); sign-in refuses them from then on. Their stories stay. An admin cannot deactivate
 * themselves, for the same reason as with roles.
 */
export async function deactivatePerson(actor: Actor, personId: string, now = new Date()) {
  if (actor.id === personId) throw invalid({ formError: "admin.people.problem.self.deactivate" });
  await db.$transaction(async (tx) => {
    const person = found(await tx.user.findUnique({ where: { id: personId }, select: { deactivatedAt: true } }));
    await tx.session.deleteMany({ where: { userId: personId } });
    if (person.deactivatedAt) return;
    await tx.user.update({ where: { id: personId }, data: { deactivatedAt: now, feedToken: null } });
    await writeAudit(tx, { actorId: actor.id, action: "person.deactivate", targetType: "person", targetId: personId });
  });
}

export async function reactivatePerson(actor: Actor, personId: string) {
  await db.$transaction(async (tx) => {
    const person = found(await tx.user.findUnique({ where: { id: personId }, select: { deactivatedAt: true } }));
    if (!person.deactivatedAt) return;
    await tx.user.update({ where: { id: personId }, data: { deactivatedAt: null } });
    await writeAudit(tx, { actorId: actor.id, action: "person.reactivate", targetType: "person", targetId: personId });
  });
}

// ---- Naming people in a story ------------------------------------------------------------------

const PEOPLE_FOUND = 8;
/** A person with their team's name: how the picker and the collection pages name people. */
export const personOption = { id: true, name: true, team: { select: { name: true } } } as const;
/**
 * A person as the people picker lists them: with their face, so the right Anna is chosen, and
 * whether they are a new hire (whom a collection is often assigned to).
 */
export type PersonOption = { id: string; name: string; team: string; avatar: PhotoView | null; isNewHire: boolean };
const optionSelect = { ...personOption, joinedAt: true, avatar: avatarSelect } as const;

/** People as options, marked as new hires by the organisation's window. */
async function asOptions(people: Prisma.UserGetPayload<{ select: typeof optionSelect }>[], now = new Date()) {
  const newHireDays = await getNewHireDays();
  return people.map((person): PersonOption => ({
    id: person.id,
    name: person.name,
    team: person.team?.name ?? "",
    avatar: withFace(person).avatar,
    isNewHire: isNewHire(person, newHireDays, now),
  }));
}

/** Case and accents do not matter when looking for "Zoë" or "Yılmaz" (the dotless ı has no accent to drop). */
function normaliseName(text: string) {
  return foldAccents(text).replace(/ı/g, "i").trim();
}

// "Find" next to a people list, for phones without JavaScript: the whole form comes back with the
// people found added to the list, and nothing typed is lost.
export const FindPeopleSchema = z.object({ peopleQuery: z.string().trim().max(80).default("") });

/** Up to eight active people (not the one asking) whose name contains what was typed. */
export async function findPeople(query: string, { excludeId }: { excludeId: string }) {
  const needle = normaliseName(query);
  if (!needle) return [];
  // Names are matched in JavaScript: SQLite's LIKE knows neither accents nor the Turkish dotless i.
  const people = await db.user.findMany({
    where: { deactivatedAt: null, id: { not: excludeId } },
    orderBy: { name: "asc" },
    select: optionSelect,
  });
  return asOptions(people.filter((person) => normaliseName(person.name).includes(needle)).slice(0, PEOPLE_FOUND));
}

export type Author = { id: string; teamId: string | null };

/**
 * Who the composer offers before anyone searches: the author's own team, plus whoever the story
 * already names (even if they have left since). A large organisation is found by searching.
 */
export async function peopleToOffer(author: Author, named: string[]) {
  const { teamId } = author;
  const people = await db.user.findMany({
    where: {
      id: { not: author.id },
      OR: [...(teamId ? [{ teamId, deactivatedAt: null }] : []), { id: { in: named } }],
    },
    orderBy: [{ team: { name: "asc" } }, { name: "asc" }],
    select: optionSelect,
  });
  return asOptions(people);
}
