// A fixed split of benchmark pages into a seen part and an unseen part, by page id.
//
// The unseen part is the one we do not look at while changing code: its pages are not read,
// debugged or tuned for, so its figures say how the code does on pages it was not fitted to.
// Floors (bench/floors.json) assert the unseen figures. The split depends on the id alone
// (a fixed hash, no seed, no page count), so a page never moves between parts when pages are
// added or removed.

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const encoder = new TextEncoder();

/** FNV-1a, 32-bit, over the UTF-8 bytes of the text: an unsigned 32-bit integer. */
export function fnv1a32(text) {
  let hash = FNV_OFFSET_BASIS;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    // Math.imul keeps the product in 32 bits (a plain * would lose the low bits as a double).
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash;
}

/** True for the pages of the unseen part: about one page in three. */
export function isUnseen(id) {
  return fnv1a32(id) % 3 === 0;
}

/** 'seen' or 'unseen': the part the page belongs to. */
export function splitName(id) {
  return isUnseen(id) ? 'unseen' : 'seen';
}
