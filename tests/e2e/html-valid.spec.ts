import { test, expect } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtHtmlFiles } from './built-site';

// Every built page against html-validate's recommended rules (the HTML
// standard's content model, ARIA, accessibility), configured in
// .htmlvalidate.mjs, which explains each rule we change. No browser needed.
// The file-system loader finds .htmlvalidate.mjs the way the CLI does (the
// default loader would use the built-in defaults instead).
const validator = new HtmlValidate(new FileSystemConfigLoader());

for (const { file, path } of builtHtmlFiles()) {
  test(`${path} is valid HTML with 0 html-validate errors`, async () => {
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? `${m.line}:${m.column}`})`));
    expect(messages).toEqual([]);
  });
}

test('the validator and its configuration catch invalid HTML', async () => {
  // Guards against a config that silently checks nothing.
  const report = await validator.validateString(
    '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div id="a"></div></p><span id="a"></span><img src="x.png"></body></html>',
    `${builtHtmlFiles()[0]!.file}.probe.html`,
  );
  const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
  expect(rules).toContain('no-dup-id');
  expect(rules).toContain('wcag/h37'); // an image without alt text
});
