import { availableParallelism } from "node:os";
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
    // the DOM for the components' tests; pure logic says "@vitest-environment node" in its first line, and
    // skips setting up a jsdom window per file (most of the run's time)
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    // vitest keeps a core free by default (one worker on two cores); in the build nothing waits for it
    maxWorkers: availableParallelism(),
  },
});
