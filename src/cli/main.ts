import { enableCompileCache } from 'node:module';

// The `keyward` command. V8's code cache for the modules loaded below is kept on disk (NODE_COMPILE_CACHE,
// else the OS temporary directory), so a restart skips most of their compilation: part of the cold start
// (bench/RESULTS.md, "Cold start"). It must be enabled before those modules load, hence this entry file.
enableCompileCache();
await import('./program.js');
