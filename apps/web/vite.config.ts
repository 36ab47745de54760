import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';

// The API server the development server forwards to (`npm start` listens on 8080).
const API_TARGET = 'http://localhost:8080';

/**
 * Builds the web app into dist/, which the server serves under a strict CSP: no inline script,
 * nothing from another origin. Every asset (fonts included) is bundled from npm packages.
 */
export default defineConfig({
  // The React plugin is typed against the workspace root's Vite (pulled in by Vitest), this
  // build uses apps/web's own; the plugin API they share is the same.
  plugins: [react() as unknown as PluginOption],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: API_TARGET, changeOrigin: false },
      '/healthz': { target: API_TARGET },
      '/readyz': { target: API_TARGET },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Fonts and icons stay files, never data: URLs inlined into CSS or scripts.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        manualChunks: {
          react: ['react', 'react-dom', 'react-router'],
          mantine: ['@mantine/core', '@mantine/hooks', '@mantine/form', '@mantine/notifications', '@mantine/dates', 'dayjs'],
        },
      },
    },
  },
});
