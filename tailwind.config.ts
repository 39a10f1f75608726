import type { Config } from 'tailwindcss';

// Tailwind 4 reads this file through `@config` in src/index.css. Colours are CSS variables
// (defined there for light, dark and print) so every component themes itself.
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        surface: 'var(--color-surface)',
        'surface-muted': 'var(--color-surface-muted)',
        ink: 'var(--color-ink)',
        'ink-muted': 'var(--color-ink-muted)',
        line: 'var(--color-line)',
        control: 'var(--color-control)',
        accent: 'var(--color-accent)',
        'accent-ink': 'var(--color-accent-ink)',
        up: 'var(--color-up)',
        down: 'var(--color-down)',
        warn: 'var(--color-warn)',
      },
    },
  },
} satisfies Config;
