# syntax=docker/dockerfile:1.7
# Koers api: NestJS on Node 22 LTS, run from TypeScript through SWC (the same
# path as development and tests). Build from the repository root:
#   docker build -f docker/api.Dockerfile -t koers-api .

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
COPY --chown=node:node apps/api/src ./apps/api/src
COPY --chown=node:node plugins ./plugins
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "tools/dev/register.cjs", "apps/api/src/main.ts"]
