import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPhotoFile } from "~/models/photos.server";
import { requireUser } from "~/utils/auth.server";

/**
 * A photo's file, for signed-in people who may see what it belongs to. Names are fingerprinted
 * (a new photo never takes an old name), so a browser keeps a file for a year; "private" keeps it
 * out of shared caches, because the organisation's photos are not public.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const file = await getPhotoFile(params.id!, params.file!, user);
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Cache-Control": "private, max-age=31536000, immutable",
    },
  });
}
