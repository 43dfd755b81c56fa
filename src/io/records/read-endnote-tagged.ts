/**
 * EndNote tagged text (the refer format as EndNote extends it, `.enw`/`.txt`),
 * which CNKI and Wanfang offer as "EndNote": `%0 Journal Article`, one `%X value`
 * a line, records separated by blank lines. Tags after EndNote's "EndNote Export"
 * table: %A author, %T title, %Q translated title, %J journal (%B secondary
 * title), %D year, %V volume, %N issue, %P pages, %K keywords, %X abstract,
 * %R DOI, %U URL, %G language, %W database provider, %~ database name, %M
 * accession number, %F label. Chinese exports pack several authors or keywords
 * on one line ("%A 张三;李四"; "%K 干细胞；肝硬化").
 */
import { buildRecord } from './build-record.js';
import { databaseName, isPubMed } from './database-name.js';
import { splitKeywords, splitNames } from './split-list.js';
import { taggedBlocks } from './tagged-blocks.js';
import type { ReadOptions, ReadResult } from './types.js';
import { parseYear } from './year.js';

const SYNTAX = { tag: /^%(\S)(?: (.*))?$/, first: '0', shown: '%0 Journal Article', format: 'EndNote tagged' };

export function readEndnoteTagged(text: string, file: string, options: ReadOptions = {}): ReadResult {
  const records = taggedBlocks(text, file, SYNTAX).map(({ bag, line }, i) => {
    const stated = databaseName(bag.peek('~') ?? bag.peek('W'));
    const year = bag.takeFirst('D');
    const extra: Record<string, string> = {};
    if (year !== undefined && parseYear(year) === undefined) extra.D = year;
    const accession = bag.peek('M');
    const pmid = accession !== undefined && /^\d{1,9}$/.test(accession) && isPubMed(stated) ? accession : undefined;
    return buildRecord(
      {
        sourceId: bag.takeFirst('F', 'M'),
        type: bag.takeFirst('0'),
        title: bag.takeFirst('T'),
        altTitle: bag.takeFirst('Q'),
        authors: bag.takeAll('A').flatMap((a) => splitNames(a)),
        year: parseYear(year),
        journal: bag.takeFirst('J', 'B'),
        volume: bag.takeFirst('V'),
        issue: bag.takeFirst('N'),
        pages: bag.takeFirst('P'),
        abstract: bag.takeFirst('X'),
        keywords: bag.takeAll('K').flatMap((k) => splitKeywords(k)),
        doi: bag.takeFirst('R'),
        pmid,
        language: bag.takeFirst('G'),
        url: bag.takeFirst('U'),
        extra: { ...bag.rest(), ...extra },
      },
      { file, line, ordinal: i + 1, option: options.database, stated, fallback: 'EndNote' },
    );
  });
  return { records, warnings: [] };
}
