/**
 * How long a list of rows stays on screen before its creators' pictures are fetched (see
 * creator-avatars.tsx). A plain module so the bench can pace its walk by it.
 */
export const AVATAR_DELAY_MS = 300;
