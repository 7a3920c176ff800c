import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { searchForWorkspaceRoot } from 'vite';

// Served by WildFly at /app; `npm run dev` proxies the API of a running server (mvn -Prun).
const server = process.env.CAMPUS_SMS_URL ?? 'http://localhost:8080';

export default defineConfig({
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: '../../../target/frontend-dist',
    emptyOutDir: true,
    sourcemap: true,
    // The budget is 300 KB of gzipped JavaScript for the first screen (about 1 MB minified); the browser test
    // prints what it is.
    chunkSizeWarningLimit: 1000,
  },
  server: {
    // The committed list of the API's error codes (app/errors.ts) lives beside the schema, outside this folder.
    fs: { allow: [searchForWorkspaceRoot(process.cwd()), '../../../../graphql-schema'] },
    proxy: {
      '/graphql': { target: server, ws: true, changeOrigin: true },
      '/downloads': { target: server, changeOrigin: true },
      '/app/config.json': { target: server, changeOrigin: true },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    // Component tests drive many steps each; on a busy 2-core machine (a Maven build beside them) 5 s is too short.
    testTimeout: 30000,
  },
});
