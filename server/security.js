// Request-level protections that must run before Remix: the security headers (on every response,
// static files included), the Origin check, and the limits on request bodies.
// Plain JavaScript so the production server can import it without a build step.
import { randomBytes } from "node:crypto";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// The largest form (a story with every prompt filled in) is well under 100 kB; Remix reads a whole
// body into memory, so anything far beyond that is refused before it is read.
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

// Forms that carry photos (the composer, the upload of one photo, a face on the profile): four
// photos of at most 12 MB each and the text around them. Every other path keeps the small limit.
export const MAX_UPLOAD_BODY_BYTES = 50 * 1024 * 1024;
const UPLOAD_PATHS = /^\/(stories\/new|stories\/[^/]+\/edit|photos|profile)$/;

// A body that stops arriving (shorter than its Content-Length, a client gone quiet) is given up
// after this long without a byte, so it cannot hold a connection and a request handler for good.
// Measured as silence, not as total time: a large upload over a slow phone line keeps going.
export const BODY_STALL_MS = 10_000;

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

/**
 * The headers every response carries, pages and static files alike, with a fresh nonce for the
 * page's scripts.
 * @param {{ isDevelopment: boolean }} options
 */
export function securityHeaders({ isDevelopment }) {
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
    next();
  };
}

/**
 * @param {import("express").Response} res
 * @param {number} status
 * @param {string} message
 */
function refuse(res, status, message) {
  res.set("Connection", "close").status(status).type("text/plain").send(message);
}

/**
 * Requests that change something: from this app's own origin, of a known and bounded size, and
 * with a body that keeps arriving.
 * @param {{ appOrigin?: string, bodyStallMs?: number }} options
 */
export function requestGuard({ appOrigin, bodyStallMs = BODY_STALL_MS }) {
  /** @type {import("express").RequestHandler} */
  return (req, res, next) => {
    const ownOrigin = appOrigin ?? `${req.protocol}://${req.get("host")}`;
    if (!isAllowedOrigin({ method: req.method, origin: req.get("origin"), ownOrigin })) {
      res.status(403).type("text/plain").send("This request did not come from Brandworthy, so it was refused.");
      return;
    }
    if (SAFE_METHODS.has(req.method.toUpperCase())) return next();
    const length = req.get("content-length");
    // Browsers send a length with every form; a stream without one could run on without end.
    if (length === undefined && req.get("transfer-encoding")) {
      return refuse(res, 411, "This request did not say how large it is, so it was refused.");
    }
    const limit = UPLOAD_PATHS.test(req.path) ? MAX_UPLOAD_BODY_BYTES : MAX_BODY_BYTES;
    if (Number(length) > limit) {
      return refuse(res, 413, "This request is too large for Brandworthy, so it was refused.");
    }
    watchForStall(req, res, bodyStallMs);
    next();
  };
}

/**
 * After a 408 the handler that was reading the body fails in its turn, and finds the answer already
 * sent: that failure is expected, not worth a stack trace in the log.
 * @type {import("express").ErrorRequestHandler}
 */
export function ignoreStalledBodyErrors(error, _req, res, next) {
  if (res.locals.bodyStalled) return;
  next(error);
}

/**
 * Answers 408 and drops the connection when no byte of the body has arrived for `stallMs`. Node's
 * own request timeout counts the whole request (five minutes by default) and would also cut a slow
 * upload that is still moving, so progress is read from the socket instead.
 * @param {import("express").Request} req
 * @param {import("express").Response} res
 * @param {number} stallMs
 */
function watchForStall(req, res, stallMs) {
  if (req.complete) return;
  let bytesRead = req.socket.bytesRead;
  let quietSince = Date.now();
  const timer = setInterval(
    () => {
      if (req.complete) return clearInterval(timer);
      if (req.socket.bytesRead !== bytesRead) {
        bytesRead = req.socket.bytesRead;
        quietSince = Date.now();
        return;
      }
      if (Date.now() - quietSince < stallMs) return;
      clearInterval(timer);
      res.locals.bodyStalled = true;
      if (!res.headersSent) refuse(res, 408, "This request stopped arriving, so it was given up.");
      // The handler still waiting for the body gets an error instead of waiting for good.
      req.destroy();
    },
    Math.max(50, stallMs / 4),
  );
  timer.unref();
  res.on("close", () => clearInterval(timer));
}
