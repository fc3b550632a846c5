import { useState } from "react";
import { useTranslation } from "~/utils/i18n";
import type { PhotoView } from "~/models/photos.server";
import { ActionButton } from "./action-button";
import { AnchoredForm } from "./anchored-form";
import { Avatar } from "./avatar";
import { SubmitButton } from "./button";
import { FieldFrame } from "./field-frame";
import { HiddenFields } from "./post-form";

/**
 * One's own face: choose a photo and save it (a plain multipart form, so it works without
 * JavaScript; with it, the chosen photo shows in the circle before it is saved), or remove it.
 * Each refusal of the file is said next to the field. The page gives it a new `key` when the face
 * changes, so a saved photo's preview and file choice go.
 */
export function AvatarForm({
  person,
  errors,
}: {
  person: { id: string; name: string; avatar: PhotoView | null };
  errors?: string[];
}) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
      <div className="flex flex-col items-center gap-1">
        {preview ? (
          <img
            src={preview}
            alt=""
            width={96}
            height={96}
            className="h-24 w-24 rounded-full object-cover ring-2 ring-accent"
            // Not a picture the browser can show (the server will say why): no preview, then.
            onError={() => setPreview(null)}
          />
        ) : (
          <Avatar person={person} size="xl" />
        )}
        {preview ? <p className="text-sm text-ink-muted">{t("profile.photoPreview")}</p> : null}
      </div>
      <div className="min-w-0 grow space-y-3">
        <AnchoredForm method="post" encType="multipart/form-data" className="space-y-3">
          <HiddenFields intent="avatar" />
          <FieldFrame label={t("profile.photoChoose")} hint={t("profile.photoHint")} errors={errors}>
            {(control) => (
              <input
                {...control}
                type="file"
                name="avatar"
                accept="image/*"
                required
                className="block w-full text-sm text-ink-muted file:mr-3 file:min-h-11 file:rounded-control file:border file:border-line-strong file:bg-surface file:px-4 file:py-2 file:font-semibold file:text-ink hover:file:bg-surface-muted"
                onChange={(event) => {
                  const file = event.currentTarget.files?.[0];
                  setPreview(null);
                  if (!file || !file.type.startsWith("image/")) return;
                  // A data: URL, which the page's Content-Security-Policy allows for images (blob: it does not).
                  const reader = new FileReader();
                  reader.onload = () => setPreview(typeof reader.result === "string" ? reader.result : null);
                  reader.readAsDataURL(file);
                }}
              />
            )}
          </FieldFrame>
          <SubmitButton label={t("profile.photoSave")} />
        </AnchoredForm>
        {person.avatar ? <ActionButton intent="removeAvatar" label={t("profile.photoRemove")} /> : null}
      </div>
    </div>
  );
}
