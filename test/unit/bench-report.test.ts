import { describe, expect, it } from 'vitest';
import { type CapacityInputs, capacityModel, modelReport } from '../../bench/capacity.js';
import type { LoadResult } from '../../bench/driver.js';
import { type Measurement, resultsTable, summarise, targetsTable } from '../../bench/report.js';
import { SCENARIOS, type Scenario, checkTargets, selectScenarios } from '../../bench/scenarios.js';

const scenario = (server: string, id: string): Scenario => {
  const sc = SCENARIOS.find((s) => s.server === server && s.id === id);
  if (!sc) throw new Error(`no scenario ${server}/${id}`);
  return sc;
};

/** A fixed measurement: `rps` requests a second, every response with the scenario's expected status unless `statuses` says. */
function measured(server: string, id: string, round: number, rps: number, more: Partial<LoadResult> & { cpu?: number } = {}): Measurement {
  const sc = scenario(server, id);
  const requests = rps * 5;
  const result: LoadResult = {
    id: 0,
    requests,
    seconds: 5,
    rps,
    p50Ms: 2,
    p99Ms: 10,
    statuses: { [String(sc.expect)]: requests },
    errors: 0,
    timeouts: 0,
    ...more,
  };
  return { scenario: sc, round, result, cpuUsPerRequest: more.cpu ?? 1e6 / rps };
}

/** Two rounds (req/s in each) of the bare reference, S1's baseline, (b) and (d), W1's baseline and (bw). */
const RATES: readonly (readonly [string, string, number, number])[] = [
  ['R0', 'r0', 20_000, 10_000],
  ['S1', 'a', 18_000, 9_000],
  ['S1', 'b', 14_000, 6_200],
  ['S1', 'd', 4_000, 3_000],
  ['W1', 'a', 19_000, 9_500],
  ['W1', 'bw', 16_000, 7_000],
];
const ROUNDS: Measurement[] = [0, 1].flatMap((round) => RATES.map(([server, id, ...rps]) => measured(server, id, round, rps[round])));

const byId = (summaries: ReturnType<typeof summarise>, id: string, server?: string) => summaries.find((s) => s.id === id && (!server || s.server === server))!;

describe('bench report: ratios to the bare Fastify reference', () => {
  it('divides each round by the reference of the same round, then takes the median', () => {
    const summaries = summarise(ROUNDS);
    // (b): 14,000 ÷ 20,000 = 0.70 and 6,200 ÷ 10,000 = 0.62 → 0.66; against S1's own (a): 0.778 and 0.689.
    expect(byId(summaries, 'b').bareRatio).toBeCloseTo(0.66, 10);
    expect(byId(summaries, 'b').rpsRatio).toBeCloseTo((14 / 18 + 6.2 / 9) / 2, 10);
    expect(byId(summaries, 'a', 'S1').bareRatio).toBeCloseTo(0.9, 10);
    expect(byId(summaries, 'd').bareRatio).toBeCloseTo((0.2 + 0.3) / 2, 10);
    expect(byId(summaries, 'r0').bareRatio).toBe(1);
  });

  it('has no ratio to an own baseline for a reference server, and no bare ratio without the reference', () => {
    expect(byId(summarise(ROUNDS), 'r0').rpsRatio).toBeNaN();
    const withoutReference = summarise(ROUNDS.filter((m) => m.scenario.server !== 'R0'));
    expect(byId(withoutReference, 'b').bareRatio).toBeNaN();
    expect(byId(withoutReference, 'b').rpsRatio).toBeGreaterThan(0);
  });

  it('prints the ÷ bare Fastify column, a dash where there is nothing to divide by, and an n/a row for an unmeasured scenario', () => {
    const table = resultsTable(summarise(ROUNDS), SCENARIOS, new Map([['dm', 'no ETag']]));
    const lines = table.split('\n');
    const cells = (line: string) =>
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
    const header = cells(lines[0]);
    expect(header).toContain('÷ bare Fastify');
    expect(lines).toHaveLength(2 + 6 + 1);
    for (const line of lines) expect(cells(line)).toHaveLength(header.length);
    const row = (id: string) => cells(lines.find((l) => cells(l)[0] === id)!);
    const bareColumn = header.indexOf('÷ bare Fastify');
    expect(row('b')[bareColumn]).toBe('0.66');
    expect(row('r0')[bareColumn]).toBe('1.00');
    expect(row('r0')[header.indexOf('req/s ÷ (a)')]).toBe('—');
    expect(row('dm').slice(0, 4)).toEqual(['dm', 'S1', scenario('S1', 'dm').description, 'n/a (no ETag)']);
  });
});

describe('bench targets against bare Fastify', () => {
  const verdicts = (checks: ReturnType<typeof checkTargets>) => {
    const table = targetsTable(checks).split('\n').slice(2);
    return new Map(checks.map((c, i) => [c.target.split(' ')[0], { ...c, verdict: table[i].split('|')[3].trim() }]));
  };

  it('meets and misses each threshold on the ratio to the reference', () => {
    const v = verdicts(checkTargets(summarise(ROUNDS)));
    // (b) 0.66 at info: met (≥ 0.65); (bw) (0.80 + 0.70) ÷ 2 = 0.75: met; S1's /healthz 0.90: met; (d) 0.25: met.
    expect(v.get('(b)')).toMatchObject({ measured: '0.66 ×', met: true, verdict: '**met**' });
    expect(v.get('(bw)')).toMatchObject({ measured: '0.75 ×', met: true });
    expect(v.get('(a)')).toMatchObject({ measured: '0.90 ×', met: true });
    expect(v.get('(d)')).toMatchObject({ measured: '0.25 ×', met: true });
    const slower = summarise(ROUNDS.map((m) => (m.scenario.id === 'b' ? measured('S1', 'b', m.round, m.result.rps * 0.9) : m)));
    expect(verdicts(checkTargets(slower)).get('(b)')).toMatchObject({ measured: '0.59 ×', met: false, verdict: '**NOT met**' });
  });

  it('reports a scenario that could not be measured as n/a, and one that did not run as not run', () => {
    const v = verdicts(checkTargets(summarise(ROUNDS), new Map([['dm', 'no ETag']])));
    expect(v.get('(dm)')).toMatchObject({ measured: 'n/a (no ETag)', met: undefined, verdict: 'n/a' });
    expect(v.get('(pd)')).toMatchObject({ measured: 'not run', met: undefined, verdict: 'not run' });
    expect(v.get('(sc1m)')).toMatchObject({ measured: 'not run', met: undefined });
  });

  it('checks (dm) on 304 answers only, and (sc1m) on its p50', () => {
    const dm = (share304: number) =>
      measured('S1', 'dm', 0, 15_000, { statuses: { '304': Math.round(75_000 * share304), '200': Math.round(75_000 * (1 - share304)) } });
    const rounds = [...ROUNDS.filter((m) => m.round === 0), measured('S7', 'a', 0, 15_000), measured('S7', 'sc1m', 0, 400, { p50Ms: 2.5 })];
    const good = verdicts(checkTargets(summarise([...rounds, dm(1)])));
    expect(good.get('(dm)')).toMatchObject({ measured: '0.75 ×', met: true });
    expect(good.get('(sc1m)')).toMatchObject({ measured: '2.50 ms', met: true });
    const stale = verdicts(checkTargets(summarise([...rounds, dm(0.5)])));
    expect(stale.get('(dm)')).toMatchObject({ met: false, verdict: '**NOT met**' });
    expect(stale.get('(dm)')?.measured).toContain('50.0 % 304');
  });
});

describe('bench scenario selection', () => {
  const ids = (only: string[], have = { redis: false, postgres: false }) => selectScenarios(only, have).scenarios.map((s) => `${s.server}/${s.id}`);

  it('brings the bare Fastify reference and the server baselines along with any subset', () => {
    expect(ids(['bw'])).toEqual(['R0/r0', 'W1/a', 'W1/bw']);
    expect(ids(['r1'])).toEqual(['R0/r0', 'R1/r1']);
    expect(ids(['S1'])).toEqual(expect.arrayContaining(['R0/r0', 'S1/a', 'S1/b', 'S1/dm']));
    expect(ids(['S1'])).not.toContain('R1/r1');
  });

  it('leaves out the servers the environment cannot start', () => {
    expect(ids([]).some((x) => x.startsWith('P'))).toBe(false);
    expect(ids([]).some((x) => x.startsWith('S5'))).toBe(false);
    expect(ids(['rib'], { redis: true, postgres: true })).toEqual(['R0/r0', 'P2/a', 'P2/rib']);
  });
});

describe('bench capacity model', () => {
  const inputs = (over: Partial<CapacityInputs>): CapacityInputs => ({
    label: 'GET /api/me',
    requests: 10_000,
    rps: 2_000,
    okShare: 1,
    instanceCpuUs: 100,
    redisCommands: 10,
    redisScriptCalls: 1,
    redisCommandsByName: { evalsha: 1 },
    redisCpuUs: 20,
    redisBackground: { commandsPerS: 0, cpuShare: 0 },
    pgStatements: 0.1,
    pgRowsRead: 0,
    pgRowsWritten: 0,
    pgCpuUs: 50,
    limiterFallbacks: 0,
    ...over,
  });

  it('turns CPU µs per request into requests/s per core and instances per Redis and per PostgreSQL core', () => {
    const m = capacityModel(inputs({}));
    expect(m.instanceRps).toBeCloseTo(10_000, 6);
    expect(m.redisCoreRps).toBeCloseTo(50_000, 6);
    expect(m.pgCoreRps).toBeCloseTo(20_000, 6);
    expect(m.instancesPerRedis).toBeCloseTo(5, 6);
    expect(m.instancesPerPgCore).toBeCloseTo(2, 6);
  });

  it('names what saturates first for the PostgreSQL cores given, and what to shard then', () => {
    // Redis serves 5 instances; 4 PostgreSQL cores serve 8, 2 cores 4.
    expect(modelReport([inputs({})], 4)).toMatch(/Redis saturates first\*\*, at about 5\.0 instances.*Redis Cluster/);
    expect(modelReport([inputs({})], 2)).toMatch(/PostgreSQL saturates first\*\*, at about 4\.0 instances.*read replicas/);
    expect(modelReport([inputs({ pgCpuUs: Number.NaN })], 4)).toMatch(/a figure is missing/);
    expect(modelReport([inputs({ redisCpuUs: -4 })], 4)).toMatch(/not positive/);
    expect(modelReport([inputs({ limiterFallbacks: 1 })], 4)).toMatch(/left Redis during the run.*no verdict/);
  });
});
