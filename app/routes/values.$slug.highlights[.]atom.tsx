import type { LoaderFunctionArgs } from "@remix-run/node";
import { highlightFeedResponse } from "~/models/highlight-feed.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return highlightFeedResponse(request, params.slug);
}
