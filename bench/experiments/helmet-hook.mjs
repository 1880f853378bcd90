// Module-resolution hook: `@fastify/helmet` → bench/experiments/static-helmet.ts (BENCH_EXPERIMENT=helmet).
export async function resolve(specifier, context, next) {
  if (specifier === '@fastify/helmet') return next(new URL('./static-helmet.ts', import.meta.url).href, context);
  return next(specifier, context);
}
