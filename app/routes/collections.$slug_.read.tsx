import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { markStoryRead } from "~/models/collections.server";
import { suggestNextCollection } from "~/models/onboarding.server";
import { handleForm, recordId } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { paths } from "~/utils/paths";

// "I've read this" from the story page's collection bar: an action only.
export async function loader({ params }: LoaderFunctionArgs) {
  return redirect(paths.collection(params.slug!));
}

const ReadSchema = z.object({ storyId: recordId });

/** Records the read, then goes on to the next story, or back to the collection when it is finished. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  return handleForm(request, ReadSchema, async ({ storyId }) => {
    const { collection, finishedNow, nextStoryId } = await markStoryRead({ slug: params.slug!, storyId, viewer: user });
    if (finishedNow) {
      // One moment that says so and offers the next step (see FlashMessage), not a second box on the page.
      const next = await suggestNextCollection(user, collection.slug);
      return redirectWithFlash(paths.collection(collection.slug), "collections.finishedFlash", {
        values: {
          title: collection.title,
          // Ids, not a path: the page builds the link, so a cookie can never point it elsewhere.
          ...(next ? { nextTitle: next.title, nextSlug: next.slug, nextStoryId: next.storyId ?? "" } : {}),
        },
      });
    }
    return redirect(
      nextStoryId ? paths.story(nextStoryId, { collection: collection.slug }) : paths.collection(collection.slug),
    );
  });
}
