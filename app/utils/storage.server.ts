// Where uploaded files live: a folder on local disk (the embedded default), or S3-compatible
// object storage for deployments with several app servers, which cannot share a folder.
// Both do the same four things; see docs/decisions/0013-photos.md.
import { createReadStream } from "node:fs";
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { Readable } from "node:stream";
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { env } from "./env.server";

export type StoredFile = { body: ReadableStream<Uint8Array>; contentType: string; size: number };

export interface FileStorage {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The file, or null when there is none under the key. */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the files; keys without a file are fine. */
  remove(keys: string[]): Promise<void>;
  /** Every key under the prefix (for backups and for moving storage). */
  list(prefix: string): Promise<string[]>;
}

// Keys are made by the app ("photos/<id>/<hash>-960.webp"); anything else is a mistake or an attack.
const KEY_PATTERN = /^[a-z0-9]+(\/[a-zA-Z0-9._-]+)+$/;
function checkKey(key: string) {
  if (!KEY_PATTERN.test(key) || key.split("/").some((part) => part === "." || part === "..")) {
    throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
  }
}

const contentTypes: Record<string, string> = { webp: "image/webp", jpeg: "image/jpeg", jpg: "image/jpeg" };
const typeOf = (key: string) => contentTypes[key.split(".").pop() ?? ""] ?? "application/octet-stream";

export class LocalStorage implements FileStorage {
  private readonly root: string;
  constructor(root: string) {
    this.root = resolve(root);
  }
  private path(key: string) {
    checkKey(key);
    return join(this.root, ...key.split("/"));
  }
  async put(key: string, data: Buffer) {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  }
  async get(key: string): Promise<StoredFile | null> {
    const path = this.path(key);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    return {
      body: Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>,
      contentType: typeOf(key),
      size: info.size,
    };
  }
  async remove(keys: string[]) {
    await Promise.all(keys.map((key) => rm(this.path(key), { force: true })));
  }
  async list(prefix: string) {
    const start = join(this.root, ...prefix.split("/").filter(Boolean));
    const entries = await readdir(start, { recursive: true, withFileTypes: true }).catch(() => []);
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(this.root, join(entry.parentPath, entry.name)).split(sep).join("/"))
      .sort();
  }
}

export type S3Settings = {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
};

export class S3Storage implements FileStorage {
  private readonly client: S3Client;
  constructor(private readonly settings: S3Settings) {
    // The SDK is pinned to a release that supports Node 20 (docs/stack.md); its notice that later
    // releases will not is known, not news on every start.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
    });
  }
  async put(key: string, data: Buffer, contentType: string) {
    checkKey(key);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.settings.bucket, Key: key, Body: data, ContentType: contentType }),
    );
  }
  async get(key: string): Promise<StoredFile | null> {
    checkKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }));
      if (!object.Body) return null;
      return {
        body: object.Body.transformToWebStream() as ReadableStream<Uint8Array>,
        contentType: object.ContentType ?? typeOf(key),
        size: object.ContentLength ?? 0,
      };
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return null;
      throw error;
    }
  }
  async remove(keys: string[]) {
    keys.forEach(checkKey);
    // One request removes up to 1,000 objects.
    for (let start = 0; start < keys.length; start += 1000) {
      await this.client.send(
        new DeleteObjectsCommand({
          Bucket: this.settings.bucket,
          Delete: { Objects: keys.slice(start, start + 1000).map((Key) => ({ Key })), Quiet: true },
        }),
      );
    }
  }
  async list(prefix: string) {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      keys.push(...(page.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : [])));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys.sort();
  }
}

/** The storage the settings choose: S3 when a bucket is named, the uploads folder otherwise. */
export function createStorage(settings = env): FileStorage {
  if (settings.S3_BUCKET) {
    return new S3Storage({
      bucket: settings.S3_BUCKET,
      endpoint: settings.S3_ENDPOINT,
      region: settings.S3_REGION,
      accessKeyId: settings.S3_ACCESS_KEY_ID,
      secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
      forcePathStyle: settings.S3_FORCE_PATH_STYLE,
    });
  }
  return new LocalStorage(settings.UPLOADS_DIR);
}

const globalForStorage = globalThis as unknown as { __storage?: FileStorage };
export const storage = (globalForStorage.__storage ??= createStorage());
