// A screenshot of one element: node tests/tools/shot-of.mjs PAGE.html SELECTOR OUT.png [WIDTH]
import { chromium } from 'playwright-core';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [file, selector, out, width = '1280'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.JAMFOR_CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(pathToFileURL(path.resolve(file)).href);
  await page.waitForTimeout(1000);
  const element = await page.$(selector);
  if (!element) throw new Error(`no ${selector} in ${file}`);
  await element.screenshot({ path: out });
} finally {
  await browser.close();
}
