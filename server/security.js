// Request-level protections that must run before Remix: the Origin check and the security headers.
// Plain JavaScript so the production server can import it without a build step.
import { randomBytes } from "node:crypto";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// The largest form (a story with every prompt filled in) is well under 100 kB; Remix reads a whole
// body into memory, so anything far beyond that is refused before it is read.
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * A state-changing request is accepted only when the browser says it comes from this app.
 * A missing Origin counts as foreign: every browser this app supports sends one on POST.
 * @param {{ method: string, origin: string | undefined, ownOrigin: string }} request
 */
export function isAllowedOrigin({ method, origin, ownOrigin }) {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  if (!origin || origin === "null") return false;
  try {
    return new URL(origin).origin === new URL(ownOrigin).origin;
  } catch {
    return false;
  }
}

/**
 * @param {{ nonce: string, isDevelopment: boolean }} options
 */
export function contentSecurityPolicy({ nonce, isDevelopment }) {
  const scriptSrc = isDevelopment ? "'self' 'unsafe-inline' 'unsafe-eval'" : `'nonce-${nonce}' 'strict-dynamic'`;
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self'",
    // React writes inline style attributes (value colours); nothing else inline is allowed.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${isDevelopment ? " ws:" : ""}`,
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** @param {{ appOrigin?: string, isDevelopment: boolean }} options */
export function securityMiddleware({ appOrigin, isDevelopment }) {
  /** @type {import("express").RequestHandler} */
  return (req, res, next) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.setHeader("Content-Security-Policy", contentSecurityPolicy({ nonce, isDevelopment }));
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");

    const ownOrigin = appOrigin ?? `${req.protocol}://${req.get("host")}`;
    if (!isAllowedOrigin({ method: req.method, origin: req.get("origin"), ownOrigin })) {
      res.status(403).type("text/plain").send("This request did not come from Brandworthy, so it was refused.");
      return;
    }
    if (!SAFE_METHODS.has(req.method.toUpperCase())) {
      const length = req.get("content-length");
      // Browsers send a length with every form; a stream without one could run on without end.
      if (length === undefined && req.get("transfer-encoding")) {
        res
          .set("Connection", "close")
          .status(411)
          .type("text/plain")
          .send("This request did not say how large it is, so it was refused.");
        return;
      }
      if (Number(length) > MAX_BODY_BYTES) {
        res
          .set("Connection", "close")
          .status(413)
          .type("text/plain")
          .send("This request is too large for Brandworthy, so it was refused.");
        return;
      }
    }
    next();
  };
}
