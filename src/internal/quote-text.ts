/** Quotation marks for verbatim quotes (the card's evidence, the badge's popover). */

/**
 * A verbatim quote between the reader's quotation marks (`marks`: outer open/close, inner
 * open/close). Marks the source put around the whole quote are dropped and double marks inside
 * become the inner pair, so a quote that ends in a quotation reads `…security.’”`, not `.””`.
 */
export function quoteText(quote: string, marks: readonly [string, string, string, string]): string {
  let text = quote.trim();
  const wrapped = /^["“„«「『]([^]*)["”“»」』]$/u.exec(text);
  if (wrapped && !/["“”„«»「」『』]/u.test(wrapped[1])) text = wrapped[1];
  let open = true;
  text = text.replace(/["“”„«»「」『』]/gu, (m) => {
    // A straight mark opens or closes by turns; curly ones say which they are.
    const opening = m === '"' ? open : /[“„«「『]/u.test(m);
    open = m === '"' ? !open : open;
    return opening ? marks[2] : marks[3];
  });
  return `${marks[0]}${text}${marks[1]}`;
}
