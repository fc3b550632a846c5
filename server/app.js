// The Express app: compression, the security headers, static files, the request guard, then Remix.
// Made by a function so tests can start it on a port of their own with a handler of their own.
import compression from "compression";
import express from "express";
import { ignoreStalledBodyErrors, requestGuard, securityHeaders } from "./security.js";

/**
 * @param {{
 *   handleRequest: import("express").RequestHandler,
 *   clientDir?: string,
 *   devMiddleware?: import("express").RequestHandler,
 *   isDevelopment: boolean,
 *   appOrigin?: string,
 *   trustProxy?: string,
 *   bodyStallMs?: number,
 * }} options
 */
export function createApp({
  handleRequest,
  clientDir,
  devMiddleware,
  isDevelopment,
  appOrigin,
  trustProxy,
  bodyStallMs,
}) {
  const app = express();
  app.disable("x-powered-by");
  if (trustProxy) app.set("trust proxy", trustProxy);
  app.use(compression());
  // Before the static files: they get the same headers as pages (nosniff above all).
  app.use(securityHeaders({ isDevelopment }));
  if (devMiddleware) app.use(devMiddleware);
  if (clientDir) {
    // Vite fingerprints everything under assets/, so those files can be cached forever.
    app.use("/assets", express.static(`${clientDir}/assets`, { immutable: true, maxAge: "1y" }));
    app.use(express.static(clientDir, { maxAge: "1h" }));
  }
  app.use(requestGuard({ appOrigin, bodyStallMs }));
  app.all("*", handleRequest);
  app.use(ignoreStalledBodyErrors);
  return app;
}
