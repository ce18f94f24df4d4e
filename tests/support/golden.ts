/**
 * Whether golden-file tests rewrite their files instead of comparing (`UPDATE_GOLDEN=1`). Refused under
 * `CI=true`: a CI run that rewrote its own expectations could never fail.
 */
export function updatingGolden(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['UPDATE_GOLDEN'] !== '1') return false;
  if (env['CI'] === 'true')
    throw new Error(
      'UPDATE_GOLDEN=1 is refused under CI=true: golden files are updated by hand and reviewed',
    );
  return true;
}
