// Types for scripts/setup-test-system.mjs (plain JS so it runs before `npm ci`), for its unit test.
export interface Part {
  name: string;
  detect: { path?: string; command?: string; env?: string };
  version?: string[];
  packages: string[];
  suites: string[];
}
export interface Detected {
  found: boolean;
  where?: string;
  override?: string;
  version?: string;
}
export interface Plan {
  present: string[];
  missing: string[];
  action: 'none' | 'install' | 'fail';
  packages: string[];
  commands: string[][];
  message?: string;
}
export const PARTS: Part[];
export const APT_OPTIONS: string[];
export function partsFor(suites: string[], parts?: Part[]): Part[];
export function whereToLook(
  part: Part,
  env: Record<string, string | undefined>,
): { path?: string; command?: string; override?: string };
export function manualCommand(packages: string[], root: boolean): string;
export function plan(input: {
  parts: Part[];
  detected: Record<string, Detected>;
  root: boolean;
  aptGet: boolean;
  sudo: boolean;
}): Plan;
export function formatSeconds(ms: number): string;
export function summary(r: {
  present: Array<{ name: string; version?: string }>;
  installed: Array<{ name: string; version?: string }>;
  ms: number;
}): string;
export function parseVersion(text: string): string | undefined;
export function detect(part: Part, env?: Record<string, string | undefined>): Detected;
