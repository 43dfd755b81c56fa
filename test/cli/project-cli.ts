/**
 * Set-up shared by the CLI tests that work on one project file: a temporary directory,
 * the project's path in it, `cli(...argv)` running `metasift` in-process with its output
 * captured, `file(name, text)` writing an input file there, and `readStore(f)` reading a
 * number from the project's store (opened and closed around f).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import type { OutcomeInput, ReportedValue, StudyCharacteristics } from '../../src/review/extraction/types.js';
import { SqliteStore } from '../../src/store/index.js';

export interface ProjectCli {
  /** The temporary directory. */
  dir: string;
  /** The project file's path (not created: run `cli('init', p, ...)`). */
  p: string;
  cli: (...argv: string[]) => { code: number; out: string; err: string };
  file: (name: string, text: string) => string;
  readStore: (f: (s: SqliteStore) => number) => number;
}

/** A temporary directory named from prefix, with the project file `name` in it. */
export function projectCli(prefix: string, name: string): ProjectCli {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const p = join(dir, name);
  return {
    dir,
    p,
    cli: (...argv) => {
      let out = '';
      let err = '';
      const code = run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
      return { code, out, err };
    },
    file: (file, text) => {
      const f = join(dir, file);
      writeFileSync(f, text);
      return f;
    },
    readStore: (f) => {
      const s = SqliteStore.open(p);
      try {
        return f(s);
      } finally {
        s.close();
      }
    },
  };
}

export interface TwoArmStudy {
  readonly label: string;
  readonly msc: ReportedValue;
  readonly control: ReportedValue;
  /** The study's characteristics as `who` enters them, or undefined for none. */
  readonly characteristics?: (who: string) => StudyCharacteristics | undefined;
}

/** Defines `outcome` and enters each study's MSC and control arms (and characteristics) as every extractor in `by`. */
export function enterStudies(path: string, outcome: OutcomeInput, by: readonly string[], studies: readonly TwoArmStudy[]): void {
  const s = SqliteStore.open(path);
  try {
    const x = s.extraction;
    x.defineOutcome(outcome, { by: by[0] });
    for (const st of studies) {
      const { id } = x.addStudy({ label: st.label, by: by[0] });
      for (const who of by) {
        x.enterArm(id, outcome.name, 'MSC', { group: 'msc', value: st.msc }, { extractor: who });
        x.enterArm(id, outcome.name, 'Control', { group: 'control', value: st.control }, { extractor: who });
        const c = st.characteristics?.(who);
        if (c !== undefined) x.enterCharacteristics(id, c, { extractor: who });
      }
    }
  } finally {
    s.close();
  }
}
