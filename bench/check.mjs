// `npm run bench -- --check`: what is over a budget in bench/budgets.json,
// as readable lines (none: every budget is met). Search timings are only
// reported (bench/report.mjs): they swing with the machine's load.
import { isGuide } from './pages.mjs';

export function overBudget(result, budgets) {
  const failures = [];
  for (const r of result.renderPath.filter(isGuide)) {
    const first = (r.firstScreen?.gzip ?? Infinity) / 1024;
    if (first > budgets.guideFirstScreenGzipKB) failures.push(`${r.path}: first screen (CSS + HTML through "In short") ${first.toFixed(1)} KB gzip > ${budgets.guideFirstScreenGzipKB} KB`);
    const js = r.jsAtLoad.gzip / 1024;
    if (js > budgets.guideJsBeforeInteractionGzipKB) failures.push(`${r.path}: JS at load with static imports ${js.toFixed(1)} KB gzip > ${budgets.guideJsBeforeInteractionGzipKB} KB`);
  }
  if (result.quizIsland && result.quizIsland.gzip / 1024 > budgets.quizIslandGzipKB) {
    failures.push(`quiz island: ${(result.quizIsland.gzip / 1024).toFixed(1)} KB gzip > ${budgets.quizIslandGzipKB} KB`);
  }
  for (const r of result.guideTransfer) {
    if (r.gzip / 1024 > budgets.guideTransferUntilIdleGzipKB) failures.push(`${r.path}: ${(r.gzip / 1024).toFixed(1)} KB gzip transferred until idle > ${budgets.guideTransferUntilIdleGzipKB} KB`);
  }
  for (const p of result.pages.filter(isGuide)) {
    // HTML + the CSS the screen waits for (print-only CSS is in the transfer budget).
    const htmlCss = (p.html.gzip + p.css.gzip) / 1024;
    if (htmlCss > budgets.guideHtmlCssGzipKB) failures.push(`${p.path}: HTML + CSS ${htmlCss.toFixed(1)} KB gzip > ${budgets.guideHtmlCssGzipKB} KB`);
    const js = p.js.gzip / 1024;
    if (js > budgets.guideJsBeforeInteractionGzipKB) failures.push(`${p.path}: JS ${js.toFixed(1)} KB gzip > ${budgets.guideJsBeforeInteractionGzipKB} KB`);
  }
  const golden = result.search?.golden;
  if (golden) {
    if (golden.hits < golden.total) failures.push(`search: expected guide in the top 3 for ${golden.hits}/${golden.total} golden questions (all must be)`);
    if (golden.first / golden.total < budgets.searchFirstResultRate) failures.push(`search: answer first for ${golden.first}/${golden.total} golden questions < ${budgets.searchFirstResultRate * 100}%`);
    if (golden.safety.hits < golden.safety.total) failures.push(`search: safety answer first for ${golden.safety.hits}/${golden.safety.total} safety searches (all must be)`);
  }
  const precacheKB = result.precache.gzip / 1024;
  if (precacheKB > budgets.precacheGzipKB) failures.push(`offline precache: ${precacheKB.toFixed(1)} KB gzip > ${budgets.precacheGzipKB} KB`);
  const scale = result.scale;
  if (scale) {
    if (scale.buildSeconds > budgets.scaleBuildSeconds) failures.push(`scale: the build of ${scale.pages} pages took ${scale.buildSeconds.toFixed(1)} s > ${budgets.scaleBuildSeconds} s`);
    if (scale.peakMB > budgets.scaleBuildPeakMB) failures.push(`scale: the build of ${scale.pages} pages peaked at ${Math.round(scale.peakMB)} MB > ${budgets.scaleBuildPeakMB} MB`);
  }
  return failures;
}
