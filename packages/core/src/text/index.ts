export * from "./slug";
