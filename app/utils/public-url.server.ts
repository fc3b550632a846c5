import { env } from "./env.server";

/**
 * An absolute link to one of the app's pages, for what leaves the app (invitation and reset links,
 * feeds, posters). Behind a proxy the request's own host is an internal one, so `APP_ORIGIN` wins.
 */
export function publicUrl(request: Request, path: string) {
  return new URL(path, env.APP_ORIGIN ?? new URL(request.url).origin).toString();
}
