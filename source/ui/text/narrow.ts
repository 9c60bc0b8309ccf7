// Characters one terminal cell wide whatever the terminal, one UTF-16 unit each, that never join a
// neighbour into a wider grapheme: printable ASCII, Latin-1 and Latin Extended letters (precomposed;
// the soft hyphen and combining marks excluded), general punctuation (dashes, quotes, bullet,
// ellipsis), ≠, ⋯, box drawing, blocks and geometric shapes (◀ ▶ ◆ ◇ ▸ ▲ ▼ █ ░), ⚑ and ✓. Most news text and
// every rule the view draws is made of these, so widths and terminal cells can skip grapheme
// segmentation for it. test/fast-text.test.ts checks every one against string-width and Intl.Segmenter.
export const NARROW_CLASS = String.raw`[\x20-\x7E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u203B\u2260\u22EF\u2500-\u25FC\u2691\u2713]`;

/** Matches text made only of NARROW characters (or nothing). */
export const NARROW = new RegExp(`^${NARROW_CLASS}*$`);

/** SGR sequences (colours and attributes), the only escapes the view writes. */
export const SGR = /\x1b\[[0-9;]*m/g;
