import type { Page } from '@playwright/test';

/** 1280 × 1024 at 400% zoom: the width WCAG 2.2 SC 1.4.10 Reflow asks pages to fit. */
export const ZOOM_400 = { width: 320, height: 256 };

/** Sideways scrolling at the current width, naming the widest culprits to make a failure easy to fix. */
export async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const overflow = doc.scrollWidth - doc.clientWidth;
    // Tables scroll inside their own box (.table-scroll), which Reflow allows.
    const culprits = overflow > 0
      ? [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1 && !el.closest('.table-scroll'))
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`)
      : [];
    return { overflow, culprits };
  });
}
