# Prevenir for deployment; docker-compose.yml runs it next to PostgreSQL.
FROM node:20-bookworm-slim

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

# robots.txt is rendered at build time, so the public address is a build argument. The build
# loads src/env.ts, which needs a well-formed DATABASE_URL; nothing connects to it.
ARG SITE_URL=http://localhost:3000
ENV SITE_URL=$SITE_URL
RUN DATABASE_URL=postgresql://build:build@localhost:5432/build npm run build

# Uploaded files live under .data/ (a volume in docker-compose.yml); made here so node owns it.
RUN mkdir -p .data

# Docker sets HOSTNAME to the container id; Next.js must listen on every interface instead.
ENV NODE_ENV=production HOSTNAME=0.0.0.0 PORT=3000
EXPOSE 3000
# Liveness (GET /api/health: the process serves; it never asks the database). The image has no
# curl, hence Node's fetch. The start period covers `npm start`'s migrations, seed and data update.
HEALTHCHECK --interval=30s --timeout=5s --start-period=180s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Applies pending migrations, seeds an empty database, applies the data update (corrections to
# prisma/data, editors' changes kept), then serves the build made above.
CMD ["npm", "start"]
