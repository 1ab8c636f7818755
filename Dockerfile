# One image for both servers; docker-compose.yml runs it twice with different commands.
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 ASTRO_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY cms/package.json cms/
COPY portal/package.json portal/
RUN npm ci --no-audit --no-fund
COPY . .
# The build reads the config but connects to nothing; the real secret comes at run time.
RUN PAYLOAD_SECRET=build-only DATA_DIR=/tmp/build-data npm run build

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 ASTRO_TELEMETRY_DISABLED=1 DATA_DIR=/data
COPY --from=build /app /app
VOLUME /data
EXPOSE 3000 4321
