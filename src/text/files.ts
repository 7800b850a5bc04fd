import { copyFile, link } from 'node:fs/promises';

/**
 * The file at `from` also at `to`: a hard link where the file system allows, else a copy. For
 * files kept in the cache and placed in the site: the site is removed before each build and never
 * written into, so the two names never differ.
 */
export const linkOrCopy = (from: string, to: string): Promise<void> => link(from, to).catch(() => copyFile(from, to));
