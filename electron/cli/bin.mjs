#!/usr/bin/env node
// The `atlas` bin entry. The CLI is TypeScript run directly by Node (type stripping), which needs Node 22.18+.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(`atlas: needs Node 22.18 or newer, this is Node ${process.versions.node}; run it through "npm run atlas --" or npx.\n`);
  process.exit(1);
}
const { runAtlas } = await import('./atlas.ts');
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await runAtlas(process.argv.slice(2));
