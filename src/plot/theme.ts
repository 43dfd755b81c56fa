/**
 * Themes: a journal greyscale theme (prints in black and white, as most journals print
 * figures) and a colour theme. RoB 2 judgement colours follow robvis (McGuinness &
 * Higgins 2021, Res Synth Methods 12:55); the greyscale theme tells the judgements
 * apart by their symbols, not their shade alone.
 */
export interface Theme {
  readonly name: 'grey' | 'colour';
  /** The bundled font first: PNGs are rendered with it alone. */
  readonly fontFamily: string;
  readonly fontSize: number;
  readonly background: string;
  readonly ink: string;
  readonly muted: string;
  readonly rule: string;
  readonly square: string;
  readonly ci: string;
  readonly diamond: string;
  readonly prediction: string;
  readonly point: string;
  readonly filled: string;
  /** Funnel regions and contours, from the widest region inwards. */
  readonly shades: readonly string[];
  readonly rob: { readonly low: string; readonly some: string; readonly high: string; readonly none: string };
  readonly robSymbol: { readonly low: string; readonly some: string; readonly high: string; readonly none: string };
  readonly box: string;
}

const FONT = "'Noto Sans SC', sans-serif";

export const GREY: Theme = {
  name: 'grey',
  fontFamily: FONT,
  fontSize: 11,
  background: '#ffffff',
  ink: '#000000',
  muted: '#555555',
  rule: '#000000',
  square: '#4d4d4d',
  ci: '#000000',
  diamond: '#000000',
  prediction: '#000000',
  point: '#000000',
  filled: '#000000',
  shades: ['#ffffff', '#d9d9d9', '#a6a6a6', '#737373'],
  rob: { low: '#ffffff', some: '#bdbdbd', high: '#525252', none: '#f0f0f0' },
  robSymbol: { low: '#000000', some: '#000000', high: '#ffffff', none: '#000000' },
  box: '#ffffff',
};

export const COLOUR: Theme = {
  name: 'colour',
  fontFamily: FONT,
  fontSize: 11,
  background: '#ffffff',
  ink: '#000000',
  muted: '#555555',
  rule: '#000000',
  square: '#1f5fa8',
  ci: '#000000',
  diamond: '#000000',
  prediction: '#c0392b',
  point: '#1f5fa8',
  filled: '#c0392b',
  shades: ['#ffffff', '#d6e4f0', '#9ec3e6', '#5b9bd5'],
  rob: { low: '#02C100', some: '#E2DF07', high: '#BF0000', none: '#4EA1F7' },
  robSymbol: { low: '#000000', some: '#000000', high: '#000000', none: '#000000' },
  box: '#ffffff',
};

export function theme(name: string | undefined): Theme {
  if (name === undefined || name === 'grey' || name === 'gray' || name === 'greyscale') return GREY;
  if (name === 'colour' || name === 'color') return COLOUR;
  throw new RangeError(`Unknown theme '${name}': use grey or colour.`);
}
