/**
 * Plain-text tables for the console: columns padded to their widest cell, measured in terminal columns
 * rather than UTF-16 units, so accented, CJK and emoji names still line up.
 */

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;
// East Asian Wide/Fullwidth blocks and emoji: two terminal columns each (approximately, as terminals do).
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;

/**
 * Control characters (tabs, newlines, escape sequences) in user-chosen text become "?": a key name must
 * neither break the layout nor drive the terminal.
 */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, '?');
}

/** How many terminal columns `text` takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Rows (the first one the header) as aligned columns two spaces apart, with no trailing spaces. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const cells = rows.map((r) => r.map(printable));
  const widths: number[] = [];
  for (const r of cells) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return cells
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - displayWidth(c))))
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}
