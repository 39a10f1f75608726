import { createContext } from 'react';

/**
 * Set by a figure that needs its chart drawn now, whether or not the visitor has scrolled to it
 * (Download PNG pressed before the chart was drawn). Lazily drawn charts read it.
 */
export const DrawNowContext = createContext(false);
