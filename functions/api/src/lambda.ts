import { createDb } from "@congdoan/db";
import { handle } from "hono/aws-lambda";
import { createApp } from "./app";
import { registeredPlugins } from "./plugin-host/registry";

const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error("TABLE_NAME is not set");

/** Built once per Lambda container, reused by every invocation it serves. */
const secret = process.env.JWT_SECRET;
if (!secret || secret.length < 32) throw new Error("JWT_SECRET is not set (at least 32 characters)");
const { app } = createApp({
  db: createDb({ tableName }),
  plugins: registeredPlugins,
  jwtSecret: new TextEncoder().encode(secret),
});

export const handler = handle(app);
