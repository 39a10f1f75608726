/** Plot heights shared by the charts and the loading skeleton so nothing shifts when data arrives. */
export const TREND_HEIGHT = 288;
export const AUDIENCE_HEIGHT = 320;
