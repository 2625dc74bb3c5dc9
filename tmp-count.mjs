import { chromium } from 'playwright-core';
import { openCase, everyLayerOn, CHINAGODRAR_PATH, home, step } from './bench/scrub-page.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const { page } = await openCase(browser, 'http://127.0.0.1:4290', { path: CHINAGODRAR_PATH, setup: everyLayerOn });
await home(page);
const per = [];
for (let i = 0; i < 99; i++) {
  await page.evaluate(() => (globalThis.__count = {}));
  const [, after] = await step(page, 'x' + i);
  const c = await page.evaluate(() => { const c = globalThis.__count; globalThis.__count = null; return c; });
  per.push({ i, clock: new Date(Number(after)).toISOString().slice(11, 16), c });
}
const total = (c) => Object.values(c).reduce((a, b) => a + b, 0);
console.log(per.map((p) => `${p.clock}:${total(p.c)}`).join(' '));
const show = (p) => { console.log('== step', p.clock, total(p.c)); for (const [k, v] of Object.entries(p.c).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.N ?? 60))) console.log(String(v).padStart(4), k); };
for (const c of (process.env.SHOW ?? '11:51,11:00').split(',')) show(per.find((p) => p.clock === c));
await browser.close();
