// `npm run screenshots`: the README's pictures: graph and timeline views of the
// worker pool example, in light and dark theme, from the production build in
// Debian's Chromium. Writes docs/{graph,timeline}-{light,dark}.png.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const port = 4178;
const base = `http://localhost:${port}`;

async function main(): Promise<void> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const browser = await chromium.launch({ executablePath: process.env.CHANSCOPE_CHROMIUM ?? '/usr/bin/chromium', args: ['--disable-gpu', '--disable-quic'] });
    for (const theme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 860 }, deviceScaleFactor: 1, colorScheme: theme });
      await page.goto(base);
      await page.waitForFunction(() => (window as unknown as { __chanscopeEditor?: unknown }).__chanscopeEditor !== undefined);
      await page.getByTestId('run').click();
      await page.getByTestId('run').waitFor();
      // a moment in the middle of the run: jobs in the buffer, workers busy
      await page.getByTestId('to-end').click();
      const total = Number((await page.getByTestId('event-position').textContent())!.split('/')[1]);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Home');
      for (let i = 0; i < Math.floor(total * 0.3); i++) await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `docs/graph-${theme}.png` });
      await page.keyboard.press('t');
      await page.waitForTimeout(400);
      await page.screenshot({ path: `docs/timeline-${theme}.png` });
      await page.close();
    }
    await browser.close();
    console.log('wrote docs/graph-light.png docs/graph-dark.png docs/timeline-light.png docs/timeline-dark.png');
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGINT');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
