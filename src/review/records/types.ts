/**
 * A bibliographic record as metasift keeps it, whatever format it was imported from
 * (RIS, MEDLINE, BibTeX, EndNote XML, CSV, CNKI/Wanfang exports, ClinicalTrials.gov).
 * Fields are as the source gave them (no normalisation here: deduplication normalises
 * its own copies), Unicode throughout (Chinese titles and author names included).
 */
export interface BibRecord {
  /** The identifier the source gave the record (CSV ID/record_id, RIS ID, EndNote rec-number, PMID, NCT number). */
  readonly sourceId: string;
  /** Where it came from: the database (e.g. "PubMed", "CNKI") and the file imported. */
  readonly source: { readonly database: string; readonly file: string; readonly line?: number };
  /** Publication type in the source's words (e.g. "JOUR", "article", "Journal Article"). */
  readonly type?: string;
  readonly title: string;
  /** A second-language title when the source has one (e.g. the English title of a Chinese paper). */
  readonly altTitle?: string;
  readonly authors: readonly string[];
  readonly year?: number;
  readonly journal?: string;
  readonly volume?: string;
  readonly issue?: string;
  readonly pages?: string;
  readonly abstract?: string;
  readonly keywords?: readonly string[];
  readonly doi?: string;
  readonly pmid?: string;
  /** Trial registration numbers (NCT…, ChiCTR…, ISRCTN…) found in the record. */
  readonly registrations?: readonly string[];
  readonly language?: string;
  readonly url?: string;
  /** Anything else the source held, by its own tag, so nothing is lost on import. */
  readonly extra?: Readonly<Record<string, string>>;
}
