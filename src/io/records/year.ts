/**
 * The publication year inside a date as exports write it: RIS "2019///" or
 * "2019/05/03/", MEDLINE "2019 Mar 15", ISO "2019-03", BibTeX "2019", CNKI
 * "2019-05-03". The first four-digit year from 1500 to 2099 wins.
 */
export function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)/.exec(value);
  return m ? Number(m[1]) : undefined;
}

/** True when a date says nothing beyond its year, so keeping the raw text would add nothing. */
export function isBareYear(value: string): boolean {
  return /^\s*\d{4}[/\s.-]*$/.test(value);
}
