// Plain JavaScript with no imports, run before anything loads a native module: on a Node.js older than
// the one Keyward supports, stop with one line instead of a stack trace from better-sqlite3 or a dependency.

/** The oldest Node.js Keyward runs on (package.json's engines): 24 LTS is the supported one, 22 still works. */
export const MIN_NODE = [22, 12];

/** Exits 1 with one line naming the Node.js version needed when this one is older. */
export function checkNode(what = 'keyward', version = process.versions.node) {
  const [major, minor] = version.split('.').map(Number);
  if (major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1])) return;
  process.stderr.write(`${what}: needs Node.js ${MIN_NODE.join('.')} or newer (24 LTS recommended); this is Node.js ${version}\n`);
  process.exit(1);
}
