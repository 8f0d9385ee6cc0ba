# Prevenir for deployment; docker-compose.yml runs it next to PostgreSQL. One build, many servers:
# the `build` stage builds the site once; the final stage holds only what the server needs (Next's
# standalone output: the traced server files and production node_modules, our server bundled in
# as serve.mjs, the static files with their brotli copies, public/). Every instance runs that same
# image. The database is prepared by `npm run db:prepare` from the build stage, once per release
# (docker-compose.yml's `migrate` service), before the instances start.

# --- build: all dependencies, the build, and the tools (migrations, seed, data update) ---------
FROM node:24-bookworm-slim AS build

ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
RUN chown node:node /app
USER node

# Dependencies first, so a code change reuses this layer. Dependencies' install scripts are not
# needed (npm 11 skips them on our machines too); the Prisma client is generated below.
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --ignore-scripts

COPY --chown=node:node . .
RUN npx prisma generate

# robots.txt is rendered at build time, so the public address is a build argument.
ARG SITE_URL=http://localhost:3000
# Skew protection (README, "Several instances"): the same id for every instance of one release,
# a new one per release, e.g. the commit (`git rev-parse --short HEAD`). Unset: the build time.
ARG DEPLOYMENT_ID=
# The server actions' key (`openssl rand -base64 32`), the same for every build of a deployment
# so that separately built instances accept each other's forms. Unset: the build makes one, which
# every container of this one image shares. Like any key the build uses, it ends up in the image.
ARG NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=
# The build loads src/env.ts, which needs a well-formed DATABASE_URL; nothing connects to it.
RUN DATABASE_URL=postgresql://build:build@localhost:5432/build npm run build

# --- runtime: the standalone server only ---------------------------------------------------------
FROM node:24-bookworm-slim AS runtime

WORKDIR /app
# The files stay root's, read-only for the server; only .data/ (uploaded files, a volume in
# docker-compose.yml) and .next/cache (where Next.js keeps what it caches at run time) are the
# node user's.
COPY --from=build /app/.next/standalone ./
RUN mkdir -p .data .next/cache && chown node:node .data .next/cache
USER node

# Docker sets HOSTNAME to the container id; the server must listen on every interface instead.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0 PORT=3000
EXPOSE 3000
# Liveness (GET /api/health: the process serves; it never asks the database). The image has no
# curl, hence Node's fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# scripts/serve.ts, bundled: Next.js's request handler with the page cache, the brotli copies,
# the request gate and the drain on SIGTERM.
CMD ["node", "serve.mjs"]
