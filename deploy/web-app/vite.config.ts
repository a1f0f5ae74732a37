import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// The bundle goes into the jar (target/classes/web-app): the local launcher serves it from its class path.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "target/classes/web-app",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
  },
});
