import type { PhotoView } from "~/models/photos.server";

const srcSet = (photo: PhotoView, format: "webp" | "jpeg") =>
  photo.files.map((file) => `${file[format]} ${file.width}w`).join(", ");

/**
 * A stored photo at the size the layout gives it: WebP with a JPEG fallback from `srcset`, its
 * own width and height (so nothing shifts while it loads), the blurred placeholder behind it, and
 * lazy loading unless it is the first thing on the page (`isPriority`).
 */
export function Photo({
  photo,
  sizes,
  className = "",
  isPriority = false,
}: {
  photo: PhotoView;
  /** How wide it shows, for the browser to pick a file: "(min-width: 640px) 600px, 100vw". */
  sizes: string;
  className?: string;
  isPriority?: boolean;
}) {
  return (
    <picture>
      <source type="image/webp" srcSet={srcSet(photo, "webp")} sizes={sizes} />
      <img
        src={photo.files.at(-1)!.jpeg}
        srcSet={srcSet(photo, "jpeg")}
        sizes={sizes}
        width={photo.width}
        height={photo.height}
        alt={photo.description}
        loading={isPriority ? "eager" : "lazy"}
        decoding="async"
        fetchPriority={isPriority ? "high" : undefined}
        className={`bg-cover bg-center ${className}`}
        style={{ backgroundImage: `url("${photo.placeholder}")` }}
      />
    </picture>
  );
}
