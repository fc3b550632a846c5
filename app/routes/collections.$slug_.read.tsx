import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { storyInCollectionPath } from "~/components/collection-reading-bar";
import { markStoryRead } from "~/models/collections.server";
import { requireUser } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { parseForm, recordId } from "~/utils/forms";

// "I've read this" from the story page's collection bar: an action only.
export async function loader({ params }: LoaderFunctionArgs) {
  return redirect(`/collections/${encodeURIComponent(params.slug!)}`);
}

const ReadSchema = z.object({ storyId: recordId });

/** Records the read, then goes on to the next story, or back to the collection when it is finished. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(ReadSchema, await request.formData());
  if (!parsed.success) throw new Response("Bad request", { status: 400 });
  const result = await markStoryRead({ slug: params.slug!, storyId: parsed.data.storyId, viewer: user });
  if (!result) throw new Response("Not found", { status: 404 });
  const collectionPath = `/collections/${encodeURIComponent(result.collection.slug)}`;
  if (result.finishedNow) {
    return redirect(collectionPath, {
      headers: { "Set-Cookie": await setFlash("collections.finishedFlash", { title: result.collection.title }) },
    });
  }
  return redirect(
    result.nextStoryId ? storyInCollectionPath(result.nextStoryId, result.collection.slug) : collectionPath,
  );
}
