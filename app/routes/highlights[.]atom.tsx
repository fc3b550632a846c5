import type { LoaderFunctionArgs } from "@remix-run/node";
import { highlightFeedResponse } from "~/models/highlight-feed.server";

/** Highlights for feed readers; the personal token in the URL stands in for a session. */
export async function loader({ request }: LoaderFunctionArgs) {
  return highlightFeedResponse(request);
}
