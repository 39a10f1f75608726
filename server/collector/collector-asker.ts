import type { Asker } from '../trends-source';

/**
 * The collector's name in the per-client provider limits: one client like any visitor (so its calls
 * take turns with theirs in the fair queue), and a name no address can take.
 */
export const COLLECTOR_ASKER: Asker = { client: 'collector' };
