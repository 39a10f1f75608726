/** Inter's subsets for Latin (with its extensions: Turkish, Polish, Vietnamese), Cyrillic and Greek. */
export const OG_FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'greek', 'vietnamese'] as const;
export const OG_FONT_WEIGHTS = [400, 700] as const;

/** One family per subset: satori keeps one font per family, weight and style. */
export const ogFontName = (subset: (typeof OG_FONT_SUBSETS)[number]) => `Inter ${subset}`;

/** The CSS font family of every card: Latin first, then the other subsets for the glyphs it lacks. */
export const OG_FONT_FAMILY = OG_FONT_SUBSETS.map((subset) => `'${ogFontName(subset)}'`).join(', ');
