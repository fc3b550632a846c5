import { createCookie } from "@remix-run/node";
import { isProduction } from "./env.server";

// A one-time message after a redirect ("Saved"), as a translation key.
const flashCookie = createCookie("bw_flash", { path: "/", httpOnly: true, sameSite: "lax", secure: isProduction, maxAge: 60 });

export function setFlash(messageKey: string) {
  return flashCookie.serialize(messageKey);
}

export async function readFlash(request: Request) {
  const value = await flashCookie.parse(request.headers.get("Cookie"));
  if (typeof value !== "string") return { message: null, clearCookie: null };
  return { message: value, clearCookie: await flashCookie.serialize("", { maxAge: 0 }) };
}
