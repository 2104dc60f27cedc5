// Unit tests: pure modules next to their sources (src/**/x.test.ts, scripts/**/x.test.ts). No astro:* imports.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
  },
});
