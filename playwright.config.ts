import { defineConfig } from '@playwright/test';

// Browser tests of the built playground in Debian's Chromium (no browser
// download; see shared/toolchain.md). `npm run test:e2e` builds first.
const chromium = process.env.CHANSCOPE_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: 'http://localhost:4173',
    launchOptions: { executablePath: chromium, args: ['--disable-gpu', '--disable-quic'] },
    viewport: { width: 1440, height: 900 },
  },
  webServer: {
    command: 'test -f dist/index.html || { echo "dist/ missing: run vite build first"; exit 1; }; npx vite preview --port 4173 --strictPort',
    url: 'http://localhost:4173',
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
