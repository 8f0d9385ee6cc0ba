// Stands in for the `server-only` package, which throws outside Next.js's server bundler.
export {};
