// The playground in real Chromium, served offline from the production build:
// type a program, run it, step, scrub, and check what the stage and console show.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const fixture = (name: string) => readFileSync(new URL(`../testdata/e2e/${name}`, import.meta.url), 'utf8');

/** Every request the page makes; the test asserts none leaves localhost. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

async function openPlayground(page: Page, opts: { autoRun?: boolean } = {}): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('editor')).toBeVisible();
  await page.waitForFunction(() => (window as unknown as { __chanscopeEditor?: unknown }).__chanscopeEditor !== undefined);
  // runs start from the Run button here unless a test is about auto-run
  if (!opts.autoRun) await page.getByTestId('auto-run').uncheck();
}

/** Replaces the editor's text the way a paste would (an undoable user edit). */
async function setCode(page: Page, code: string): Promise<void> {
  await page.evaluate((text) => {
    const ed = (window as unknown as { __chanscopeEditor: { setValue(s: string): void } }).__chanscopeEditor;
    ed.setValue(text);
  }, code);
}

async function runAndWait(page: Page): Promise<void> {
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run')).toBeVisible({ timeout: 20_000 }); // Stop turns back into Run when the run ends
  await expect(page.getByTestId('sum-status')).not.toHaveText('running…');
}

async function consoleText(page: Page): Promise<string> {
  return (await page.locator('[data-testid="console-line"] .text').allTextContents()).join('');
}

test('runs a worker pool offline: goroutines, buffer slots, values, output', async ({ page }) => {
  const requests = recordRequests(page);
  await openPlayground(page);
  // the page opens on the worker pool example, ready to run
  await expect(page.getByTestId('example-picker')).toHaveValue('workerpool');

  // type: start from an empty editor and type a line by hand, then paste the rest
  const editor = page.getByTestId('editor');
  await setCode(page, '');
  await editor.locator('.view-lines').click();
  await page.keyboard.type('// typed in the browser');
  const typed = await page.evaluate(() => (window as unknown as { __chanscopeEditor: { getValue(): string } }).__chanscopeEditor.getValue());
  expect(typed).toBe('// typed in the browser');
  const program = fixture('pool.go');
  await setCode(page, program);
  await runAndWait(page);

  // pause at the end: main + 3 workers, and a channel with 2 slots
  await page.getByTestId('to-end').click();
  const graph = page.getByTestId('graph');
  await expect(graph.locator('[data-kind="goroutine"]')).toHaveCount(4);
  const jobs = graph.locator('[data-kind="chan"][data-name="jobs"]');
  await expect(jobs).toHaveAttribute('data-cap', '2');
  await expect(jobs.locator('[data-slot]')).toHaveCount(2);

  // step from the start until a value sits in the buffer
  await page.getByTestId('graph').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Home');
  const slot0 = jobs.locator('[data-slot="0"] text');
  let steps = 0;
  while ((await slot0.textContent())?.trim() === '' && steps < 200) {
    await page.getByTestId('step-forward').click();
    steps++;
  }
  await expect(slot0).toHaveText('10');

  // scrub to the end: the console shows exactly what real Go prints
  const bar = page.getByTestId('timebar');
  const box = (await bar.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 40, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('event-position')).toHaveText(/^(\d+) \/ \1$/);
  expect(await consoleText(page)).toBe(fixture('pool.out'));
  await expect(page.getByTestId('console-end')).toHaveText('Program exited.');

  const outside = requests.filter((u) => !u.startsWith('http://localhost:4173/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(outside).toEqual([]);
});

test('a syntax error is a Monaco marker and Go\'s message in the console', async ({ page }) => {
  await openPlayground(page);
  await setCode(page, fixture('syntax.go'));
  await runAndWait(page);
  const expected = fixture('syntax.out').trimEnd();
  await expect(page.getByTestId('compile-errors')).toContainText(expected.split('\n')[1]);
  expect((await page.getByTestId('compile-errors').locator('.line').allTextContents()).slice(0, 2).join('\n')).toBe(expected);
  const markers = await page.evaluate(() => {
    const m = (window as unknown as { __chanscopeMonaco: { editor: { getModelMarkers(o: object): { startLineNumber: number; startColumn: number; message: string }[] } } }).__chanscopeMonaco;
    return m.editor.getModelMarkers({}).map((x) => ({ line: x.startLineNumber, col: x.startColumn, message: x.message }));
  });
  expect(markers).toEqual([{ line: 6, col: 18, message: 'syntax error: unexpected newline in argument list; possibly missing comma or )' }]);
});

test('a deadlock shows Go\'s message and marks the blocked goroutines', async ({ page }) => {
  await openPlayground(page);
  await setCode(page, fixture('deadlock.go'));
  await runAndWait(page);
  const expected = fixture('deadlock.out');
  const head = expected.slice(0, expected.indexOf('goroutine 1 ['));
  expect(await consoleText(page)).toContain(head);
  await expect(page.getByTestId('banner')).toContainText('Deadlock');
  const graph = page.getByTestId('graph');
  await expect(graph.locator('[data-kind="goroutine"][data-leaked="true"]')).toHaveCount(3);
  await expect(graph.locator('[data-kind="goroutine"][data-gid="6"]')).toHaveAttribute('data-state', 'chan');
  await expect(page.getByTestId('console-end')).toHaveText('Program exited: status 2.');
});

test('for {} keeps the page responsive and Stop ends it', async ({ page }) => {
  await openPlayground(page);
  await setCode(page, 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('stop')).toBeVisible();
  await page.waitForTimeout(1500);
  // the page still answers: a round trip through the main thread, then the help overlay opens and closes
  const t0 = Date.now();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  expect(Date.now() - t0).toBeLessThan(1000);
  await page.getByTestId('help-button').click();
  await expect(page.getByTestId('help')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help')).toBeHidden();
  await expect(page.getByTestId('stop')).toBeVisible(); // still running
  await page.getByTestId('stop').click();
  await expect(page.getByTestId('run')).toBeVisible();
  await expect(page.getByTestId('sum-status')).toHaveText('stopped');
  await expect(page.getByTestId('console-end')).toContainText('stopped by the user');
});

test('editing re-runs after a short pause, and Ctrl+Enter runs', async ({ page }) => {
  await openPlayground(page, { autoRun: true });
  await setCode(page, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("first")\n}\n');
  await expect(page.getByTestId('console-line').first()).toHaveText(/first/, { timeout: 10_000 });
  await page.getByTestId('auto-run').uncheck();
  await setCode(page, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("second")\n}\n');
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('console-line').first()).toHaveText(/first/);
  await page.getByTestId('editor').locator('.view-lines').click();
  await page.keyboard.press('Control+Enter');
  await page.getByTestId('to-end').click();
  await expect(page.getByTestId('console-line').first()).toHaveText(/second/, { timeout: 10_000 });
});

test('a panic shows Go\'s message; console lines, hover and selection drive the playhead and the editor', async ({ page }) => {
  await openPlayground(page);
  await setCode(page, fixture('panic.go'));
  await runAndWait(page);
  const expected = fixture('panic.out');
  // stdout, then Go's panic text up to the goroutine trace
  expect(await consoleText(page)).toContain(expected.slice(0, expected.indexOf('\ngoroutine 1 [')));
  await expect(page.getByTestId('banner')).toContainText('panicked');
  await expect(page.getByTestId('console-end')).toHaveText('Program exited: status 2.');

  // clicking the first output line moves the playhead to just after that print
  const total = Number((await page.getByTestId('event-position').textContent())!.split('/')[1]);
  await page.getByTestId('console-line').first().click();
  const at = Number((await page.getByTestId('event-position').textContent())!.split('/')[0]);
  expect(at).toBeGreaterThan(0);
  expect(at).toBeLessThan(total);
  expect(await consoleText(page)).toBe('waiting\n');

  // hovering a goroutine in the graph highlights its line in the editor
  const main = page.getByTestId('graph').locator('[data-kind="goroutine"][data-gid="1"]');
  await main.hover();
  await expect(page.locator('.monaco-editor .cs-mark-hover').first()).toBeAttached();

  // select the worker goroutine and jump to its next event
  const worker = page.getByTestId('graph').locator('[data-kind="goroutine"]:not([data-gid="1"])').first();
  await worker.click();
  await page.getByRole('button', { name: 'next of selection' }).click();
  const next = Number((await page.getByTestId('event-position').textContent())!.split('/')[0]);
  expect(next).toBeGreaterThan(at);

  // the preemptive toggle re-runs in that mode; the output is the same program's
  await page.getByTestId('preempt').check();
  await expect(page.getByTestId('run')).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('to-end').click();
  expect(await consoleText(page)).toContain('waiting\nworker done\n');
});
