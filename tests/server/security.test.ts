import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy, isAllowedOrigin, MAX_BODY_BYTES, securityMiddleware } from "../../server/security.js";

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

describe("security middleware on a real server", () => {
  let baseUrl = "";
  let close: () => void = () => {};
  beforeAll(async () => {
    const app = express();
    app.use(securityMiddleware({ isDevelopment: false }));
    app.all("*", (_req, res) => res.send(`ok ${res.locals.cspNonce}`));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

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
    const tooLarge = await fetch(`${baseUrl}/stories/new`, {
      method: "POST",
      headers: { Origin: baseUrl },
      body: "x".repeat(MAX_BODY_BYTES + 1),
    });
    expect(tooLarge.status).toBe(413);
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
