import fc from 'fast-check';

/**
 * Property tests draw their random cases from one fixed seed, so `npm test`
 * gives the same verdict on every run and every machine. To explore new
 * cases, run with `FC_SEED=random` (or a number); a failure prints the seed
 * and the counterexample, which then becomes an ordinary regression test.
 */
const setting = process.env.FC_SEED;
const seed = setting === 'random' ? Date.now() ^ (Math.random() * 0x100000000) : setting ? Number(setting) : 20261203;
fc.configureGlobal({ seed });
