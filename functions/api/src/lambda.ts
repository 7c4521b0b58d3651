import { createDb } from "@congdoan/db";
import { handle } from "hono/aws-lambda";
import { createApp } from "./app";
import { registeredPlugins } from "./plugin-host/registry";

const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error("TABLE_NAME is not set");

/** Built once per Lambda container, reused by every invocation it serves. */
const { app } = createApp({ db: createDb({ tableName }), plugins: registeredPlugins });

export const handler = handle(app);
