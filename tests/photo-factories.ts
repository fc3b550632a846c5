// Real photos for tests: made with sharp (nothing downloaded) and stored through the same pipeline
// and storage as uploads, in the test file's own uploads folder.
import sharp from "sharp";
import { setStoryPhotos, storeUploads } from "~/models/photos.server";
import { db } from "~/utils/db.server";
import { BASE_URL, call, testContext } from "./factories";

let sequence = 0;

/** A JPEG as a phone sends it: a few hundred pixels of colour, as a File from a form. */
export async function testPhotoFile({
  width = 640,
  height = 480,
  name,
}: { width?: number; height?: number; name?: string } = {}) {
  sequence += 1;
  const data = await sharp({
    create: { width, height, channels: 3, background: { r: 40 * (sequence % 6), g: 120, b: 160 } },
  })
    .jpeg()
    .toBuffer();
  return new File([new Uint8Array(data)], name ?? `IMG_${1000 + sequence}.jpg`, { type: "image/jpeg" });
}

/** An upload of the person's, not yet posted with a story. */
export async function createTestUpload(owner: { id: string }) {
  const [photo] = await storeUploads(owner, [await testPhotoFile()], { field: "photos" });
  return photo!;
}

/** A photo on the story, by its author. */
export async function createTestStoryPhoto(
  story: { id: string; authorId: string | null },
  description = "The rug, carried to the car",
) {
  const upload = await createTestUpload({ id: story.authorId! });
  const removeDropped = await db.$transaction((tx) => setStoryPhotos(tx, story.id, [{ id: upload.id, description }]));
  await removeDropped();
  return upload;
}

/** A PNG that claims 20,000 × 20,000 pixels (1.6 GB decoded) in a few hundred bytes. */
export async function decompressionBomb() {
  const bomb = Buffer.from(
    await sharp({ create: { width: 1, height: 1, channels: 3, background: "#000" } })
      .png()
      .toBuffer(),
  );
  bomb.writeUInt32BE(20_000, 16);
  bomb.writeUInt32BE(20_000, 20);
  bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29);
  return bomb;
}

function crc32(bytes: Buffer) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Files that must never become a photo, each as a browser would send it. */
export async function hostileUploads(): Promise<[string, File | File[]][]> {
  const jpegHeader = Buffer.from((await (await testPhotoFile()).arrayBuffer()).slice(0, 200));
  return [
    [
      "a photo larger than 12 MB",
      new File([new Uint8Array(Buffer.concat([jpegHeader, Buffer.alloc(12 * 1024 * 1024)]))], "big.jpg", {
        type: "image/jpeg",
      }),
    ],
    [
      "a program renamed to .jpg",
      new File(
        [new Uint8Array(Buffer.concat([Buffer.from("\x7fELF\x02\x01\x01"), Buffer.alloc(4000, 7)]))],
        "holiday.jpg",
        { type: "image/jpeg" },
      ),
    ],
    [
      "a decompression bomb",
      new File([new Uint8Array(await decompressionBomb())], "sunset.png", { type: "image/png" }),
    ],
    ["zero bytes", new File([], "IMG_0001.jpg", { type: "image/jpeg" })],
    ["20 files", await Promise.all(Array.from({ length: 20 }, () => testPhotoFile({ width: 32, height: 32 })))],
  ];
}

type MultipartFields = Record<string, string | File | (string | File)[]>;

/** A composer form as a browser without JavaScript sends it: multipart, files and text together. */
export function multipartRequest(path: string, fields: MultipartFields, { cookie }: { cookie?: string } = {}) {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  }
  return new Request(BASE_URL + path, {
    method: "POST",
    body,
    headers: { Origin: BASE_URL, ...(cookie ? { Cookie: cookie } : {}) },
  });
}

/** Calls a route's action with a multipart form, as the signed-in person. */
export function postMultipart(
  action: (args: { request: Request; params: Record<string, string>; context: typeof testContext }) => Promise<unknown>,
  path: string,
  fields: MultipartFields,
  { cookie, params = {} }: { cookie?: string; params?: Record<string, string> } = {},
) {
  return call(() => action({ request: multipartRequest(path, fields, { cookie }), params, context: testContext }));
}
