export * from "./role-session";
export * from "./scoped-db";
export * from "./tenant-credential-cache";
export * from "./types";
