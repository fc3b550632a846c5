import { ArrowDown, ArrowUp, ImagePlus, X } from "lucide-react";
import type { ChangeEvent, ReactNode } from "react";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "~/utils/i18n";
import type { PhotoView } from "~/models/photos.server";
import { messageText } from "~/utils/forms";
import { useIsHydrated } from "~/utils/hydrated";
import { paths } from "~/utils/paths";
import { Photo } from "./photo";
import { TextField } from "./text-field";

const MAX_PHOTOS = 4;

type Item =
  | { key: string; view: PhotoView; description: string }
  | { key: string; name: string; progress: number; view?: undefined };

/** Sends one photo to the upload route, reporting how much of it has gone; answers the stored photo or a message key. */
function uploadPhoto(file: File, onProgress: (fraction: number) => void) {
  return new Promise<{ photo: PhotoView } | { error: string }>((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", paths.photoUploads());
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { photo?: PhotoView; fieldErrors?: Record<string, string[]> } | null;
      if (request.status === 200 && body?.photo) resolve({ photo: body.photo });
      else resolve({ error: body?.fieldErrors?.photo?.[0] ?? "composer.photos.uploadFailed" });
    };
    request.onerror = () => resolve({ error: "composer.photos.uploadFailed" });
    const form = new FormData();
    form.append("photo", file);
    request.send(form);
  });
}

/**
 * The composer's photos: one to four of the moment, each with a description. Without JavaScript
 * the files go with the form and come back as uploads to describe (or tick to take off); with it,
 * each photo uploads as soon as it is chosen, with its progress, and can be moved and removed.
 * `photos` are the uploads the form names now, `descriptions` what was typed for each, by id.
 */
export function StoryPhotosField({
  photos,
  descriptions,
  errors,
}: {
  photos: PhotoView[];
  descriptions: Record<string, string>;
  errors?: string[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const isHydrated = useIsHydrated();
  const inputRef = useRef<HTMLInputElement>(null);
  const fromProps = (): Item[] =>
    photos.map((view) => ({ key: view.id, view, description: descriptions[view.id] ?? "" }));
  const [items, setItems] = useState<Item[]>(fromProps);
  const [uploadErrors, setUploadErrors] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const photoKey = photos.map((photo) => photo.id).join(" ");
  // A new answer from the server (a refusal, a preview) names the photos as they stand.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the ids say when the photos changed
  useEffect(() => setItems(fromProps()), [photoKey]);

  const shown = [...(errors ?? []), ...uploadErrors];
  const errorId = shown.length ? `${id}-error` : undefined;
  const room = MAX_PHOTOS - items.length;

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    if (!isHydrated) return;
    const files = [...(event.target.files ?? [])];
    // Sent already: the form itself must not carry the files a second time.
    event.target.value = "";
    setUploadErrors(files.length > room ? ["photos.errors.tooMany"] : []);
    for (const file of files.slice(0, Math.max(room, 0))) {
      const key = `${file.name}-${Math.random()}`;
      setItems((current) => [...current, { key, name: file.name, progress: 0 }]);
      void uploadPhoto(file, (progress) =>
        setItems((current) => current.map((item) => (item.key === key && !item.view ? { ...item, progress } : item))),
      ).then((answer) => {
        if ("photo" in answer) {
          setItems((current) =>
            current.map((item) => (item.key === key ? { key, view: answer.photo, description: "" } : item)),
          );
          setAnnouncement(t("composer.photos.added", { name: file.name }));
        } else {
          setItems((current) => current.filter((item) => item.key !== key));
          setUploadErrors((current) => [...current, answer.error]);
        }
      });
    }
  };

  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    setItems(next);
    setAnnouncement(t("composer.photos.moved", { position: index + by + 1, count: next.length }));
  };
  const remove = (index: number) => {
    setItems(items.filter((_, other) => other !== index));
    setAnnouncement(t("composer.photos.removed"));
    inputRef.current?.focus();
  };

  return (
    <fieldset className="space-y-3" aria-describedby={`${id}-hint ${id}-consent ${errorId ?? ""}`.trim()}>
      <legend className="font-medium">{t("composer.photos.legend")}</legend>
      <p id={`${id}-hint`} className="text-sm text-ink-muted">
        {t("composer.photos.hint")}
      </p>
      <p id={`${id}-consent`} className="text-sm font-semibold text-warning">
        {t("composer.photos.consent")}
      </p>
      {items.length ? (
        <ol className="space-y-3">
          {items.map((item, index) => (
            <li key={item.key} className="rounded-lg border border-line p-3">
              {item.view ? (
                <div className="space-y-2">
                  <div className="flex items-start gap-3">
                    <Photo
                      photo={item.view}
                      sizes="96px"
                      className="size-20 shrink-0 rounded-md object-cover sm:size-24"
                    />
                    <input type="hidden" name="photoIds" value={item.view.id} />
                    <div className="min-w-0 flex-1 space-y-2">
                      <TextField
                        label={t("composer.photos.description", { position: index + 1 })}
                        hint={t("composer.photos.descriptionHint")}
                        name="photoDescriptions"
                        defaultValue={item.description}
                        maxLength={200}
                      />
                    </div>
                  </div>
                  {isHydrated ? (
                    <div className="flex flex-wrap gap-2">
                      <PhotoButton
                        label={t("composer.photos.moveUp")}
                        about={index + 1}
                        icon={<ArrowUp aria-hidden="true" className="size-5" />}
                        isDisabled={index === 0}
                        isIconOnly
                        onClick={() => move(index, -1)}
                      />
                      <PhotoButton
                        label={t("composer.photos.moveDown")}
                        about={index + 1}
                        icon={<ArrowDown aria-hidden="true" className="size-5" />}
                        isDisabled={index === items.length - 1}
                        isIconOnly
                        onClick={() => move(index, 1)}
                      />
                      <PhotoButton
                        label={t("composer.photos.remove")}
                        about={index + 1}
                        icon={<X aria-hidden="true" className="size-4" />}
                        onClick={() => remove(index)}
                      />
                    </div>
                  ) : (
                    <label className="flex min-h-11 items-center gap-2">
                      <input type="checkbox" name="photoRemove" value={item.view.id} className="size-5" />
                      {t("composer.photos.removeOnSave")}
                    </label>
                  )}
                </div>
              ) : (
                <div className="w-full space-y-1">
                  <p className="text-sm break-all">{t("composer.photos.uploading", { name: item.name })}</p>
                  <progress
                    className="h-2 w-full accent-accent"
                    max={100}
                    value={Math.round(item.progress * 100)}
                    aria-label={t("composer.photos.uploading", { name: item.name })}
                  />
                </div>
              )}
            </li>
          ))}
        </ol>
      ) : null}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-danger">
          {shown.map((error) => messageText(t, error)).join(" ")}
        </p>
      ) : null}
      {room > 0 ? (
        <div className="space-y-1">
          <label htmlFor={`${id}-files`} className="flex items-center gap-2 font-medium">
            <ImagePlus aria-hidden="true" className="size-5 text-accent" />
            {items.length ? t("composer.photos.addMore") : t("composer.photos.add")}
          </label>
          <input
            ref={inputRef}
            id={`${id}-files`}
            type="file"
            name="photos"
            accept="image/*"
            multiple
            onChange={choose}
            aria-invalid={errorId ? true : undefined}
            aria-describedby={errorId}
            className="block w-full text-sm text-ink-muted file:mr-3 file:min-h-11 file:cursor-pointer file:rounded-control file:border file:border-line-strong file:bg-surface file:px-4 file:py-2 file:font-semibold file:text-ink"
          />
        </div>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </fieldset>
  );
}

/** A button for one photo, read out with its number ("Move up: photo 2"); `isIconOnly` keeps the label for screen readers and the tooltip. */
function PhotoButton({
  label,
  about,
  icon,
  isDisabled = false,
  isIconOnly = false,
  onClick,
}: {
  label: string;
  about: number;
  icon: ReactNode;
  isDisabled?: boolean;
  isIconOnly?: boolean;
  onClick: () => void;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button-secondary min-w-11 px-3 text-sm disabled:cursor-not-allowed disabled:opacity-50"
      aria-label={`${label}: ${t("composer.photos.photoNumber", { position: about })}`}
      title={isIconOnly ? label : undefined}
      disabled={isDisabled}
      onClick={onClick}
    >
      {icon}
      {isIconOnly ? null : label}
    </button>
  );
}
