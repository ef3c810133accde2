/**
 * The HTML view, checked in a real headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core): the page shows exactly the article text, highlights what was found, and runs
 * nothing that came from the article.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, closeSharedAnalyzer, escapeHtml, renderHtml } from '../src/index';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`the HTML view is tested in Chromium: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  await closeSharedAnalyzer();
});

async function open(html: string) {
  const page = await browser.newPage();
  await page.setContent(html);
  return page;
}

describe('renderHtml', () => {
  it('shows the founding article exactly, with its quotes, organizations and persons highlighted', async () => {
    const text = readFileSync('fixtures/ai-alliance.ko.txt', 'utf8');
    const a = await analyze(text);
    const page = await open(renderHtml(text, a));
    expect(await page.locator('.kn-text').evaluate((el) => el.textContent)).toBe(text);
    const quoteTexts = await page.locator('.kn-text .kn-quote').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(quoteTexts.join('')).toContain(a.quotes[0]!.text.slice(0, 10));
    expect(await page.locator('.kn-text .kn-org').count()).toBeGreaterThanOrEqual(a.organizations.length);
    expect(await page.locator('.kn-text .kn-person').count()).toBeGreaterThanOrEqual(a.persons.length);
    expect(await page.locator('.kn-summary li').count()).toBe(
      a.quotes.length + a.organizations.length + a.persons.length + a.goals.length + a.critique.sentences.length + a.warnings.length,
    );
    // the tooltip of a quote names its speaker
    const title = await page.locator('.kn-text .kn-quote').first().getAttribute('title');
    expect(title).toContain(a.quotes[0]!.speaker?.name ?? 'no speaker');
    await page.close();
  });

  it('escapes article text: markup in the article is shown, never run', async () => {
    const text = '김철수 장관은 “<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">”라고 말했다. 메타는 \'"&amp;\' 를 썼다.';
    const a = await analyze(text, { html: false });
    const html = renderHtml(text, a);
    expect(html).not.toContain('<script>window');
    const page = await open(html);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.kn-text').evaluate((el) => el.textContent)).toBe(text);
    expect(await page.locator('img').count()).toBe(0);
    await page.close();
  });

  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
