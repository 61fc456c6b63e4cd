// HTML entities decoded as a browser does. Numeric references beyond Unicode
// (`&#xaaaaaaaaaa;`) are read as U+FFFD first: the `entities` decoder throws on some of them.
import { decodeHTML, decodeHTMLAttribute } from 'entities';

const HUGE_REFERENCE = /&#(?:[xX]0*[1-9a-fA-F][0-9a-fA-F]{6,}|0*[1-9][0-9]{7,})/g;
export const clampReferences = (raw: string): string => (raw.includes('&#') ? raw.replace(HUGE_REFERENCE, '&#xFFFD') : raw);

/** Text as a browser (and Markdown) would see it. */
export const decodeText = (raw: string): string => decodeHTML(clampReferences(raw));

/** An attribute value as a browser would see it. */
export const decodeAttribute = (raw: string): string => decodeHTMLAttribute(clampReferences(raw));

/** Text as raw markup (the tree keeps entities undecoded), for an attribute value or a text node. */
export const escapeMarkup = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
