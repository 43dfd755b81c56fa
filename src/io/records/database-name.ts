/**
 * One name per database for PRISMA's per-database counts: Chinese providers
 * write themselves several ways ("CNKI", "中国知网", "北京万方数据股份有限公司"),
 * and PubMed as "NLM" or "MEDLINE". Other names pass through trimmed.
 */
const KNOWN: readonly [RegExp, string][] = [
  [/cnki|知网/i, 'CNKI'],
  [/wanfang|万方/i, 'Wanfang'],
  [/cqvip|维普|^vip$/i, 'VIP'],
  [/sinomed|中国生物医学|^cbm$/i, 'SinoMed'],
  [/pubmed|^nlm$|^medline$/i, 'PubMed'],
];

export function databaseName(raw: string | undefined): string | undefined {
  const name = raw?.trim();
  if (!name) return undefined;
  for (const [pattern, canonical] of KNOWN) if (pattern.test(name)) return canonical;
  return name;
}

export function isPubMed(database: string | undefined): boolean {
  return databaseName(database) === 'PubMed';
}
