/**
 * The minifier of scripts/lit-css.ts, apart from its build plugins so that a browser test
 * (test/distribution/lit-css.test.ts) can check that Chromium parses its output as the original.
 */
/** Whitespace and comments out of CSS text with no quoted string in it. */
const squeeze = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\s+/g, ' ')
    // Never around `:` in general (`a :hover` is not `a:hover`); only a declaration's `: `.
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');

/** Minifies one static piece of CSS (between interpolations); quoted strings stay as written. */
export function minifyPiece(css: string): string {
  let out = '';
  let text = '';
  for (let i = 0; i < css.length; ) {
    const c = css[i];
    if (css.startsWith('/*', i)) {
      const end = css.indexOf('*/', i + 2);
      const to = end < 0 ? css.length : end + 2;
      text += css.slice(i, to);
      i = to;
    } else if (c === '"' || c === "'") {
      // A quoted string (`content: '▸ '`): copied verbatim, escapes included.
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      out += squeeze(text) + css.slice(i, j + 1);
      text = '';
      i = j + 1;
    } else {
      text += c;
      i++;
    }
  }
  return out + squeeze(text);
}

/** Index of the `}` closing the `${` at `open`: where its braces balance. */
function interpolationEnd(code: string, open: number): number {
  let depth = 0;
  for (let i = open + 1; i < code.length; i++) {
    if (code[i] === '{') depth++;
    else if (code[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Index of the backtick closing the template whose text starts at `start`, skipping `${…}`. */
function templateEnd(code: string, start: number): number {
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '\\') i++;
    else if (c === '`') return i;
    else if (c === '$' && code[i + 1] === '{' && (i = interpolationEnd(code, i)) < 0) return -1;
  }
  return -1;
}

/** `code` with the static text of each css`…` template minified; unchanged if it has none. */
export function minifyLitCss(code: string): string {
  let out = '';
  let from = 0;
  for (const m of code.matchAll(/\bcss`/g)) {
    const start = m.index + m[0].length;
    if (start <= from) continue;
    const end = templateEnd(code, start);
    if (end < 0) break;
    out += code.slice(from, start);
    // Static pieces and `${…}` in turn: only the pieces are CSS.
    const body = code.slice(start, end);
    let i = 0;
    while (i < body.length) {
      const open = body.indexOf('${', i);
      const piece = minifyPiece(body.slice(i, open < 0 ? body.length : open));
      // Spaces at the very start and end of a style sheet mean nothing; beside `${…}` they may.
      out += i === 0 ? (open < 0 ? piece.trim() : piece.trimStart()) : open < 0 ? piece.trimEnd() : piece;
      if (open < 0) break;
      const close = interpolationEnd(body, open);
      out += body.slice(open, close + 1);
      i = close + 1;
    }
    out += '`';
    from = end + 1;
  }
  return from === 0 ? code : out + code.slice(from);
}
