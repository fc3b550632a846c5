// The photo pipeline on real files: what comes out carries no metadata at all (a JPEG with GPS and
// an orientation tag above all), is upright, comes in the promised widths, and anything that is
// not really a photo we take is refused with its reason.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MAX_PHOTO_BYTES, PhotoRefused, processImage } from "~/utils/images.server";
import { decompressionBomb } from "../photo-factories";

/** 400 × 200: the left half red, the right half blue. */
async function halves() {
  const left = await sharp({ create: { width: 200, height: 200, channels: 3, background: "#ff0000" } })
    .png()
    .toBuffer();
  return sharp({ create: { width: 400, height: 200, channels: 3, background: "#0000ff" } }).composite([
    { input: left, left: 0, top: 0 },
  ]);
}

/** A JPEG as a phone held on its side stores it: orientation 6 (turn 90° clockwise to view), with where it was taken. */
async function phoneJpeg() {
  return (await halves())
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: "Phonemaker", Model: "Pocket 12", Software: "Camera 4.2" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 22/1 3/1", GPSLongitudeRef: "E", GPSLongitude: "4/1 53/1 7/1" },
    })
    .toBuffer();
}

async function colourAt(data: Buffer, x: number, y: number) {
  const { data: pixels, info } = await sharp(data).raw().toBuffer({ resolveWithObject: true });
  const offset = (y * info.width + x) * info.channels;
  return [pixels[offset]!, pixels[offset + 1]!, pixels[offset + 2]!];
}
const isRed = ([r, g, b]: number[]) => r! > 200 && g! < 60 && b! < 60;
const isBlue = ([r, g, b]: number[]) => b! > 200 && r! < 60 && g! < 60;

async function refusal(data: Buffer) {
  const error = await processImage(data, "story").catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(PhotoRefused);
  return (error as PhotoRefused).problem;
}

describe("processImage", () => {
  it("strips every piece of metadata, GPS above all, and stores the photo upright", async () => {
    const input = await phoneJpeg();
    const before = await sharp(input).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.toString("latin1")).toContain("Phonemaker");

    const image = await processImage(input, "story");
    expect(image.variants.length).toBeGreaterThan(0);
    for (const variant of image.variants) {
      const after = await sharp(variant.data).metadata();
      expect(after.format).toBe(variant.format);
      expect(after.exif, `${variant.format} ${variant.width}: EXIF`).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.iptc).toBeUndefined();
      expect(after.orientation ?? 1).toBe(1);
      // No trace of the camera or the place in the bytes themselves either.
      const bytes = variant.data.toString("latin1");
      for (const trace of ["Phonemaker", "Pocket 12", "GPS", "Exif"]) expect(bytes).not.toContain(trace);
      // Turned upright: 200 wide, 400 high, the red half (the left, before turning) now on top.
      expect(variant.height).toBe(variant.width * 2);
      expect(isRed(await colourAt(variant.data, Math.floor(variant.width / 2), 5))).toBe(true);
      expect(isBlue(await colourAt(variant.data, Math.floor(variant.width / 2), variant.height - 5))).toBe(true);
    }
    expect(image).toMatchObject({ width: 200, height: 400 });
  });

  it("makes 480, 960 and 1600 wide WebP and JPEG, never larger than the photo, and a tiny placeholder", async () => {
    const large = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: "#446688" } })
      .jpeg()
      .toBuffer();
    const image = await processImage(large, "story");
    expect(image.variants.map((variant) => `${variant.format} ${variant.width}×${variant.height}`).sort()).toEqual([
      "jpeg 1600×1200",
      "jpeg 480×360",
      "jpeg 960×720",
      "webp 1600×1200",
      "webp 480×360",
      "webp 960×720",
    ]);
    expect(image.placeholder).toMatch(/^data:image\/webp;base64,/);
    expect(image.placeholder.length).toBeLessThan(400);

    const small = await processImage(
      await sharp({ create: { width: 600, height: 400, channels: 3, background: "#446688" } })
        .png()
        .toBuffer(),
      "story",
    );
    expect([...new Set(small.variants.map((variant) => variant.width))].sort()).toEqual([480, 600]);
  });

  it("crops a face square, at 96 and 256", async () => {
    const image = await processImage(await phoneJpeg(), "avatar");
    expect(image.variants.map((variant) => `${variant.width}×${variant.height}`).sort()).toEqual([
      "200×200",
      "200×200",
      "96×96",
      "96×96",
    ]);
  });

  it("takes JPEG, PNG, WebP, AVIF and HEIC by their content, whatever they are called", async () => {
    const base = sharp({ create: { width: 320, height: 240, channels: 3, background: "#22aa66" } });
    const inputs = [
      await base.clone().jpeg().toBuffer(),
      await base.clone().png().toBuffer(),
      await base.clone().webp().toBuffer(),
      await base.clone().avif().toBuffer(),
      readFileSync(join(process.cwd(), "tests/fixtures/upright.heic")),
    ];
    for (const input of inputs) {
      const image = await processImage(input, "story");
      expect(image.variants.every((variant) => variant.width <= 480)).toBe(true);
      expect(image.variants.map((variant) => variant.format).sort()).toEqual(["jpeg", "webp"]);
    }
  });

  it("refuses what is not a photo we take, and says why", async () => {
    expect(await refusal(Buffer.alloc(0))).toBe("empty");
    // A program renamed to holiday.jpg: its content says what it is.
    expect(await refusal(Buffer.concat([Buffer.from("\x7fELF\x02\x01\x01"), Buffer.alloc(2000, 1)]))).toBe(
      "notAnImage",
    );
    expect(await refusal(Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj"))).toBe("notAnImage");
    // Formats we do not take: SVG can carry scripts, GIF animations are not photos.
    expect(await refusal(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'))).toBe(
      "notAnImage",
    );
    expect(
      await refusal(
        await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } })
          .gif()
          .toBuffer(),
      ),
    ).toBe("notAnImage");
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#c33" } })
      .jpeg()
      .toBuffer();
    expect(await refusal(jpeg.subarray(0, jpeg.length / 2))).toBe("unreadable");
    expect(await refusal(Buffer.concat([jpeg, Buffer.alloc(MAX_PHOTO_BYTES)]))).toBe("tooLarge");
  });

  it("refuses a decompression bomb from its header, before decoding its pixels", async () => {
    const bomb = await decompressionBomb();
    expect((await sharp(bomb, { limitInputPixels: false }).metadata()).width).toBe(20_000);
    expect(await refusal(bomb)).toBe("tooManyPixels");
  });
});
