export * from "./guestbook-plugin";
export * from "./harness";
