import { test, expect } from 'vitest';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { builtHtmlFiles } from '../support/site';

// Every built page against html-validate's recommended rules (the HTML
// standard's content model, ARIA, accessibility), configured in
// .htmlvalidate.mjs, which explains each rule we change. The configuration is
// handed over directly, so it applies wherever the build was written (OUT_DIR).
const validator = new HtmlValidate(new StaticConfigLoader(config));

for (const { file, path } of builtHtmlFiles()) {
  test(`${path} is valid HTML with 0 html-validate errors`, async () => {
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? `${m.line}:${m.column}`})`));
    expect(messages).toEqual([]);
  });
}

test('the validator and its configuration catch invalid HTML, and keep our own rule changes', async () => {
  // Guards against a config that silently checks nothing.
  const report = await validator.validateString(
    '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div id="a"></div></p><span id="a"></span><img src="x.png"><a href="tel:1-800">1-800</a></body></html>',
  );
  const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
  expect(rules).toContain('no-dup-id');
  expect(rules).toContain('wcag/h37'); // an image without alt text
  expect(rules).not.toContain('tel-non-breaking'); // switched off in .htmlvalidate.mjs, with the reason
});
