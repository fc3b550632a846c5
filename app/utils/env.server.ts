import { z } from "zod";

// Every setting the app reads, with its default; the README lists the same table.
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().default("file:./data/brandworthy.db"),
  // The public origin (e.g. https://brandworthy.example.com); derived from the request when unset.
  APP_ORIGIN: z.string().url().optional(),
  SESSION_DAYS: z.coerce.number().int().positive().default(30),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().positive().default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  // Photos: a folder by default; with S3_BUCKET set, S3-compatible object storage instead.
  UPLOADS_DIR: z.string().default("./data/uploads"),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
});

export const env = EnvSchema.parse(process.env);
export const isProduction = env.NODE_ENV === "production";
