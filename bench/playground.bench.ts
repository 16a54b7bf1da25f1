// `npm run bench:ui`: the playground's speed targets, measured in Debian's
// Chromium against the production build (run `npm run build` first):
//   - edit to first animated frame for a 50-line program (target < 100 ms),
//   - playback frame rate with 200 goroutines and 20 channels on screen (target 60 fps),
//   - initial load without Monaco (target < 400 KB gzipped).
// Figures, not pass/fail tests: timing depends on the machine.
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const port = Number(process.env.CHANSCOPE_BENCH_PORT ?? 4179);
/** The build to serve (default dist/). */
const dist = process.env.CHANSCOPE_DIST ?? 'dist';
const base = `http://localhost:${port}`;

function fiftyLineProgram(): string {
  return readFileSync(new URL('../src/ui/examples/workerpool.go', import.meta.url), 'utf8');
}

/** 200 goroutines over 20 channels: 10 producers and 10 consumers per channel. */
function crowdProgram(): string {
  return `package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(id int, ch chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 6; i++ {
		time.Sleep(time.Duration(1+id%3) * time.Millisecond)
		ch <- id*100 + i
	}
}

func consumer(ch <-chan int, wg *sync.WaitGroup, total *int, mu *sync.Mutex) {
	defer wg.Done()
	for v := range ch {
		mu.Lock()
		*total += v
		mu.Unlock()
	}
}

func main() {
	var chans [20]chan int
	var pw, cw sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for c := range chans {
		chans[c] = make(chan int, 2)
		for p := 0; p < 5; p++ {
			pw.Add(1)
			go producer(c*5+p, chans[c], &pw)
		}
		for k := 0; k < 5; k++ {
			cw.Add(1)
			go consumer(chans[c], &cw, &total, &mu)
		}
	}
	pw.Wait()
	for _, ch := range chans {
		close(ch)
	}
	cw.Wait()
	fmt.Println("total", total)
}
`;
}

async function setCode(page: Page, code: string): Promise<void> {
  await page.evaluate((text) => (window as unknown as { __chanscopeEditor: { setValue(s: string): void } }).__chanscopeEditor.setValue(text), code);
}

async function main(): Promise<void> {
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ missing: run \`npm run build\` first`);
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', dist], { stdio: 'ignore', detached: true });
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
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('crash', () => console.error('page crashed'));
    page.on('pageerror', (e) => console.error('page error:', e.message));

    // 1. initial load: every response before the user runs anything, Monaco's chunks apart
    const bodies: { url: string; gz: number; kind: 'page' | 'engine' | 'monaco' }[] = [];
    page.on('response', async (r) => {
      try {
        const b = await r.body();
        const url = r.url();
        const kind = /monaco|editor\.worker|MonacoEditor|codicon|\/assets\/go-[^/]*\.js$/i.test(url) ? 'monaco' : /engine\.worker/.test(url) ? 'engine' : 'page';
        bodies.push({ url, gz: gzipSync(b).length, kind });
      } catch {
        // redirects have no body
      }
    });
    await page.goto(base);
    await page.waitForFunction(() => (window as unknown as { __chanscopeEditor?: unknown }).__chanscopeEditor !== undefined);
    await page.waitForTimeout(2000);
    const sum = (k: string) => bodies.filter((b) => b.kind === k).reduce((a, b) => a + b.gz, 0);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`initial load without Monaco: page ${kb(sum('page'))} + engine worker ${kb(sum('engine'))} (prefetched 1 s after load) = ${kb(sum('page') + sum('engine'))} gzipped (target < 400 KB); Monaco ${kb(sum('monaco'))}, loaded lazily`);
    for (const b of bodies) console.log(`  ${kb(b.gz).padStart(10)}  ${b.kind.padEnd(6)} ${b.url.replace(base, '')}`);

    // 2. edit to first animated frame: the run request (Ctrl/Cmd+Enter after an edit) to the first frame that shows goroutines
    await page.getByTestId('auto-run').uncheck();
    const code = fiftyLineProgram();
    console.log(`program: ${code.split('\n').length} lines`);
    const samples: number[] = [];
    const engineMs: number[] = [];
    for (let i = 0; i < 7; i++) {
      await setCode(page, code + `\n// edit ${i}\n`);
      const ms = (await page.evaluate(`new Promise((resolve) => {
        const stage = document.querySelector('.stage-body');
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          if (stage.querySelector('[data-kind="goroutine"]')) {
            obs.disconnect();
            requestAnimationFrame(() => {
              const at = (n) => performance.getEntriesByName(n).pop().startTime;
              resolve({ total: performance.now() - t0, engine: at('chanscope:first-events') - at('chanscope:run') });
            });
          }
        });
        obs.observe(stage, { childList: true, subtree: true });
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
      })`)) as { total: number; engine: number };
      samples.push(ms.total);
      engineMs.push(ms.engine);
      await page.waitForTimeout(1200);
    }
    samples.sort((a, b) => a - b);
    engineMs.sort((a, b) => a - b);
    console.log(`edit to first animated frame: median ${samples[3].toFixed(1)} ms, best ${samples[0].toFixed(1)} ms, worst ${samples[6].toFixed(1)} ms (target < 100 ms; of which run request to first trace batch on the page: median ${engineMs[3].toFixed(1)} ms; all samples: ${samples.map((x) => x.toFixed(0)).join(', ')} ms)`);

    // 3. playback with 200 goroutines and 20 channels on screen
    await setCode(page, crowdProgram());
    await page.getByTestId('run').click();
    await page.getByTestId('run').waitFor({ timeout: 60_000 });
    const counts = await page.evaluate(() => ({
      goroutines: document.querySelectorAll('[data-kind="goroutine"]').length,
      chans: document.querySelectorAll('[data-kind="chan"]').length,
    }));
    await page.keyboard.press('Home');
    await page.locator('select[aria-label="speed"]').selectOption('16');
    await page.getByTestId('play').click();
    const fps = (await page.evaluate(`new Promise((resolve) => {
      const times = [];
      let last = performance.now();
      const start = last;
      const f = (ts) => {
        times.push(ts - last);
        last = ts;
        if (ts - start < 4000) requestAnimationFrame(f);
        else {
          const sorted = times.slice(1).sort((a, b) => a - b);
          resolve({ frames: times.length, seconds: (ts - start) / 1000, p95: sorted[Math.floor(sorted.length * 0.95)], worst: sorted[sorted.length - 1] });
        }
      };
      requestAnimationFrame(f);
    })`)) as { frames: number; seconds: number; p95: number; worst: number };
    const after = await page.evaluate(() => document.querySelectorAll('[data-kind="goroutine"]').length);
    console.log(`playback at 16x with ${Math.max(counts.goroutines, after)} goroutine nodes and ${counts.chans} channels: ${(fps.frames / fps.seconds).toFixed(1)} fps, p95 frame ${fps.p95.toFixed(1)} ms, worst ${fps.worst.toFixed(1)} ms (target 60 fps)`);
    await browser.close();
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGINT');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
