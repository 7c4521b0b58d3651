export * from "./common";
export * from "./tenant";
export * from "./unit";
