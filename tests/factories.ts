// Small builders that keep tests short: real rows in the test file's own database.
import type { Role } from "~/generated/prisma/enums";
import { indexStory } from "~/models/search.server";
import { rankStory } from "~/models/ranking.server";
import { createTeam } from "~/models/teams.server";
import { lucia } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import type { DimensionKey } from "~/utils/dimensions";
import { renderMarkdown } from "~/utils/markdown.server";
import { hashPassword } from "~/utils/password.server";

export const TEST_PASSWORD = "correct horse battery";
let sequence = 0;
let passwordHash: Promise<string> | undefined;

export async function createTestPerson(
  overrides: {
    role?: Role;
    teamId?: string | null;
    language?: string | null;
    name?: string;
    email?: string;
    joinedAt?: Date;
  } = {},
) {
  sequence += 1;
  return db.user.create({
    data: {
      username: `person${sequence}`,
      name: overrides.name ?? `Person ${sequence}`,
      email: overrides.email ?? null,
      role: overrides.role ?? "employee",
      teamId: overrides.teamId ?? null,
      language: overrides.language ?? "en",
      joinedAt: overrides.joinedAt,
      passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)),
    },
  });
}

export async function createTestTeam(name = `Team ${++sequence}`) {
  return createTeam(name);
}

/** A lucia session for the person, as the Cookie header a browser would send. */
export async function signedInCookie(userId: string) {
  const session = await lucia.createSession(userId, {});
  return `${lucia.sessionCookieName}=${session.id}`;
}

export const BASE_URL = "http://localhost:3000";

export function formRequest(
  path: string,
  fields: Record<string, string | string[]>,
  { cookie }: { cookie?: string } = {},
) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  }
  return new Request(BASE_URL + path, {
    method: "POST",
    body,
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: BASE_URL,
      ...(cookie ? { Cookie: cookie } : {}),
    },
  });
}

export function getRequest(
  path: string,
  { cookie, headers = {} }: { cookie?: string; headers?: Record<string, string> } = {},
) {
  return new Request(BASE_URL + path, { headers: { ...headers, ...(cookie ? { Cookie: cookie } : {}) } });
}

export const testContext = { cspNonce: "test", clientAddress: "203.0.113.7" };

/** What a loader or action returned: a Response, a data() result, or a plain value. */
// Tests read whatever shape a handler answered with, so the body is deliberately untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function unwrap(result: unknown): Promise<{ status: number; body: any; headers: Headers }> {
  if (result instanceof Response) {
    const text = await result.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: result.status, body, headers: result.headers };
  }
  if (result && typeof result === "object" && (result as { type?: string }).type === "DataWithResponseInit") {
    const { data, init } = result as { data: unknown; init?: ResponseInit | null };
    return { status: init?.status ?? 200, body: data, headers: new Headers(init?.headers) };
  }
  return { status: 200, body: result, headers: new Headers() };
}

/** Runs a loader or action and returns a thrown Response (redirect, 403) as its result. */
export async function call<T>(fn: () => Promise<T>) {
  try {
    return await unwrap(await fn());
  } catch (thrown) {
    if (thrown instanceof Response) return unwrap(thrown);
    throw thrown;
  }
}

export async function createTestValue(overrides: { name?: string; archived?: boolean } = {}) {
  sequence += 1;
  return db.value.create({
    data: {
      slug: `value-${sequence}`,
      name: overrides.name ?? `Value ${sequence}`,
      explanation: "What this value means for the people who live it.",
      colour: "#1d4ed8",
      kind: "brand",
      position: sequence,
      archivedAt: overrides.archived ? new Date() : null,
    },
  });
}

type StoryOverrides = {
  title?: string;
  body?: string;
  customerQuote?: string;
  valueId?: string;
  valueIds?: string[];
  dimensions?: DimensionKey[];
  status?: "draft" | "published";
  people?: string[];
  publishedAt?: Date;
  reactorCount?: number;
  commentCount?: number;
};

/** A story by the author (published unless asked), tagged with one value (made if not given), in the search index. */
export async function createTestStory(author: { id: string; teamId: string | null }, overrides: StoryOverrides = {}) {
  const valueIds = overrides.valueIds ?? [overrides.valueId ?? (await createTestValue()).id];
  const status = overrides.status ?? "published";
  const body = overrides.body ?? "It *mattered*.";
  const story = await db.story.create({
    data: {
      authorId: author.id,
      teamId: author.teamId,
      title: overrides.title ?? "Stayed late to fix a sofa",
      bodyMarkdown: body,
      bodyHtml: renderMarkdown(body),
      customerQuote: overrides.customerQuote ?? "",
      status,
      publishedAt: status === "published" ? (overrides.publishedAt ?? new Date()) : null,
      reactorCount: overrides.reactorCount ?? 0,
      reactionCount: overrides.reactorCount ?? 0,
      commentCount: overrides.commentCount ?? 0,
      values: { create: valueIds.map((valueId) => ({ valueId })) },
      dimensions: { create: (overrides.dimensions ?? []).map((dimension) => ({ dimension })) },
      people: { create: (overrides.people ?? []).map((userId) => ({ userId })) },
    },
  });
  await indexStory(db, story.id);
  await rankStory(db, story.id);
  return story;
}

/** Calls a route module's action with a form, as the signed-in person (or anonymously). */
export function postForm(
  action: (args: { request: Request; params: Record<string, string>; context: typeof testContext }) => Promise<unknown>,
  path: string,
  fields: Record<string, string | string[]>,
  { cookie, params = {} }: { cookie?: string; params?: Record<string, string> } = {},
) {
  return call(() => action({ request: formRequest(path, fields, { cookie }), params, context: testContext }));
}

export function getPage(
  loader: (args: { request: Request; params: Record<string, string>; context: typeof testContext }) => Promise<unknown>,
  path: string,
  { cookie, params = {} }: { cookie?: string; params?: Record<string, string> } = {},
) {
  return call(() => loader({ request: getRequest(path, { cookie }), params, context: testContext }));
}
