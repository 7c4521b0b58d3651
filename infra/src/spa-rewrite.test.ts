import { describe, expect, it } from "vitest";
import { spaRewriteSource } from "./spa-rewrite";

type Handler = (event: { request: { uri: string } }) => { uri: string };
// CloudFront Functions are plain JS; evaluate the exact source that gets deployed.
const handler = new Function(`${spaRewriteSource}; return handler;`)() as Handler;
const rewrite = (uri: string) => handler({ request: { uri } }).uri;

describe("SPA rewrite function", () => {
  it.each(["/", "/hoi-vien", "/hoi-vien/01HZX3", "/cong-doan/truong-a/bao-cao/"])(
    "serves index.html for client route %s",
    (uri) => expect(rewrite(uri)).toBe("/index.html"),
  );

  it.each(["/assets/index-3f2a9c.js", "/favicon.ico", "/robots.txt", "/index.html"])(
    "leaves file %s untouched",
    (uri) => expect(rewrite(uri)).toBe(uri),
  );
});
