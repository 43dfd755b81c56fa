import { initial } from './001-initial.js';
import { extraction } from './002-extraction.js';
import { joinedMerges } from './003-joined-merges.js';
import type { Migration } from './types.js';

/** Every migration in order; version n is at index n − 1. */
export const MIGRATIONS: readonly Migration[] = [initial, extraction, joinedMerges];
export type { Migration } from './types.js';
