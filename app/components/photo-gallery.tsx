import { Link } from "@remix-run/react";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useRef, useState } from "react";
import { useTranslation } from "~/utils/i18n";
import type { PhotoView } from "~/models/photos.server";
import { useIsHydrated } from "~/utils/hydrated";
import { Photo } from "./photo";

// The story page's column is at most 64rem wide (max-w-5xl less its padding).
const SIZES = "(min-width: 1024px) 992px, 100vw";

/**
 * A story's photos, first on its page and large. Without JavaScript they stand one under the
 * other; with it they become a strip that swipes (CSS scroll snap), with its position ("1 / 3")
 * and buttons for the previous and next. Under each, "Report this photo" (`reportTo`, unless it is
 * one's own story), and a note on a photo a manager has hidden (seen by its author and managers).
 */
export function PhotoGallery({ photos, reportTo }: { photos: PhotoView[]; reportTo?: (photoId: string) => string }) {
  const { t } = useTranslation();
  const isHydrated = useIsHydrated();
  const stripRef = useRef<HTMLUListElement>(null);
  const [current, setCurrent] = useState(0);
  if (photos.length === 0) return null;
  // Several photos become a strip where JavaScript runs: laid out so by the `js:` classes from the
  // first paint (no shift at hydration); the buttons work once React has started.
  const hasStrip = photos.length > 1;

  const go = (index: number) => {
    const strip = stripRef.current;
    if (!strip) return;
    strip.scrollTo({ left: index * strip.clientWidth, behavior: "smooth" });
  };

  return (
    <section aria-label={t("story.photos")} className="space-y-2">
      <ul
        ref={stripRef}
        // The strip scrolls sideways: focusable, so arrow keys move it too (axe: scrollable-region-focusable);
        // positioned, so the screen-reader-only text of a photo off to the side cannot widen the page.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={hasStrip ? 0 : undefined}
        onScroll={(event) => {
          const strip = event.currentTarget;
          setCurrent(Math.round(strip.scrollLeft / Math.max(strip.clientWidth, 1)));
        }}
        className={
          hasStrip
            ? "space-y-4 js:relative js:flex js:snap-x js:snap-mandatory js:space-y-0 js:overflow-x-auto js:overscroll-x-contain js:rounded-xl js:focus-visible:outline-2"
            : undefined
        }
      >
        {photos.map((photo, index) => (
          <li key={photo.id} className={hasStrip ? "js:w-full js:shrink-0 js:snap-center" : undefined}>
            <figure className="space-y-1">
              <Photo
                photo={photo}
                sizes={SIZES}
                isPriority={index === 0}
                className={`max-h-[min(70vh,36rem)] w-full rounded-xl object-contain ${hasStrip ? "js:bg-surface-muted" : ""} ${photo.isHidden ? "opacity-50" : ""}`}
              />
              <figcaption className="flex flex-wrap items-center justify-between gap-2 text-sm">
                {photo.isHidden ? <span className="font-semibold text-warning">{t("story.photoHidden")}</span> : null}
                {reportTo && !photo.isHidden ? (
                  <Link to={reportTo(photo.id)} className="link ml-auto inline-flex min-h-6 items-center">
                    {t("story.reportPhoto")}
                    {photos.length > 1 ? (
                      <span className="sr-only">
                        {" "}
                        {t("story.photoPosition", { position: index + 1, count: photos.length })}
                      </span>
                    ) : null}
                  </Link>
                ) : null}
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
      {hasStrip ? (
        <div className="hidden items-center justify-center gap-4 js:flex">
          <button
            type="button"
            className="button-secondary"
            disabled={!isHydrated || current === 0}
            onClick={() => go(current - 1)}
          >
            <ChevronLeft aria-hidden="true" className="size-5" />
            <span className="sr-only">{t("story.previousPhoto")}</span>
          </button>
          <p aria-live="polite" className="min-w-16 text-center text-sm font-semibold tabular-nums">
            <span className="sr-only">{t("story.photos")}: </span>
            {current + 1} / {photos.length}
          </p>
          <button
            type="button"
            className="button-secondary"
            disabled={!isHydrated || current === photos.length - 1}
            onClick={() => go(current + 1)}
          >
            <ChevronRight aria-hidden="true" className="size-5" />
            <span className="sr-only">{t("story.nextPhoto")}</span>
          </button>
        </div>
      ) : null}
    </section>
  );
}
