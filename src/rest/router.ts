export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface Matchable {
  method: HttpMethod;
  /** OpenAPI path template, e.g. `/v1/candidates/{candidateId}/status` */
  path: string;
}

export type RouteMatch<R> = { route: R; params: Record<string, string> } | { allowed: HttpMethod[] } | null;

function compile(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { regex: new RegExp(`^${source}/?$`), names };
}

// Eight routes per dialect at most: the only routers installed (find-my-way, urlpattern-polyfill)
// are undeclared transitive dependencies, so the OpenAPI path templates are matched here.
export function createRouter<R extends Matchable>(routes: readonly R[]) {
  const compiled = routes.map((route) => ({ route, ...compile(route.path) }));
  return (method: string, path: string): RouteMatch<R> => {
    const allowed: HttpMethod[] = [];
    for (const { route, regex, names } of compiled) {
      const m = regex.exec(path);
      if (!m) continue;
      if (route.method !== method) {
        allowed.push(route.method);
        continue;
      }
      let params: Record<string, string>;
      try {
        params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(m[i + 1] ?? '')]));
      } catch {
        return null;
      }
      return { route, params };
    }
    return allowed.length ? { allowed } : null;
  };
}
