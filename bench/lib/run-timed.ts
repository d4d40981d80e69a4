/**
 * Run a command as a whole process under GNU `/usr/bin/time -v`, so its wall
 * time and peak memory are measured by the kernel, including any child
 * processes it starts.
 */
import { spawn } from 'node:child_process';
import { access, constants, open, readFile, rm } from 'node:fs/promises';
import { parseTimeOutput, type ProcessCost } from './parse-time-output.ts';
import { sampleProcessTree, treeCost, type TreeCost } from './process-tree.ts';

/** Where GNU time lives on Debian (`apt-get install -y time`). */
export const TIME_BINARY = '/usr/bin/time';

/** Whether GNU time is installed. */
export async function hasGnuTime(): Promise<boolean> {
  try {
    await access(TIME_BINARY, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** How to run a command. */
export interface TimedCommand {
  command: string;
  args: readonly string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** File that receives the command's stdout and stderr. */
  logPath: string;
  /** Also sample every process of the command's tree (Linux `/proc`), to count children it does not wait for. */
  sampleTree?: boolean;
}

/** What a timed command cost, with the cost of its whole process tree when sampled. */
export interface TimedCost extends ProcessCost {
  tree?: TreeCost;
}

/** Run a command under `/usr/bin/time -v`; throws, quoting the log's tail, when it fails. */
export async function runTimed({ command, args, cwd, env, logPath, sampleTree = false }: TimedCommand): Promise<TimedCost> {
  const timePath = `${logPath}.time`;
  const log = await open(logPath, 'w');
  try {
    let sampler: ReturnType<typeof sampleProcessTree> | undefined;
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(TIME_BINARY, ['-v', '-o', timePath, command, ...args], {
        cwd,
        env: env ?? process.env,
        stdio: ['ignore', log.fd, log.fd],
      });
      if (sampleTree && child.pid !== undefined) sampler = sampleProcessTree(child.pid);
      child.on('error', reject);
      child.on('close', resolve);
    });
    const sampled = sampler ? await sampler.stop() : undefined;
    const tree = sampled ? treeCost(sampled.processes, ['time'], sampled.moments) : undefined;
    const cost: TimedCost = { ...parseTimeOutput(await readFile(timePath, 'utf8')), ...(tree ? { tree } : {}) };
    if (code !== 0 || cost.exitStatus !== 0) {
      const tail = (await readFile(logPath, 'utf8')).split('\n').slice(-25).join('\n');
      throw new Error(`\`${[command, ...args].join(' ').slice(0, 300)}\` failed with exit status ${cost.exitStatus}; the end of ${logPath}:\n${tail}`);
    }
    return cost;
  } finally {
    await log.close();
    await rm(timePath, { force: true });
  }
}
