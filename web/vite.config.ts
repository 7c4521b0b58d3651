import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

// Anchor everything to this file so `npx vite build web` (run from the repo root) and
// `vite` run from inside web/ resolve the same paths.
const webRoot = fileURLToPath(new URL(".", import.meta.url));
const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;
const proxy = { "/api": apiTarget };

export default defineConfig({
  root: webRoot,
  plugins: [solid()],
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
  },
  // Same proxy for `vite preview`, so a built bundle can be tried against a local API.
  server: { proxy },
  preview: { proxy },
});
