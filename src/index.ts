// mdarchive as a library: what the CLI does, as typed functions whose failures are values
// carrying the CLI's one-line reasons (`mdarchive: <source>: <reason>`).
export { archive, type ArchiveEntry } from './api/archive.js';
export { convert, type ConvertedPost, type ConvertOptions, type ConvertResult } from './api/convert.js';
export { mirror, type MirrorColumnConfig, type MirrorReport, type MirrorResult } from './api/mirror.js';
export type { Options, SiteRuleOptions } from './api/options.js';
export type { ColumnReport, MirrorEntry } from './mirror/mirror-column.js';
export type { BodyFormat } from './config.js';
export type { DialectName } from './render/dialects/index.js';
export type { PlainFields } from './render/dialects/fields.js';
export type { Problem, Stage } from './types.js';
