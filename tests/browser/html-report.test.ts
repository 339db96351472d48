/**
 * The HTML report in a real headless Chromium: Debian's /usr/bin/chromium,
 * driven by playwright-core (no browser download). The report for the four
 * sample articles, written by `ledgerlint check sources --report-dir` as
 * `npm start` does, is loaded from a file: URL and must make no request, log
 * no error, highlight every finding, and move to its panel on a click; a
 * report on a hostile article must run nothing the article wrote.
 *
 * Without /usr/bin/chromium this fails in CI (CI is set) and is skipped
 * elsewhere, saying how to install it. The screenshot of the report is
 * checked on every run and written to docs/html-report.png when
 * UPDATE_SCREENSHOTS is set (so that a test run does not rewrite a tracked
 * file whenever fonts differ).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as cli } from '../../src/cli/run.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1280, height: 900 };
const repo = path.resolve(import.meta.dirname, '../..');
const SCREENSHOT = path.join(repo, 'docs/html-report.png');
const inCi = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const present = existsSync(CHROMIUM);

/**
 * Every way the article could try to run code, each setting a trap the test reads. Dated by its front
 * matter, so `nine countries` is a finding and the hostile words sit around highlighted ones.
 */
const HOSTILE = [
  '---',
  'title: "<script>window.__pwned = \'title\'; alert(\'title\')</script>"',
  'date: 2025-02-27',
  '---',
  '# <img src=x onerror="window.__pwned=\'heading\';alert(1)">',
  '',
  'Vietnam has comprehensive strategic partnerships with nine countries <script>window.__pwned = \'body\'; alert(1)</script>.',
  '',
  '<img src=x onerror="window.__pwned=\'img\'; alert(2)"> and <svg onload="window.__pwned=\'svg\'"></svg>',
  '',
  'A quote: "onmouseover="window.__pwned=\'hover\'" and \'onfocus=\'window.__pwned=1\' autofocus x=\'.',
  '',
  '[click me](javascript:window.__pwned=\'link\') and <a href="javascript:window.__pwned=\'a\'">this</a> and <iframe src="javascript:window.__pwned=\'frame\'"></iframe>',
  '',
  '<style>body{background:url(https://example.org/x.png)}</style><link rel=stylesheet href=https://example.org/x.css>',
  '',
].join('\n');

async function writeReport(cwd: string, argv: string[]): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), 'ledgerlint-browser-'));
  const code = await cli(['check', ...argv, '--report-dir', out, '--format', 'json'], {
    stdout: () => {},
    stderr: () => {},
    cwd,
    isTTY: false,
    env: {},
    now: () => new Date(Date.UTC(2026, 10, 23)),
  });
  expect(code).toBe(1);
  return out;
}

interface Watch {
  readonly requests: string[];
  readonly errors: string[];
  readonly dialogs: string[];
}

function watch(page: Page): Watch {
  const w: Watch = { requests: [], errors: [], dialogs: [] };
  page.on('request', (request) => {
    if (!/^(?:data|file|about):/.test(request.url())) w.requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') w.errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => w.errors.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    w.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return w;
}

if (!present && inCi) {
  describe('html report in Chromium', () => {
    it('has a browser to run in', () => {
      throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium before the tests (.ci/run does: apt-get install -y --no-install-recommends chromium)`);
    });
  });
} else if (!present) {
  console.warn(`html report in Chromium: skipped because ${CHROMIUM} is missing (apt-get install chromium)`);
  describe.skip(`html report in Chromium: skipped because ${CHROMIUM} is missing (apt-get install chromium)`, () => {
    it('runs in Chromium', () => {});
  });
} else {
  describe('html report in Chromium', () => {
    let context: BrowserContext;
    let profile: string;
    const dirs: string[] = [];

    beforeAll(async () => {
      profile = mkdtempSync(path.join(tmpdir(), 'ledgerlint-chromium-'));
      context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: VIEWPORT, deviceScaleFactor: 1 });
    }, 60_000);

    afterAll(async () => {
      await context?.close();
      for (const dir of [profile, ...dirs]) if (dir) rmSync(dir, { recursive: true, force: true });
    });

    async function open(dir: string): Promise<{ page: Page; seen: Watch }> {
      dirs.push(dir);
      const page = await context.newPage();
      const seen = watch(page);
      await page.goto(pathToFileURL(path.join(dir, 'index.html')).href, { waitUntil: 'load' });
      return { page, seen };
    }

    it('shows the sample articles with every finding highlighted, loading nothing, and a click moves to the panel', async () => {
      const dir = await writeReport(repo, ['sources']);
      const { page, seen } = await open(dir);
      const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as {
        summary: { refuted: number };
        files: { path: string; title?: string; verdicts: { status: string; start: number; end: number; message: string }[] }[];
      };
      expect(await page.locator('section.article').count()).toBe(4);
      expect(await page.locator('table.index tbody tr').count()).toBe(4);

      // Every refuted verdict's words are a refuted highlight in its article's text.
      const texts = await Promise.all(report.files.map((_, fi) => page.locator(`#a-${fi} .text`).evaluate((el) => el.textContent ?? '')));
      const sources = report.files.map((f) => readFileSync(path.join(repo, f.path), 'utf8'));
      sources.forEach((source, fi) => expect(texts[fi]).toBe(source));
      let refuted = 0;
      for (const [fi, file] of report.files.entries()) {
        const highlighted = await page.locator(`#a-${fi} .text a.hl.refuted`).allTextContents();
        for (const v of file.verdicts.filter((v) => v.status === 'refuted')) {
          refuted++;
          expect(highlighted, `${file.path}: ${v.message}`).toContain(sources[fi]!.slice(v.start, v.end));
        }
      }
      expect(refuted).toBeGreaterThan(0);
      expect(refuted).toBe(report.summary.refuted);

      // Clicking each refuted highlight moves to its panel: it is the :target, in the viewport, and focused.
      const links = page.locator('.text a.hl.refuted');
      const count = await links.count();
      expect(count).toBeGreaterThanOrEqual(5);
      for (let i = 0; i < count; i++) {
        const link = links.nth(i);
        const target = (await link.getAttribute('href'))!.slice(1);
        await link.click();
        await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(target);
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target);
        const inView = await page.locator(`[id="${target}"]`).evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
        });
        expect(inView, `#${target} in the viewport`).toBe(true);
        const panel = page.locator(`[id="${target}"]`);
        expect(await panel.evaluate((el) => el.closest('.panel') !== null)).toBe(true);
      }
      // The first article's panel says what the JSON says, literally (values in backticks are shown as code).
      const first = report.files[0]!.verdicts.find((v) => v.status === 'refuted')!;
      const panelText = await page.locator('#a-0 .panel').first().innerText();
      expect(panelText.replace(/\s+/g, ' ')).toContain(first.message.replace(/`/g, ''));

      // A chart for each counted collection that the ledger lists in full, with its axes.
      expect(await page.locator('#g-0-vietnam-csp svg.chart').count()).toBe(2);
      expect(await page.locator('#g-0-vietnam-csp svg.chart text.axis').allTextContents()).toEqual(['members', 'year', 'members', 'month']);

      expect(seen.requests).toEqual([]);
      expect(seen.errors).toEqual([]);
      expect(seen.dialogs).toEqual([]);

      // The picture for the docs: the top of the report with the first article's finding in view.
      await page.evaluate(() => {
        const mark = document.querySelector<HTMLElement>('#a-0 .text a.hl.refuted');
        const box = mark?.closest<HTMLElement>('.text');
        if (mark && box) box.scrollTop = mark.offsetTop - box.clientHeight / 3;
        (document.activeElement as HTMLElement | null)?.blur();
        history.replaceState(null, '', location.pathname);
        window.scrollTo(0, 0);
      });
      const png = await page.screenshot({ type: 'png' });
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([VIEWPORT.width, VIEWPORT.height]);
      if (process.env.UPDATE_SCREENSHOTS) writeFileSync(SCREENSHOT, png);
      await page.close();
    }, 120_000);

    it('runs nothing a hostile article wrote', async () => {
      const cwd = mkdtempSync(path.join(tmpdir(), 'ledgerlint-hostile-'));
      dirs.push(cwd);
      writeFileSync(path.join(cwd, 'hostile.md'), HOSTILE);
      const dir = await writeReport(cwd, ['hostile.md']);
      const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
      expect(html.match(/<script/g)).toHaveLength(1);
      const { page, seen } = await open(dir);
      // Hover and click everything the article's words are in, and wait for anything deferred.
      for (const link of await page.locator('.text a.hl').all()) {
        await link.hover();
        await link.click();
      }
      await page.locator('.text').hover();
      await page.locator('h2').first().click();
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.locator('.text script, .text img, .text svg, .text iframe, .text style, .text link, h2 script, img, iframe, link').count()).toBe(0);
      // The words are shown as text, exactly as written.
      expect(await page.locator('#a-0 .text').evaluate((el) => el.textContent)).toBe(HOSTILE);
      expect(await page.locator('#a-0 h2').innerText()).toBe("<script>window.__pwned = 'title'; alert('title')</script>");
      expect(await page.locator('a[href^="javascript:" i], [onerror], [onload], [onmouseover], [onfocus]').count()).toBe(0);
      expect(await page.locator('.text a.hl.refuted').allTextContents()).toEqual(['nine countries']);
      expect(seen.dialogs).toEqual([]);
      expect(seen.requests).toEqual([]);
      expect(seen.errors).toEqual([]);
      await page.close();
    }, 120_000);
  });
}
