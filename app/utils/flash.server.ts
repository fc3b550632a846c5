import { createCookie } from "@remix-run/node";
import { isProduction } from "./env.server";

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

export function setFlash(messageKey: string, values?: Record<string, string>) {
  return flashCookie.serialize(values ? { key: messageKey, values } : messageKey);
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
