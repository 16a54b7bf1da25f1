import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The playground: one page; the engine runs in a module Web Worker
// (src/worker/engine.worker.ts); Monaco is split into its own lazily loaded chunk.
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 5000,
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
