import type TurndownService from 'turndown';

/** One of our turndown rules: installed by name, in the order of RULES. */
export type Rule = TurndownService.Rule & { name: string };
