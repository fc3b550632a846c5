import { createCookie, data, redirect } from "@remix-run/node";
import { isProduction } from "./env.server";
import { IN_PLACE_FIELD } from "./hydrated";

// A one-time message after a redirect ("Saved"), as a translation key, with the values the
// text names when it needs some ("You finished {{title}}!").
const flashCookie = createCookie("bw_flash", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  secure: isProduction,
  maxAge: 60,
});

export type Flash = string | { key: string; values: Record<string, string> };

/**
 * Post/redirect/get with a message for the next page: the one way an action says "done". Other
 * cookies the response sets (a language) come in `headers`.
 */
export async function redirectWithFlash(
  to: string,
  messageKey: string,
  { values, headers }: { values?: Record<string, string>; headers?: HeadersInit } = {},
) {
  const all = new Headers(headers);
  all.append("Set-Cookie", await flashCookie.serialize(values ? { key: messageKey, values } : messageKey));
  return redirect(to, { headers: all });
}

function isFlash(value: unknown): value is Flash {
  if (typeof value === "string") return true;
  if (!value || typeof value !== "object") return false;
  const { key, values } = value as { key?: unknown; values?: unknown };
  return (
    typeof key === "string" &&
    !!values &&
    typeof values === "object" &&
    Object.values(values).every((item) => typeof item === "string")
  );
}

export async function readFlash(request: Request) {
  const value: unknown = await flashCookie.parse(request.headers.get("Cookie"));
  if (!isFlash(value) || value === "") return { message: null, clearCookie: null };
  return { message: value, clearCookie: await flashCookie.serialize("", { maxAge: 0 }) };
}

/**
 * After a form JavaScript sent in place (with IN_PLACE_FIELD), a plain "done": the page stays
 * where it is. Without JavaScript, the redirect to `to`, with the message when there is one.
 */
export async function redirectUnlessInPlace(formData: FormData, to: string, messageKey?: string) {
  if (formData.get(IN_PLACE_FIELD)) return data({ ok: true as const });
  return messageKey ? redirectWithFlash(to, messageKey) : redirect(to);
}
