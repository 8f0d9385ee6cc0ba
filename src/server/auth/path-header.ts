/** Set by src/proxy.ts on every page request: the requested path, to return to after sign-in. */
export const PATH_HEADER = 'x-prevenir-path';
