/** A numbered schema change; PRAGMA user_version records the last one applied. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: string;
  readonly down: string;
}
