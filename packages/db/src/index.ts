export * from "./client";
export * from "./cursor";
export * from "./keys";
export * from "./store";
export * from "./table";
export * from "./tenants";
export * from "./units";
