/** `metasift init PROJECT [--reviewer ID=Name]... [--resolver ID=Name] [--reasons "a;b"]`: a new review project. */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FileFormatError } from '../../io/errors.js';
import { UsageError } from '../usage-error.js';
import { withProject } from './open-project.js';

export const INIT_HELP = `Usage: metasift init PROJECT [options]

Creates a review project: one file (SQLite) that holds records, decisions and their history.

Options:
  --reviewer ID=Name   a screening reviewer (repeat for each; e.g. --reviewer ann="Ann Lee")
  --resolver ID=Name   a reviewer who may resolve conflicts as the third reviewer
  --reasons "A;B;C"    the full-text exclusion reasons, separated by ';'
`;

function person(spec: string): { id: string; name: string } {
  const eq = spec.indexOf('=');
  const id = (eq < 0 ? spec : spec.slice(0, eq)).trim();
  if (!/^[\w.-]+$/.test(id)) throw new UsageError(`A reviewer id may use letters, digits, '.', '-' and '_' only, not '${id}'.`);
  return { id, name: eq < 0 ? id : spec.slice(eq + 1).trim() };
}

export function runInit(args: readonly string[], write: (s: string) => void): void {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      reviewer: { type: 'string', multiple: true },
      resolver: { type: 'string', multiple: true },
      reasons: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return write(INIT_HELP);
  const file = positionals[0];
  if (file === undefined) throw new UsageError('Name the project file to create.\n\n' + INIT_HELP);
  if (existsSync(file)) throw new FileFormatError('already exists: choose another name, or use the project as it is', { file });
  withProject(
    file,
    (store) => {
      for (const r of values.reviewer ?? []) store.addReviewer({ ...person(r), canResolve: false });
      for (const r of values.resolver ?? []) store.addReviewer({ ...person(r), canResolve: true });
      for (const reason of (values.reasons ?? '').split(';').map((s) => s.trim()).filter((s) => s !== '')) store.addExclusionReason(reason);
      write(`Created ${file} with ${store.reviewers().length} reviewers and ${store.exclusionReasons().length} exclusion reasons.\n`);
    },
    { create: true },
  );
}
