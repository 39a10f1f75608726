/** localStorage that never throws (see src/lib/safe-storage.ts, which compare's selection shares). */
export { readStorage, writeStorage } from '../../lib/safe-storage';
