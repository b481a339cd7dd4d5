// Module resolve hook for worker threads started from the TypeScript sources (vitest, tsx; see spawn.ts). A worker
// has none of vitest's aliases, and @kafe/shared's package exports point at shared/dist, which may be missing or older
// than the sources the rest of the process runs. So `@kafe/shared/x` becomes shared/src/x.ts, as in vitest.config.ts.
// The built server never registers this: there the package exports are right.
import type { ResolveFnOutput, ResolveHookContext } from 'node:module';

const SHARED = '@kafe/shared/';
const sources = new URL('../../../shared/src/', import.meta.url);

type NextResolve = (
  specifier: string,
  context?: Partial<ResolveHookContext>,
) => ResolveFnOutput | Promise<ResolveFnOutput>;

export function resolve(
  specifier: string,
  context: ResolveHookContext,
  next: NextResolve,
): ResolveFnOutput | Promise<ResolveFnOutput> {
  if (!specifier.startsWith(SHARED)) return next(specifier, context);
  // Passed on rather than answered: tsx's hook, next in the chain, marks the .ts file for transpiling.
  return next(new URL(`${specifier.slice(SHARED.length)}.ts`, sources).href, context);
}
