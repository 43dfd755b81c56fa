/**
 * RoB 2 (Sterne et al. 2019, BMJ 366:l4898): five domains and an overall judgement, each
 * low risk, some concerns or high risk; robvis (McGuinness & Higgins 2021, Res Synth
 * Methods 12:55) adds "no information". Symbols as robvis draws them: + − × ?, so that
 * judgements stay apart in greyscale and for colour-blind readers.
 */
export type Judgement = 'low' | 'some' | 'high' | 'none';

/** In the order robvis stacks and lists them. */
export const JUDGEMENTS: readonly Judgement[] = ['low', 'some', 'high', 'none'];

export const SYMBOL: Readonly<Record<Judgement, string>> = { low: '+', some: '−', high: '×', none: '?' };

/** Legend words of the traffic-light plot. */
export const SHORT_NAME: Readonly<Record<Judgement, string>> = { low: 'Low', some: 'Some concerns', high: 'High', none: 'No information' };

/** Legend words of the summary plot. */
export const LONG_NAME: Readonly<Record<Judgement, string>> = {
  low: 'Low risk of bias',
  some: 'Some concerns',
  high: 'High risk of bias',
  none: 'No information',
};

/** RoB 2's domains for randomised trials (Sterne et al. 2019, table 1), in robvis's words. */
export const DOMAINS: readonly string[] = [
  'Bias arising from the randomisation process',
  'Bias due to deviations from intended interventions',
  'Bias due to missing outcome data',
  'Bias in measurement of the outcome',
  'Bias in selection of the reported result',
];

export const OVERALL = 'Overall risk of bias';

/** One assessed study: D1–D5 in order, the overall judgement and an optional weight (e.g. % in the meta-analysis). */
export interface RobStudy {
  readonly study: string;
  readonly domains: readonly Judgement[];
  readonly overall: Judgement;
  readonly weight?: number;
}
