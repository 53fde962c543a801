# syntax=docker/dockerfile:1.7
# Koers worker: NestJS on Node 22 LTS, run from TypeScript through SWC (the same
# path as development and tests). Build from the repository root:
#   docker build -f docker/worker.Dockerfile -t koers-worker .

FROM node:22-bookworm-slim AS deps
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# Production dependencies only; the install scripts allowed in package.json run, nothing asks.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    PLUGINS_DIR=/app/plugins \
    MAIL_DIR=/tmp/mail
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json tsconfig.base.json ./
COPY --chown=node:node tools/dev/register.cjs ./tools/dev/register.cjs
COPY --chown=node:node libs ./libs
COPY --chown=node:node apps/worker/src ./apps/worker/src
COPY --chown=node:node plugins ./plugins
USER node

ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "tools/dev/register.cjs", "apps/worker/src/main.ts"]
