import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.js";
import {
  contentSecurityPolicy,
  isAllowedOrigin,
  MAX_BODY_BYTES,
  MAX_UPLOAD_BODY_BYTES,
} from "../../server/security.js";

describe("isAllowedOrigin", () => {
  const ownOrigin = "https://brandworthy.example";
  it.each([
    ["GET", undefined, true],
    ["HEAD", "https://evil.example", true],
    ["POST", "https://brandworthy.example", true],
    ["post", "https://brandworthy.example", true],
    ["POST", "https://evil.example", false],
    ["POST", "https://brandworthy.example.evil.example", false],
    ["POST", "http://brandworthy.example", false],
    ["POST", "null", false],
    ["POST", undefined, false],
    ["DELETE", "not a url", false],
  ])("%s from %s is allowed: %s", (method, origin, allowed) => {
    expect(isAllowedOrigin({ method, origin, ownOrigin })).toBe(allowed);
  });
});

const SECURITY_HEADERS = ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options"];

/** Sends raw bytes and gives back whatever the server answers before it closes the connection. */
function rawExchange(port: number, request: string) {
  return new Promise<{ answer: string; closedAfterMs: number }>((resolve, reject) => {
    const started = Date.now();
    let answer = "";
    const socket = connect(port, "127.0.0.1", () => socket.write(request));
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => (answer += chunk));
    socket.on("close", () => resolve({ answer, closedAfterMs: Date.now() - started }));
    socket.on("error", reject);
    setTimeout(() => socket.destroy(), 10_000);
  });
}

describe("the server (static files, guard, headers) on a real port", () => {
  let baseUrl = "";
  let port = 0;
  let close: () => void = () => {};
  const clientDir = mkdtempSync(join(tmpdir(), "bw-client-"));
  beforeAll(async () => {
    mkdirSync(join(clientDir, "assets"));
    writeFileSync(join(clientDir, "assets", "entry-abc123.js"), "console.log(1)");
    writeFileSync(join(clientDir, "manifest.webmanifest"), "{}");
    const app = createApp({
      isDevelopment: false,
      clientDir,
      bodyStallMs: 300,
      // Reads the whole body first, as Remix does, then answers.
      handleRequest: (req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (chunk: Buffer) => chunks.push(chunk));
        req.on("end", () => res.send(`ok ${res.locals.cspNonce}`));
        req.on("error", () => undefined);
      },
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    port = (server.address() as AddressInfo).port;
    baseUrl = `http://127.0.0.1:${port}`;
    close = () => server.close();
  });
  afterAll(() => {
    close();
    rmSync(clientDir, { recursive: true, force: true });
  });

  it("sends the pages' security headers with static files too", async () => {
    for (const path of ["/assets/entry-abc123.js", "/manifest.webmanifest"]) {
      const response = await fetch(baseUrl + path);
      expect(response.status, path).toBe(200);
      for (const header of SECURITY_HEADERS) expect(response.headers.get(header), `${path} ${header}`).toBeTruthy();
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    }
    expect((await fetch(`${baseUrl}/assets/entry-abc123.js`)).headers.get("Cache-Control")).toContain("immutable");
  });

  it("gives up a body shorter than its Content-Length with a 408 once it has been silent for the limit, and keeps serving", async () => {
    const { answer, closedAfterMs } = await rawExchange(
      port,
      [
        "POST /stories/new HTTP/1.1",
        `Host: 127.0.0.1:${port}`,
        `Origin: ${baseUrl}`,
        "Content-Type: application/x-www-form-urlencoded",
        "Content-Length: 100",
        "",
        "title=only+part+of+it",
      ].join("\r\n"),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(closedAfterMs).toBeLessThan(2_000);
    expect((await fetch(`${baseUrl}/login`)).status).toBe(200);
  });

  it("lets a slow body through as long as it keeps arriving", async () => {
    const body = "title=" + "x".repeat(40);
    const response = await new Promise<string>((resolve) => {
      let answer = "";
      const socket = connect(port, "127.0.0.1", async () => {
        socket.write(
          `POST /stories/new HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${baseUrl}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
        );
        // Four bytes every 150 ms: longer than the 300 ms limit in all, never silent for that long.
        for (let index = 0; index < body.length; index += 4) {
          socket.write(body.slice(index, index + 4));
          await new Promise((wait) => setTimeout(wait, 150));
        }
      });
      socket.setEncoding("utf8");
      socket.on("data", (chunk) => (answer += chunk));
      socket.on("close", () => resolve(answer));
    });
    expect(response).toMatch(/^HTTP\/1\.1 200/);
  });

  it("refuses a POST from another origin before it reaches the app", async () => {
    const response = await fetch(`${baseUrl}/login`, {
      method: "POST",
      headers: { Origin: "https://evil.example" },
      body: "x=1",
    });
    expect(response.status).toBe(403);
    expect(await response.text()).not.toMatch(/^ok/);
  });

  it("refuses a body larger than any form before reading it, and one of unknown length", async () => {
    const tooLarge = await fetch(`${baseUrl}/collections/new`, {
      method: "POST",
      headers: { Origin: baseUrl },
      body: "x".repeat(MAX_BODY_BYTES + 1),
    });
    expect(tooLarge.status).toBe(413);
    // The forms that carry photos take four of 12 MB, and no more.
    const photos = await fetch(`${baseUrl}/stories/new`, {
      method: "POST",
      headers: { Origin: baseUrl },
      body: "x".repeat(MAX_BODY_BYTES * 2),
    });
    expect(photos.status).toBe(200);
    const tooManyPhotos = await fetch(`${baseUrl}/photos`, {
      method: "POST",
      headers: { Origin: baseUrl },
      body: "x".repeat(MAX_UPLOAD_BODY_BYTES + 1),
    });
    expect(tooManyPhotos.status).toBe(413);
    const megabyte = await fetch(`${baseUrl}/stories/new`, {
      method: "POST",
      headers: { Origin: baseUrl },
      body: `title=${"x".repeat(1_000_000)}`,
    });
    expect(megabyte.status).toBe(200);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("title=endless"));
        controller.close();
      },
    });
    const chunked = await fetch(`${baseUrl}/stories/new`, {
      method: "POST",
      headers: { Origin: baseUrl },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(411);
  });

  it("passes a POST from its own origin", async () => {
    const response = await fetch(`${baseUrl}/login`, { method: "POST", headers: { Origin: baseUrl }, body: "x=1" });
    expect(response.status).toBe(200);
  });

  it("sends the security headers with a fresh nonce per response", async () => {
    const [first, second] = await Promise.all([fetch(baseUrl), fetch(baseUrl)]);
    const csp = first.headers.get("Content-Security-Policy") ?? "";
    const nonce = (await first.text()).slice(3);
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline' 'unsafe-eval");
    expect(second.headers.get("Content-Security-Policy")).not.toBe(csp);
    expect(first.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(first.headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
  });

  it("allows no inline scripts in production", () => {
    const policy = contentSecurityPolicy({ nonce: "abc", isDevelopment: false });
    expect(policy).toMatch(/script-src 'nonce-abc' 'strict-dynamic'/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
