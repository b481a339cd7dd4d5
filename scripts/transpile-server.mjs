// The server's quick build for npm start: every .ts file of shared/src and server/src becomes the .js file (and source
// map) that `tsc -b server` would write beside it in dist/, transpiled one by one by esbuild, with no bundling and no
// type check: ~0.5 s where tsc takes 10 s or more. It means the same code because both projects compile with
// isolatedModules and verbatimModuleSyntax (each file stands on its own; type-only imports say so). Types are checked
// by `npm run typecheck` and CI; `npm run build` (tests, bench, CI) still builds with tsc.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, stop } from 'esbuild';

/** The TypeScript sources under `dir`, declaration files left out (they have no output). */
const sourcesIn = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));

export async function transpileServer(root) {
  for (const project of ['shared', 'server']) {
    const src = join(root, project, 'src');
    await build({
      entryPoints: sourcesIn(src),
      outbase: src,
      outdir: join(root, project, 'dist'),
      tsconfig: join(root, project, 'tsconfig.json'),
      format: 'esm',
      platform: 'node',
      target: 'node20.19',
      sourcemap: true,
      logLevel: 'warning',
    });
  }
  await stop(); // esbuild's service process would otherwise live on beside the server (~50 MB)
}
