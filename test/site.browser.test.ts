/**
 * The status page in a real browser: Debian's Chromium driven over the DevTools protocol by
 * puppeteer-core (which never downloads a browser). Skipped, with a message, where Chromium is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { shippedText } from './helpers/planEdits.js';

// The callbacks given to page.evaluate run in the page; the project's type check has no DOM library,
// so the little of the DOM they use is declared here rather than for the whole program.
interface El {
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { left: number; right: number; width: number };
  textContent: string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>;
}
declare const document: El & {
  activeElement: El | null;
  title: string;
  scripts: ArrayLike<El>;
  images: ArrayLike<El>;
};
declare function getComputedStyle(e: El): { display: string };

const tmp = mkdtempSync(join(tmpdir(), 'kehoach-site-browser-'));
/** Where the screenshots go; set SITE_SCREENSHOT_DIR to keep them. */
const shots = process.env.SITE_SCREENSHOT_DIR ?? join(tmp, 'shots');
mkdirSync(shots, { recursive: true });

function chromiumPath(): string | undefined {
  const named = process.env.CHROMIUM_PATH;
  if (named && existsSync(named)) return named;
  for (const name of ['chromium', 'chromium-browser']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

const executablePath = chromiumPath();
let browser: Browser | undefined;

beforeAll(async () => {
  // CI installs Chromium and sets SITE_REQUIRE_BROWSER, so a broken install fails instead of skipping.
  if (!executablePath && process.env.SITE_REQUIRE_BROWSER)
    throw new Error('SITE_REQUIRE_BROWSER is set but Chromium is not installed');
  if (!executablePath) {
    console.warn(
      'site.browser: Chromium is not installed (apt-get install chromium); browser tests skipped.',
    );
    return;
  }
  const puppeteer = (await import('puppeteer-core')).default;
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    // Chromium refuses to start its sandbox as root (CI runs as root).
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-dev-shm-usage'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (!process.env.SITE_SCREENSHOT_DIR) rmSync(tmp, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  problems: string[];
  dialogs: string[];
}

/** Open a page from disk, recording console errors, page errors, dialogs and any non-file request. */
async function open(file: string): Promise<Opened> {
  const page = await browser!.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`network: ${r.url()}`);
  });
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, problems, dialogs };
}

/** What `plan status --json` says, to hold the page to (independent of the page writer). */
function statusOf(args: string[]): { tasks: { id: string; due: string | null; status: string }[] } {
  const r = runCli(['status', ...args, '--as-of', '2025-11-20', '--json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('plan site in Chromium', () => {
  it('the shipped plan: no console errors, one bar per dated task, one table row per task', async (ctx) => {
    if (!browser) return ctx.skip();
    const out = join(tmp, 'shipped');
    expect(runCli(['site', '--as-of', '2025-11-20', '-o', out]).code).toBe(0);
    const { page, problems } = await open(join(out, 'index.html'));
    const facts = await page.evaluate(() => {
      const svg = document.querySelector('svg.timeline')!;
      const box = svg.getBoundingClientRect();
      const bars = [...svg.querySelectorAll('rect.bar')].map((b) => {
        const r = b.getBoundingClientRect();
        return {
          task: b.getAttribute('data-task'),
          w: r.width,
          inside: r.left >= box.left && r.right <= box.right,
        };
      });
      return {
        bars,
        bands: svg.querySelectorAll('rect.band').length,
        rows: [...document.querySelectorAll('#tasks tbody tr')].map((tr) => tr.getAttribute('data-task')),
        svgWidth: box.width,
        title: svg.querySelector('title')?.textContent ?? '',
        labelledBy: svg.getAttribute('aria-labelledby'),
        headers: [...document.querySelectorAll('#tasks thead th')].map((th) => th.getAttribute('scope')),
        h1: document.querySelector('h1')?.textContent,
      };
    });
    await page.screenshot({ path: join(shots, 'site-shipped.png'), fullPage: true });
    expect(problems).toEqual([]);
    const want = statusOf([]);
    expect(facts.rows).toEqual(want.tasks.map((t) => t.id));
    expect(facts.bars.map((b) => b.task)).toEqual(want.tasks.filter((t) => t.due).map((t) => t.id));
    expect(facts.bands).toBe(want.tasks.filter((t) => t.status === 'continuous').length);
    for (const b of facts.bars) expect(b.w > 4 && b.inside).toBe(true);
    expect(facts.svgWidth).toBeGreaterThan(700);
    expect(facts.title).toMatch(/^Biểu đồ tiến độ các nhiệm vụ của Kế hoạch Triển khai/u);
    expect(facts.labelledBy).toBe('timeline-title timeline-desc');
    expect(new Set(facts.headers)).toEqual(new Set(['col']));
    expect(facts.h1).toMatch(/^Kế hoạch Triển khai thực hiện công tác trẻ em/u);
    const png = readFileSync(join(shots, 'site-shipped.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Printed on A4 landscape (273 mm wide inside the margins ≈ 1032 CSS px), the timeline fits the
    // sheet and its 12-unit text stays at least 8 pt (≈ 10.7 px).
    await page.emulateMediaType('print');
    await page.setViewport({ width: 1032, height: 730 });
    const print = await page.evaluate(() => {
      const r = document.querySelector('svg.timeline')!.getBoundingClientRect();
      return { width: r.width, nav: getComputedStyle(document.querySelector('.skip')!).display };
    });
    expect(print.width).toBeLessThanOrEqual(1032);
    expect((print.width / 1000) * 12).toBeGreaterThanOrEqual(10.7);
    await page.close();
  }, 60_000);

  it('a folder: keyboard reaches the skip link, then each plan link, and following one opens its page', async (ctx) => {
    if (!browser) return ctx.skip();
    const out = join(tmp, 'folder');
    expect(runCli(['site', 'test/fixtures/progress', '--as-of', '2025-11-20', '-o', out]).code).toBe(0);
    const { page, problems } = await open(join(out, 'index.html'));
    const focused = async () => page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('#main');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('minh-long-2025-h2.html');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('thu-chuyen-trang-thai.html');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(page.url()).toMatch(/thu-chuyen-trang-thai\.html$/u);
    const facts = await page.evaluate(() => ({
      bars: [...document.querySelectorAll('svg.timeline rect.bar')].map((b) => b.getAttribute('data-task')),
      rows: document.querySelectorAll('#tasks tbody tr').length,
      overdueText: [...document.querySelectorAll('#tasks td.st-overdue')].map((td) => td.textContent?.trim()),
    }));
    await page.screenshot({ path: join(shots, 'site-transitions.png'), fullPage: true });
    const want = statusOf(['test/fixtures/progress/transitions']);
    expect(facts.bars).toEqual(want.tasks.filter((t) => t.due).map((t) => t.id));
    expect(facts.rows).toBe(want.tasks.length);
    // The status is in words, not only in colour.
    expect(facts.overdueText).toEqual(['Quá hạn 143 ngày']);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('hostile plan text stays text: no script runs, no dialog opens, the title reads as written', async (ctx) => {
    if (!browser) return ctx.skip();
    const hostile = '<script>alert("x")</script> & </svg> "trích" <img src=x onerror=alert(1)>';
    const dir = join(tmp, 'hostile');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'plan.yaml'),
      shippedText()
        .replace('    - trên địa bàn xã Minh Long 6 tháng cuối năm 2025', `    - ${JSON.stringify(hostile)}`)
        .replace('short: Tết Trung thu cho trẻ em năm 2025', `short: ${JSON.stringify(hostile)}`),
    );
    const out = join(tmp, 'hostile-site');
    expect(runCli(['site', dir, '--as-of', '2025-11-20', '-o', out]).code).toBe(0);
    const { page, problems, dialogs } = await open(join(out, 'index.html'));
    const facts = await page.evaluate(() => ({
      title: document.title,
      scripts: document.scripts.length,
      imgs: document.images.length,
      svgs: document.querySelectorAll('svg').length,
      rows: document.querySelectorAll('#tasks tbody tr').length,
      cell: document.querySelector('#tasks tr[data-task="trung-thu"] td')?.textContent,
    }));
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    expect(facts).toEqual({
      title: `Tình hình thực hiện Kế hoạch Triển khai thực hiện công tác trẻ em ${hostile}`,
      scripts: 0,
      imgs: 0,
      svgs: 1,
      rows: 12,
      cell: hostile,
    });
    await page.close();
  }, 60_000);
});
