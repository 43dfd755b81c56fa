/**
 * `metasift serve [PROJECT] [--port N] [--host H] [--team]`: serves a project to the
 * browser (src/server). Without PROJECT, a working copy of the embedded MSC review in
 * ./metasift-work/. Local mode (default) has no login and so binds loopback only; team
 * mode has accounts, and a project without any gets an owner whose password is printed
 * once. Ctrl-C (SIGINT) or SIGTERM stops the server and closes the project.
 */
import { randomBytes } from 'node:crypto';
import { createApp, startServer, addAccount, UserStore } from '../server/index.js';
import { openEmbeddedProject } from '../server/core/embedded-project.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { takeFlags } from './plots.js';
import { UsageError } from './usage-error.js';

export const SERVE_HELP = `Usage: metasift serve [PROJECT] [--port N] [--host H] [--team]

Serves a project to the browser: screening, deduplication, PRISMA and analysis over
one JSON API (under /api) and the web app. Without PROJECT, a working copy of the
embedded MSC review is made in ./metasift-work/ (the embedded data stay untouched).

Options:
  --port N     port to listen on (default 8420; 0 picks a free one)
  --host H     address to bind (default 127.0.0.1)
  --team       accounts with roles (owner, reviewer, viewer) and login; needed to bind
               an address other than loopback. The first run creates the account
               'owner' and prints its password once.
`;

export const DEFAULT_PORT = 8420;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export interface ServeHandle {
  readonly url: string;
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** Where the default working copy goes (default: the current directory). */
  readonly cwd?: string;
  /** Stop on SIGINT/SIGTERM (default true; tests turn it off). */
  readonly signals?: boolean;
}

function parsePort(v: string | undefined): number {
  if (v === undefined) return DEFAULT_PORT;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535) throw new UsageError(`--port should be a whole number from 0 to 65535, not '${v}'.`);
  return n;
}

export async function runServe(args: readonly string[], write: (s: string) => void, opts: ServeOptions = {}): Promise<ServeHandle | undefined> {
  const flags = takeFlags(args, ['port', 'host'], ['team', 'help']);
  if (flags.booleans.has('help')) {
    write(SERVE_HELP);
    return undefined;
  }
  const unknown = flags.rest.find((a) => a.startsWith('-'));
  if (unknown !== undefined) throw new UsageError(`Unknown option '${unknown}'.\n\n${SERVE_HELP}`);
  if (flags.rest.length > 1) throw new UsageError(`Give at most one project file, not ${flags.rest.length}.\n\n${SERVE_HELP}`);
  const team = flags.booleans.has('team');
  const port = parsePort(flags.values.port);
  const host = flags.values.host ?? '127.0.0.1';
  if (!team && !LOOPBACK.has(host)) throw new UsageError(`Local mode has no login, so it serves 127.0.0.1 only: add --team to serve ${host} with accounts.`);

  const named = flags.rest[0];
  // one screener settles a record in local mode; a team screens in pairs
  const project = named === undefined ? openEmbeddedProject(opts.cwd ?? process.cwd(), { required: team ? 2 : 1 }) : { store: SqliteStore.open(named), path: named, created: false };
  const { store } = project;
  try {
    if (project.created) write(`Made a working copy of the embedded review: ${project.path}\n`);
    if (team) {
      const users = new UserStore(store.db);
      if (users.count() === 0) {
        const password = randomBytes(12).toString('base64url');
        await addAccount(store, users, { username: 'owner', name: 'Owner', password, role: 'owner' });
        write(`Created the account 'owner' with password ${password} (shown once: log in and change it).\n`);
      }
    }
    const server = await startServer(createApp({ store, mode: team ? 'team' : 'local' }), { port, host }).catch((e: unknown) => {
      const code = (e as { code?: string }).code;
      if (code === 'EADDRINUSE') throw new Error(`Port ${port} on ${host} is already in use (is metasift already running there?). Stop the other program, or choose another port with --port N.`);
      if (code === 'EADDRNOTAVAIL') throw new Error(`This computer has no address ${host} to serve on: check --host.`);
      throw e;
    });
    write(`metasift is serving ${project.path} at ${server.url}/ (${team ? 'team mode' : 'local mode, no login'}). Press Ctrl-C to stop.\n`);
    let stopping: Promise<void> | undefined;
    const onSignal = () => void stop().then(() => write('Stopped.\n'));
    const stop = () => {
      stopping ??= (async () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await server.close();
        store.close();
      })();
      return stopping;
    };
    if (opts.signals !== false) {
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
    }
    return { url: server.url, stop };
  } catch (e) {
    store.close();
    throw e;
  }
}
