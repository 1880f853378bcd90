import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PATH_PATTERN, compileApis, matchRoute, patternMatches, requestSegments } from '../../src/protect/routes.js';
import type { ProtectedApiRecord, ProtectedApiRule } from '../../src/store/types.js';

let n = 0;
function api(over: Partial<ProtectedApiRecord> & { rules: ProtectedApiRule[] }): ProtectedApiRecord {
  n++;
  return { id: `api_${n}`, workspaceId: 'wks_1', name: `API ${n}`, hosts: [], pathPrefix: '/', createdAt: n, updatedAt: n, ...over };
}
const rule = (method: ProtectedApiRule['method'], path: string, permission = 'x:read'): ProtectedApiRule => ({ method, path, permission });
const ask = (method: string, uri: string, host?: string) => ({ method, uri, host });

describe('protected API rule matching', () => {
  it('the first matching rule wins; `*` is one segment, `**` the rest; method `*` any; GET covers HEAD', () => {
    const apis = compileApis([
      api({
        rules: [
          rule('GET', '/invoices/*', 'invoices:read'),
          rule('*', '/invoices/*', 'invoices:write'),
          rule('POST', '/invoices', 'invoices:write'),
          rule('GET', '/files/**', 'files:read'),
        ],
      }),
    ]);
    const perm = (method: string, uri: string) => matchRoute(apis, ask(method, uri))?.rule.permission;
    expect(perm('GET', '/invoices/1')).toBe('invoices:read');
    expect(perm('HEAD', '/invoices/1')).toBe('invoices:read');
    expect(perm('DELETE', '/invoices/1')).toBe('invoices:write');
    expect(perm('POST', '/invoices')).toBe('invoices:write');
    expect(perm('GET', '/invoices')).toBeUndefined();
    expect(perm('GET', '/invoices/1/lines')).toBeUndefined();
    expect(perm('GET', '/files')).toBe('files:read');
    expect(perm('GET', '/files/a/b/c.pdf?download=1')).toBe('files:read');
    expect(perm('GET', '/elsewhere')).toBeUndefined();
    expect(matchRoute(apis, ask('get', '/invoices/1'))?.index).toBe(0);
  });

  it('selects the API by host and longest path prefix (host-specific first at equal length)', () => {
    const anyHost = api({ pathPrefix: '/', rules: [rule('*', '/**', 'root:any')] });
    const v1 = api({ pathPrefix: '/v1', rules: [rule('*', '/v1/**', 'v1:any')] });
    const billing = api({ pathPrefix: '/v1', hosts: ['billing.example.com'], rules: [rule('GET', '/v1/invoices', 'billing:read')] });
    const apis = compileApis([anyHost, v1, billing]);
    const perm = (uri: string, host?: string) => matchRoute(apis, ask('GET', uri, host))?.rule.permission;
    expect(perm('/v1/contacts')).toBe('v1:any');
    expect(perm('/v1/invoices', 'Billing.Example.com:8443')).toBe('billing:read');
    // The selected API decides alone: no fall-back to a shorter prefix.
    expect(perm('/v1/other', 'billing.example.com')).toBeUndefined();
    expect(perm('/v10')).toBe('root:any');
    expect(perm('/')).toBe('root:any');
    expect(matchRoute(compileApis([]), ask('GET', '/'))).toBeUndefined();
  });

  it('reads the path as the upstream will: decoded, dot segments resolved; ambiguous paths match nothing', () => {
    expect(requestSegments('/a/./b/../c//d?x=/e')).toEqual(['a', 'c', 'd']);
    expect(requestSegments('/adm%69n/x')).toEqual(['admin', 'x']);
    expect(requestSegments('/a/%2e%2e/b')).toEqual(['b']);
    expect(requestSegments('https://api.example.com/v1/x')).toEqual(['v1', 'x']);
    for (const bad of ['/a%2fb', '/a%5cb', '/a\\b', '/%zz', '/a%00', 'relative', '']) expect(requestSegments(bad), bad).toBeUndefined();
    const apis = compileApis([api({ rules: [rule('GET', '/admin/**', 'admin:read'), rule('GET', '/**', 'public:read')] })]);
    expect(matchRoute(apis, ask('GET', '/public/../admin/users'))?.rule.permission).toBe('admin:read');
    expect(matchRoute(apis, ask('GET', '/adm%69n/users'))?.rule.permission).toBe('admin:read');
    expect(matchRoute(apis, ask('GET', '/admin%2fusers'))).toBeUndefined();
  });

  const segment = fc.stringMatching(/^[a-z0-9_-]{1,6}$/);
  const pathArb = fc.array(segment, { maxLength: 5 });
  const patternArb = fc
    .tuple(fc.array(fc.oneof(segment, fc.constant('*')), { maxLength: 4 }), fc.boolean())
    .map(([segs, rest]) => (rest ? [...segs, '**'] : segs));
  const toPath = (segs: readonly string[]) => `/${segs.join('/')}`;

  it('a pattern matches exactly the paths its segments describe (property)', () => {
    fc.assert(
      fc.property(patternArb, pathArb, (pattern, path) => {
        const rest = pattern.at(-1) === '**';
        const fixed = rest ? pattern.slice(0, -1) : pattern;
        const expected = (rest ? path.length >= fixed.length : path.length === fixed.length) && fixed.every((p, i) => p === '*' || p === path[i]);
        expect(patternMatches(pattern, path)).toBe(expected);
        // A pattern always matches the path it was written from (its `*`s filled in).
        const filled = fixed.map((p) => (p === '*' ? 'x' : p));
        expect(patternMatches(pattern, filled)).toBe(true);
        expect(new RegExp(PATH_PATTERN).test(toPath(pattern))).toBe(true);
      }),
    );
  });

  it('the decision is the first rule, in order, whose method and pattern match (property)', () => {
    const ruleArb = fc.record({
      method: fc.constantFrom('*', 'GET', 'POST', 'DELETE' as const),
      pattern: patternArb,
      permission: segment.map((s) => `r:${s}`),
    });
    fc.assert(
      fc.property(fc.array(ruleArb, { minLength: 1, maxLength: 6 }), fc.constantFrom('GET', 'POST', 'DELETE', 'PUT'), pathArb, (rules, method, path) => {
        const apis = compileApis([api({ rules: rules.map((r) => rule(r.method, toPath(r.pattern), r.permission)) })]);
        const hit = matchRoute(apis, ask(method, toPath(path)));
        const first = rules.findIndex((r) => (r.method === '*' || r.method === method) && patternMatches(r.pattern, path));
        expect(hit?.index ?? -1).toBe(first);
      }),
    );
  });
});
