import { chromium } from '@playwright/test';
import { startStaticServer } from './static-server.mjs';
const server = await startStaticServer(process.env.DIST);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(server.url + process.argv[2]);
await page.evaluate(() => (document.documentElement.dataset['printSheet'] = ''));
await page.emulateMedia({ media: 'print' });
console.log(JSON.stringify(await page.evaluate(() => {
  const out = [];
  const walk = (el) => { for (const n of el.childNodes) { if (n.nodeType === 3) { if (!n.textContent.trim() && !n.textContent.includes('\u00a0')) continue; const r = document.createRange(); r.selectNodeContents(n); const b = r.getBoundingClientRect(); if (b.height > 0) out.push(['TEXT', JSON.stringify(n.textContent.slice(0, 40)), n.parentElement.className, Math.round(b.top), Math.round(b.height)]); } else if (n.nodeType === 1 && getComputedStyle(n).display !== 'none') { if (n.matches('.tool')) continue; walk(n); } } };
  walk(document.body);
  return out.slice(0, 10);
}), null, 1));
await browser.close(); await server.close();
