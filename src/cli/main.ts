// The command line: the commands, usage errors as exit 2, no stack traces unless --verbose.
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config.js';
import { VERSION } from '../version.js';
import { archiveCommand } from './archive-command.js';
import { mirrorCommand } from './mirror-command.js';

const EXAMPLES = `
Examples:
  Archive an article from the web:      mdarchive archive https://example.com/post/42.html -o posts
  Convert a folder of saved pages:      mdarchive archive saved-pages/ -o source/_posts
  Mirror a column into a blog, by cron: */30 * * * * mdarchive mirror --config ~/blog/columns.yml

  mdarchive archive --help and mdarchive mirror --help show every option.
`;

function program(setExit: (code: number) => void): Command {
  const root = new Command('mdarchive')
    .description('Archive web articles as Markdown posts (Hexo front-matter).')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .showSuggestionAfterError(false)
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'mdarchive: ')) });
  for (const command of [archiveCommand(setExit), mirrorCommand(setExit)]) root.addCommand(command.copyInheritedSettings(root));
  return root.addHelpText('after', EXAMPLES);
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  try {
    await program((code) => (exitCode = code)).parseAsync(argv);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`mdarchive: ${err.message}\n`);
      return 2;
    }
    const verbose = argv.includes('--verbose');
    process.stderr.write(`mdarchive: internal error: ${verbose ? (err as Error).stack : (err as Error).message}\n`);
    return 1;
  }
}
