// Byte counts as a reader's browser would receive them: raw, gzip (level 9)
// and brotli (quality 11), and sums of those.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
export const zero = () => ({ raw: 0, gzip: 0, brotli: 0 });
export const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
