// Vite build of the web interface into dist/ (served by the Storyfold server); the dev server
// proxies /api (including the /api/events stream) to a server on 127.0.0.1:8080.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
