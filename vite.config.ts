import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA (src/web) is built to dist/web and served by the Fastify process (ADR 0001).
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
