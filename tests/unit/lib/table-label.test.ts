import { describe, expect, it } from 'vitest';
import { columnHeadings } from '../../../src/lib/table-label';

describe('columnHeadings', () => {
  it('reads the header row of a Markdown table, in order, as plain text', () => {
    const html = '<table><thead><tr><th>Day</th><th>Example <strong>session</strong>\n (about 3 hours)</th></tr></thead><tbody><tr><td>Monday</td><td>Group</td></tr></tbody></table>';
    expect(columnHeadings(html)).toEqual(['Day', 'Example session (about 3 hours)']);
  });

  it('falls back to the first row when there is no thead', () => {
    expect(columnHeadings('<table><tr><th>Level</th><th>Hours</th></tr><tr><td>1</td><td>9</td></tr></table>')).toEqual(['Level', 'Hours']);
  });

  it('gives nothing for a table without header cells, so the generic name is used', () => {
    expect(columnHeadings('<table><tr><td>a</td></tr></table>')).toEqual([]);
  });
});
