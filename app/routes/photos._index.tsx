import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { storeUploads, toPhotoView } from "~/models/photos.server";
import { handleForm } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";

const UploadSchema = z.object({ photo: z.instanceof(File, { message: "photos.errors.notAnImage" }) });

/**
 * The composer's photos, one at a time as they are chosen (with JavaScript, so there is progress
 * to show while the story is still being written). Each becomes an upload of its own person,
 * which the story takes when it is saved.
 */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  return handleForm(request, UploadSchema, async ({ photo }) => {
    const [stored] = await storeUploads(user, [photo], { field: "photo", max: 1 });
    if (!stored) throw new Error("storeUploads stored nothing for one file");
    return { photo: toPhotoView(stored) };
  });
}
