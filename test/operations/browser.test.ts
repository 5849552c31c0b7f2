import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.js';
import { startTestGateway, type TestGateway } from '../support/harness.js';

// Debian's chromium; .ci/run installs it when missing. Flags keep the browser itself quiet, so
// every request seen below is one the page made.
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
if (!hasChromium) console.warn(`skipping the browser tests: no ${CHROMIUM} (apt-get install chromium)`);

describe.skipIf(!hasChromium)('GraphiQL and the API references in headless Chromium, offline', () => {
  let gw: TestGateway;
  let server: RunningServer;
  let browser: Browser;
  let key: string;

  beforeAll(async () => {
    gw = await startTestGateway('pglite');
    key = (await gw.tenant()).adminKey;
    server = await startServer(gw.app, { port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await gw?.close();
  });

  /** A page that records every request leaving for somewhere other than the gateway. */
  async function offlinePage(): Promise<{ page: Page; outside: string[]; errors: string[] }> {
    const page = await browser.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !/^(data|blob|about):/.test(url)) outside.push(url);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    return { page, outside, errors };
  }

  it('GraphiQL renders with a headers template and runs a query with a key', async () => {
    const { page, outside, errors } = await offlinePage();
    // ≈ 9 MB of inlined HTML: on a busy machine parsing it takes a while.
    await page.goto(`${server.url}/graphql`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
    await page.locator('.graphiql-container').first().waitFor({ timeout: 90_000 });
    await page.getByText('Headers', { exact: true }).first().click();
    const headersEditor = page.locator('.graphiql-editor-tool .graphiql-editor').last();
    await expect.poll(async () => headersEditor.innerText(), { timeout: 15_000 }).toContain('X-API-Key');
    expect(await page.locator('.graphiql-query-editor .view-lines').first().innerText()).toContain('createApiKey');

    await headersEditor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(JSON.stringify({ 'X-API-Key': key }));
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(async () => page.locator('.graphiql-response').innerText(), { timeout: 15_000 }).toContain('action:invite');
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it.each(['celper', 'peoplelens', 'round0', 'recruitsome'])('/compat/%s/docs renders every operation of the dialect offline', async (vendor) => {
    const { page, outside } = await offlinePage();
    const openapi = (await (await fetch(`${server.url}/compat/${vendor}/openapi.json`)).json()) as { paths: Record<string, Record<string, { summary: string }>> };
    await page.goto(`${server.url}/compat/${vendor}/docs`);
    await page.locator('.api-content').waitFor({ timeout: 30_000 });
    const text = await page.locator('.api-content').innerText();
    for (const [path, operations] of Object.entries(openapi.paths)) {
      for (const operation of Object.values(operations)) expect(text, `${vendor} ${path}`).toContain(operation.summary.slice(0, 40));
    }
    if (vendor === 'celper') expect(text).toContain('Idempotency-Key');
    expect(await page.evaluate(() => globalThis.document.querySelectorAll('img[src^="http"]').length)).toBe(0);
    await page.getByRole('link', { name: 'GraphQL' }).first().click();
    await page.locator('section#Query').waitFor();
    expect(await page.locator('section#Candidate').innerText()).toContain('email');
    expect(outside).toEqual([]);
    await page.close();
  });
});
