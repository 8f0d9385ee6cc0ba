/** The build's folder: `.next`, or NEXT_DIST_DIR so that parallel builds (e2e, bench) can coexist. */
export const distDirOf = (env: NodeJS.ProcessEnv = process.env) => env.NEXT_DIST_DIR ?? '.next';
