import { cleanAuthor } from './dist/extract/metadata/author.js';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(t), '->', JSON.stringify(cleanAuthor(t)));
