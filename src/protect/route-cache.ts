import type { ProtectedApiRepo } from '../store/types.js';
import { type CompiledApis, compileApis } from './routes.js';

/** The workspace as an accepted key's authentication record carries it. */
export interface WorkspaceVersion {
  readonly id: string;
  /** Moves with every change to the workspace's protected APIs (absent: 0). */
  readonly protectedApisVersion?: number;
}

/**
 * Each workspace's protected APIs, compiled, kept in memory under the version they were read at. The
 * version comes with the key's authentication record, as fresh as the key itself (the key cache's rule:
 * a change committed before the request arrived is seen, on every instance), so an entry is used only
 * when nothing changed since, and a read happens only after a change. A read made after the version was
 * known is at least that recent, so storing it under that version can never hide a change: at worst a
 * newer read is kept under an older version and read once more.
 */
export class ProtectedRouteCache {
  private readonly entries = new Map<string, { readonly version: number; readonly apis: CompiledApis | Promise<CompiledApis> }>();

  constructor(
    private readonly repo: Pick<ProtectedApiRepo, 'all'>,
    private readonly maxEntries = 10_000,
  ) {}

  /** The workspace's compiled APIs at (at least) `workspace`'s version: no await when cached. */
  routes(workspace: WorkspaceVersion): CompiledApis | Promise<CompiledApis> {
    const version = workspace.protectedApisVersion ?? 0;
    const entry = this.entries.get(workspace.id);
    if (entry && entry.version === version) return entry.apis;
    const loading = this.repo.all(workspace.id).then(compileApis);
    this.put(workspace.id, version, loading);
    return loading.then(
      (apis) => {
        if (this.entries.get(workspace.id)?.apis === loading) this.put(workspace.id, version, apis);
        return apis;
      },
      (err: unknown) => {
        if (this.entries.get(workspace.id)?.apis === loading) this.entries.delete(workspace.id);
        throw err;
      },
    );
  }

  private put(id: string, version: number, apis: CompiledApis | Promise<CompiledApis>): void {
    if (!this.entries.has(id) && this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(id, { version, apis });
  }

  get size(): number {
    return this.entries.size;
  }
}
