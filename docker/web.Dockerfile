# syntax=docker/dockerfile:1.7
# Koers web: the shell and the three step apps, built once and served by nginx
# (non-root). Each app has its own server block and port, as separate
# deployments would; /api is proxied to the api service.
#   docker build -f docker/web.Dockerfile -t koers-web .

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY nx.json tsconfig.base.json tsconfig.web.json ./
COPY apps/shell ./apps/shell
COPY apps/koploper ./apps/koploper
COPY apps/masterclass ./apps/masterclass
COPY apps/chain ./apps/chain
COPY libs/web ./libs/web
COPY libs/domain ./libs/domain
COPY tools/web ./tools/web
RUN npx nx run-many -t build -p shell,koploper,masterclass,chain --parallel=1 --outputStyle=static
# The web apps' security headers as nginx lines, from the same source as the development server's.
COPY tools/dev/register.cjs ./tools/dev/register.cjs
RUN node tools/dev/register.cjs tools/web/security-headers.ts nginx > koers-headers.inc.template

FROM nginxinc/nginx-unprivileged:1.27-bookworm AS runtime
COPY docker/nginx/koers-web.conf /etc/nginx/conf.d/default.conf
COPY docker/nginx/koers-app.inc /etc/nginx/conf.d/koers-app.inc
COPY docker/nginx/write-manifest.sh /docker-entrypoint.d/40-koers-manifest.sh
# Filled in by the image's own entrypoint (20-envsubst-on-templates.sh) into conf.d/koers-headers.inc:
# only the STEP_* variables, so nginx's own $variables stay as they are.
COPY --from=build /app/koers-headers.inc.template /etc/nginx/templates/koers-headers.inc.template
ENV NGINX_ENVSUBST_FILTER=^STEP_ \
    STEP_KOPLOPER_URL=http://localhost:8081 \
    STEP_MASTERCLASS_URL=http://localhost:8082 \
    STEP_CHAIN_URL=http://localhost:8083
COPY --from=build /app/dist/apps/shell/browser /usr/share/nginx/html/shell
COPY --from=build /app/dist/apps/koploper/browser /usr/share/nginx/html/koploper
COPY --from=build /app/dist/apps/masterclass/browser /usr/share/nginx/html/masterclass
COPY --from=build /app/dist/apps/chain/browser /usr/share/nginx/html/chain
USER root
RUN chown -R nginx:nginx /usr/share/nginx/html/shell /etc/nginx/conf.d && chmod +x /docker-entrypoint.d/40-koers-manifest.sh
USER nginx
EXPOSE 8080 8081 8082 8083
HEALTHCHECK --interval=15s --timeout=5s --retries=5 CMD wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1
