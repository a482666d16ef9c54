// Screenshots of site pages in headless Chromium, for looking at them:
//   node tests/tools/screenshot.mjs OUT_DIR WIDTH PAGE.html...
// Writes the first screen of each page, and each chart on its own (NAME-figN.png).
import { chromium } from 'playwright-core';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [out, width, ...pages] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.JAMFOR_CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`${m.type()}: ${m.text()}`); });
  for (const file of pages) {
    await page.goto(pathToFileURL(path.resolve(file)).href);
    await page.waitForTimeout(1500);
    const name = path.join(out, `${path.basename(path.dirname(file))}-${path.basename(file, '.html')}-${width}`);
    await page.screenshot({ path: `${name}.png` });
    const figures = await page.$$('figure.chart');
    for (let i = 0; i < figures.length; i++) await figures[i].screenshot({ path: `${name}-fig${i + 1}.png` });
    const size = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
    console.log(`${name}.png: page ${size[0]} × ${size[1]} px, ${figures.length} charts`);
  }
} finally {
  await browser.close();
}
