/** Set by src/proxy.ts on every page request: the requested path and query (sign-in's return address, the language switcher's links). */
export const PATH_HEADER = 'x-prevenir-path';
