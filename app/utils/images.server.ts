// Photos as people take them on a phone, made safe and small: read by their content (never their
// name), turned upright, stripped of every piece of metadata (the location above all), and stored
// in a few widths as WebP with a JPEG fallback, plus a tiny blurred placeholder.
// See docs/decisions/0013-photos.md.
import decodeHeic from "heic-decode";
import sharp from "sharp";

/** What a phone sends at most per photo; anything larger is refused before it is decoded. */
export const MAX_PHOTO_BYTES = 12 * 1024 * 1024;
/** Larger images are refused from their header, before their pixels are decoded (decompression bombs). */
export const MAX_PHOTO_PIXELS = 40_000_000;

const STORY_WIDTHS = [480, 960, 1600] as const;
const AVATAR_SIZES = [96, 256] as const;
const PLACEHOLDER_WIDTH = 16;

/** Why a file is not a photo we take; a translation key under `photos.errors`. */
export type PhotoProblem = "empty" | "tooLarge" | "notAnImage" | "tooManyPixels" | "unreadable";

export class PhotoRefused extends Error {
  constructor(readonly problem: PhotoProblem) {
    super(`photo refused: ${problem}`);
  }
}

export type ImageVariant = { width: number; height: number; format: "webp" | "jpeg"; data: Buffer };
export type ProcessedImage = { width: number; height: number; placeholder: string; variants: ImageVariant[] };

type Purpose = "story" | "avatar";

/**
 * The pixels of a file that really is JPEG, PNG, WebP, AVIF or HEIC/HEIF, upright, as a sharp
 * pipeline with no metadata attached. HEIC (HEVC inside HEIF, as iPhones store photos) is decoded
 * by libheif in WebAssembly, which applies the file's rotation itself: sharp's prebuilt libvips
 * reads only AV1 inside HEIF.
 */
async function decode(data: Buffer) {
  if (data.byteLength === 0) throw new PhotoRefused("empty");
  if (data.byteLength > MAX_PHOTO_BYTES) throw new PhotoRefused("tooLarge");
  const options = { limitInputPixels: MAX_PHOTO_PIXELS, failOn: "error" } as const;
  let metadata: sharp.Metadata;
  try {
    // Only the header is read here, so no limit yet: the size it claims is checked next.
    metadata = await sharp(data, { limitInputPixels: false }).metadata();
  } catch {
    throw new PhotoRefused("notAnImage");
  }
  const { format, compression, width = 0, height = 0, orientation = 1 } = metadata;
  if (width * height > MAX_PHOTO_PIXELS) throw new PhotoRefused("tooManyPixels");
  if (format === "heif" && compression === "hevc") {
    try {
      const image = await decodeHeic({ buffer: data });
      const raw = { width: image.width, height: image.height, channels: 4 } as const;
      return { pipeline: sharp(Buffer.from(image.data), { raw }), width: image.width, height: image.height };
    } catch {
      throw new PhotoRefused("unreadable");
    }
  }
  if (!(format === "jpeg" || format === "png" || format === "webp" || format === "heif")) {
    throw new PhotoRefused("notAnImage");
  }
  // rotate() with no angle applies the orientation tag (5 to 8 turn the image on its side); nothing
  // is copied to the output unless asked for (no withMetadata), so EXIF, GPS, XMP and ICC stay behind.
  const isTurned = orientation >= 5;
  return {
    pipeline: sharp(data, options).rotate(),
    width: isTurned ? height : width,
    height: isTurned ? width : height,
  };
}

async function encode(pipeline: sharp.Sharp, width: number, height: number | undefined) {
  const resized = pipeline.clone().resize({ width, height, fit: height ? "cover" : "inside", position: "attention" });
  const [webp, jpeg] = await Promise.all([
    resized.clone().webp({ quality: 78 }).toBuffer({ resolveWithObject: true }),
    resized.clone().flatten({ background: "#ffffff" }).jpeg({ quality: 80, mozjpeg: true }).toBuffer({
      resolveWithObject: true,
    }),
  ]);
  return [webp, jpeg].map(({ data, info }): ImageVariant => ({
    width: info.width,
    height: info.height,
    format: info.format === "webp" ? "webp" : "jpeg",
    data,
  }));
}

/**
 * A photo for a story (widths 480, 960 and 1600, never enlarged) or a face for a profile (square,
 * cropped to what matters most, 96 and 256). Refuses with `PhotoRefused`.
 */
export async function processImage(data: Buffer, purpose: Purpose): Promise<ProcessedImage> {
  const { pipeline, ...upright } = await decode(data);
  const sizes =
    purpose === "avatar"
      ? AVATAR_SIZES.map((size) => [Math.min(size, upright.width, upright.height), true] as const)
      : [...new Set(STORY_WIDTHS.map((width) => Math.min(width, upright.width)))].map(
          (width) => [width, false] as const,
        );
  let variants: ImageVariant[];
  let placeholder: Buffer;
  try {
    variants = (
      await Promise.all(sizes.map(([size, isSquare]) => encode(pipeline, size, isSquare ? size : undefined)))
    ).flat();
    placeholder = await pipeline
      .clone()
      .resize({
        width: PLACEHOLDER_WIDTH,
        height: purpose === "avatar" ? PLACEHOLDER_WIDTH : undefined,
        fit: purpose === "avatar" ? "cover" : "inside",
      })
      .blur(1)
      .webp({ quality: 40 })
      .toBuffer();
  } catch {
    // A header that reads but pixels that do not (a truncated upload).
    throw new PhotoRefused("unreadable");
  }
  const largest = variants.reduce((best, variant) => (variant.width > best.width ? variant : best));
  return {
    width: largest.width,
    height: largest.height,
    placeholder: `data:image/webp;base64,${placeholder.toString("base64")}`,
    variants,
  };
}
