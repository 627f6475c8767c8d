// html-validate (https://html-validate.org): the HTML standard's content
// model, ARIA and accessibility rules. tests/build/html-valid.test.ts runs it on
// every built page and expects 0 errors. A JavaScript config, not JSON, so
// each rule we change can say why.
import { defineConfig } from 'html-validate';
export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // role="list" on <ul> and <ol> is on purpose: Tailwind's reset removes the
    // bullets (list-style: none), and Safari with VoiceOver then stops
    // announcing the list and how many items it has unless the role is explicit.
    'no-redundant-role': 'off',
    // Phone numbers are kept on one line by CSS (white-space: nowrap on every
    // tel: link, src/styles/global.css; tests/e2e/page-contract.spec.ts checks it), not
    // by &nbsp; and non-breaking hyphens in the text, which are copied into a
    // dial pad with the number and read out oddly by some screen readers.
    'tel-non-breaking': 'off',
    // Guide titles are the question a reader asks, up to 90 characters by the
    // schema (src/schemas/guide.ts), plus " | IOP Guide": 102.
    'long-title': ['error', { maxlength: 102 }],
    // Search filters are checkbox groups that share a name (topic, audience),
    // so the no-JS form submits ?topic=a&topic=b, as HTML intends.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});
