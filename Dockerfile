# Keyward's container image: the packed package, installed with its production dependencies only, run
# as a non-root user with its SQLite file on a volume.
#
# NOT BUILT HERE: the machines this repository is developed and tested on have no container engine.
# test/package/dockerfile.test.ts checks what can be checked without one (every file copied exists, CMD is
# the command test/package/install.test.ts runs from an installed tarball, the compose file's variables
# are ones src/config.ts reads). See docs/deploy.md, "Container image".
#
#   docker build -t keyward .
#   docker run -p 3000:3000 -v keyward-data:/data -e KEYWARD_PEPPER=v1:<secret> keyward

ARG NODE_IMAGE=node:24-slim

# 1. Build: every dependency, src/ compiled to dist/, the web app to dist/web, then `npm pack`.
# Nothing is compiled: better-sqlite3 carries its prebuilt Node-API addon (glibc and musl, x64 and arm64).
FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY bin/ ./bin/
COPY scripts/ ./scripts/
COPY src/ ./src/
COPY web/ ./web/
COPY docs/errors.md ./docs/errors.md
COPY README.md ./
RUN npm run build && npm pack --ignore-scripts --pack-destination /pkg && mv /pkg/keyward-*.tgz /pkg/keyward.tgz

# 2. Install: the tarball into an empty folder with production dependencies only (no tsx, esbuild, vite,
#    TypeScript or test tools), exactly as test/package/install.test.ts does.
FROM ${NODE_IMAGE} AS install
WORKDIR /app
COPY --from=build /pkg/keyward.tgz /tmp/keyward.tgz
RUN npm install --omit=dev --no-audit --no-fund /tmp/keyward.tgz && rm /tmp/keyward.tgz && npm cache clean --force

# 3. Run: no npm cache, not root.
FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data \
    PATH=/app/node_modules/.bin:$PATH
WORKDIR /app
COPY --from=install /app /app
RUN mkdir -p /data && chown node:node /data
USER node
# The SQLite file (embedded mode); unused with DATABASE_URL.
VOLUME ["/data"]
EXPOSE 3000
# /readyz: 200 while the database answers (Redis being down does not make an instance unready).
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is PID 1 and handles SIGTERM itself: stop accepting, finish requests in flight, flush last-used, exit 0.
STOPSIGNAL SIGTERM
CMD ["keyward", "serve"]
