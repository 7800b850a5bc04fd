import { sep } from 'node:path';

/** True when the resolved path `child` is `parent` or lies inside it. */
export const isInside = (child: string, parent: string): boolean => child === parent || child.startsWith(parent + sep);

/** True when the resolved path `child` lies strictly inside `parent`. */
export const isStrictlyInside = (child: string, parent: string): boolean => child.startsWith(parent + sep);
