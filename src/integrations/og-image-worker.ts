import { renameSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { loadOgFonts, renderOgImage, type OgCard } from './og-image-render.ts';

/**
 * A worker thread of og-images.ts: draws one preview image per message and
 * writes it to `file`. One message at a time also lets Node run between
 * images and free each one's pixels (about 3 MB held outside the JS heap),
 * which a single loop over every image never did: at 1,000 pages that held
 * 3 GB until the end.
 */
export interface OgJob {
  card: OgCard;
  file: string;
}

const fonts = loadOgFonts();
parentPort!.on('message', async ({ card, file }: OgJob) => {
  // Written whole, then renamed: a build stopped halfway leaves no broken image in the cache.
  writeFileSync(`${file}.part`, await renderOgImage(card, fonts));
  renameSync(`${file}.part`, file);
  parentPort!.postMessage(file);
});
