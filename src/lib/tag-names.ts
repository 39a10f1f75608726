// Moved to src/contract (the server's link previews read `tags` too).
export * from '../contract/tag-names';
