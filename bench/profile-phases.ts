/**
 * `npm run bench:phases -- BUILD.cpuprofile BUILD.log [--root DIR ...]`
 *
 * Splits a kept build profile (`npm run bench -- --profile` keeps them in
 * bench/out/) by the phases of that build's log: what each phase's thread
 * was busy with, by package. The spans come from the log (see `phaseSpans`),
 * the wall time from the profile itself. Prints only.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatSeconds } from './lib/format-table.ts';
import { parseAstroLog, phaseSpans } from './lib/parse-astro-log.ts';
import { profileByPhase, type CpuProfile } from './lib/summarise-profile.ts';

const USAGE = 'usage: npm run bench:phases -- BUILD.cpuprofile BUILD.log [--root DIR ...]';

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { root: { type: 'string', multiple: true, default: [] } } });
  } catch (error) {
    console.error(`bench:phases: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [profileFile, logFile] = parsed.positionals;
  if (profileFile === undefined || logFile === undefined) {
    console.error(`bench:phases: expected a .cpuprofile and its build log\n${USAGE}`);
    return 2;
  }
  const profile = JSON.parse(await readFile(profileFile, 'utf8')) as CpuProfile;
  const wall = (profile.endTime - profile.startTime) / 1e6;
  const spans = phaseSpans(parseAstroLog(await readFile(logFile, 'utf8')), wall);
  console.log(`${profileFile}: ${formatSeconds(wall)} profiled`);
  for (const phase of profileByPhase(profile, spans, { projectRoots: parsed.values.root })) {
    console.log(`  ${phase.name}: ${formatSeconds(phase.seconds)} wall, ${formatSeconds(phase.busyMs / 1000)} busy: ${phase.packages.map((p) => `${p.name} ${formatSeconds(p.ms / 1000)}`).join(', ')}`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
