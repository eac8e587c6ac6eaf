const ellipsis = '…';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Shortens text to at most `maxLength` UTF-16 code units, the unit in which Windows counts a
 * tooltip, ending it with "…". It cuts only between graphemes, so a surrogate pair, an emoji
 * sequence or a letter with combining marks is never split.
 */
export function truncateText(text: string, maxLength: number): string {
  if (text.length <= maxLength) {
    return text;
  }
  if (maxLength < ellipsis.length) {
    return '';
  }

  const budget = maxLength - ellipsis.length;
  let kept = '';
  for (const { segment } of segmenter.segment(text)) {
    if (kept.length + segment.length > budget) {
      break;
    }
    kept += segment;
  }
  return `${kept.trimEnd()}${ellipsis}`;
}
