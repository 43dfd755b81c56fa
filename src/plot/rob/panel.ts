/** A piece of a plot laid out from a given top edge: its natural width, height and marks. */
export interface Panel {
  readonly width: number;
  readonly height: number;
  readonly marks: readonly string[];
}
