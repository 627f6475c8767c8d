/**
 * What the sharing buttons do. Links always use the page's canonical URL
 * (from SITE_URL), so a copied link, a printed URL and a QR code all agree,
 * and never carry a preview host or a query string.
 */

function canonical(): string {
  return document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0]!;
}

/**
 * Writes to the element's polite status region, adding it on first use (copy
 * buttons ship without one: a guide has dozens). The text is set a moment
 * later, so the region is in the accessibility tree before it changes, and a
 * second copy is announced again.
 */
function announce(host: HTMLElement, text: string): void {
  let status = host.querySelector('[role="status"]');
  if (!status) {
    status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'copy-status';
    host.append(status);
  }
  status.textContent = '';
  const region = status;
  window.setTimeout(() => {
    region.textContent = text;
  }, 100);
}

/** The async Clipboard API, else the older copy command for browsers or pages that lack it. */
async function copyText(text: string, returnFocusTo: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'sr-only';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    // select() moved focus to the textarea; give it back to the button.
    returnFocusTo?.focus();
    return ok;
  }
}

export async function copyLink(host: HTMLElement): Promise<void> {
  const url = new URL(host.dataset['href'] ?? '', canonical()).href;
  const ok = await copyText(url, host.querySelector('button'));
  announce(host, ok ? (host.dataset['copied'] ?? '') : (host.dataset['failed'] ?? '').replace('{url}', url));
}

export async function sharePage(host: HTMLElement): Promise<void> {
  const url = canonical();
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title: document.title, url });
      return;
    } catch (error) {
      // The reader closed the share sheet: nothing more to do.
      if (error instanceof DOMException && error.name === 'AbortError') return;
    }
  }
  const ok = await copyText(url, host.querySelector('button[data-action="share"]'));
  announce(host, ok ? (host.dataset['copied'] ?? '') : (host.dataset['failed'] ?? '').replace('{url}', url));
}
