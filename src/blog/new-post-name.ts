// Hexo's new_post_name (`:year/:title.md`) as a --filename template (`{year}/{title}.md`).
// Hexo fills :title with the title's slug in the site's filename_case, the date parts from the
// post's date; mdarchive does the same with the article's date as the blog shows it.

/** The placeholders both know, under the same names. */
const FILLED = ['title', 'year', 'month', 'i_month', 'day', 'i_day', 'hour', 'minute', 'second'];

/** The template, or why it cannot be made (a placeholder mdarchive cannot fill, such as :hash or :lang). */
export function templateFromNewPostName(newPostName: string): { template: string } | { problem: string } {
  const unknown = [...newPostName.matchAll(/:(\w+)/g)].map((m) => m[1]!).filter((key) => !FILLED.includes(key));
  if (unknown.length) {
    return { problem: `new_post_name '${newPostName}' uses :${unknown[0]}, which mdarchive cannot fill (it fills ${FILLED.map((k) => `:${k}`).join(' ')}); give --filename` };
  }
  return { template: newPostName.replace(/:(\w+)/g, '{$1}') };
}
