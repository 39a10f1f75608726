/** The detail page's chart titles (the cards and the PowerPoint export). */
export const CHART_TITLES = {
  trend: 'Popularity over time',
  age: 'Audience age',
  interests: 'Audience interests',
  countries: 'Audience countries',
} as const;
