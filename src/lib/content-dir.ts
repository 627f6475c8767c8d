/** The content folder: `CONTENT_DIR` when set (tests, benchmarks), else `./content`. */
export function contentDir(env: string | undefined): string {
  const dir = (env ?? '').trim();
  return dir ? dir.replace(/\/+$/, '') : './content';
}
