import { initial } from './001-initial.js';
import { extraction } from './002-extraction.js';
import type { Migration } from './types.js';

/** Every migration in order; version n is at index n − 1. */
export const MIGRATIONS: readonly Migration[] = [initial, extraction];
export type { Migration } from './types.js';
