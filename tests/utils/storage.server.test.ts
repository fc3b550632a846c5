// Both storage implementations pass the same tests: the folder on disk, and S3 against a local
// S3-compatible server (s3rver) that this file starts on 127.0.0.1. Nothing here leaves the machine.
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FileStorage } from "~/utils/storage.server";
import { LocalStorage, S3Storage } from "~/utils/storage.server";

const folders: string[] = [];
const folder = () => {
  const path = mkdtempSync(join(tmpdir(), "bw-storage-"));
  folders.push(path);
  return path;
};

let s3: S3rver;
let endpoint = "";
beforeAll(async () => {
  s3 = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: folder(),
    configureBuckets: [{ name: "brandworthy", configs: [] }],
  });
  const address = (await s3.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await s3.close();
  for (const path of folders) rmSync(path, { recursive: true, force: true });
});

const implementations: [string, () => FileStorage][] = [
  ["a folder on disk", () => new LocalStorage(folder())],
  [
    "S3-compatible storage",
    () =>
      new S3Storage({
        bucket: "brandworthy",
        endpoint,
        region: "us-east-1",
        accessKeyId: "S3RVER",
        secretAccessKey: "S3RVER",
        forcePathStyle: true,
      }),
  ],
];

const read = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer());

describe.each(implementations)("storage in %s", (_name, make) => {
  it("stores a file, gives it back with its type and size, and lists it under its prefix", async () => {
    const storage = make();
    const data = Buffer.from([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 255]);
    await storage.put("photos/abc/1234-480.webp", data, "image/webp");
    await storage.put("photos/abc/1234-480.jpeg", Buffer.from("jpeg"), "image/jpeg");
    await storage.put("avatars/xyz/99-96.webp", Buffer.from("face"), "image/webp");
    const file = await storage.get("photos/abc/1234-480.webp");
    expect(file?.contentType).toBe("image/webp");
    expect(file?.size).toBe(data.byteLength);
    expect(await read(file!.body)).toEqual(data);
    expect(await storage.list("photos/")).toEqual(["photos/abc/1234-480.jpeg", "photos/abc/1234-480.webp"]);
    expect(await storage.list("")).toHaveLength(3);
  });

  it("answers null for a key without a file, and removes files (missing ones too) for good", async () => {
    const storage = make();
    expect(await storage.get("photos/none/0-480.webp")).toBeNull();
    await storage.put("photos/gone/1-480.webp", Buffer.from("x"), "image/webp");
    await storage.remove(["photos/gone/1-480.webp", "photos/never/2-480.webp"]);
    expect(await storage.get("photos/gone/1-480.webp")).toBeNull();
    expect(await storage.list("photos/gone/")).toEqual([]);
  });

  it("refuses keys that could reach outside its own space", async () => {
    const storage = make();
    for (const key of ["../etc/passwd", "photos/../../x.webp", "/photos/a.webp", "photos/a b.webp", "photos"]) {
      await expect(storage.put(key, Buffer.from("x"), "image/webp"), key).rejects.toThrow(/Not a storage key/);
      await expect(storage.get(key), key).rejects.toThrow(/Not a storage key/);
    }
  });
});
