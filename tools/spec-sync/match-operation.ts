// Compiles a selection pattern "<METHOD[|METHOD]|*> <path glob>" into a predicate over (method, path).
export type OperationPredicate = (method: string, path: string) => boolean;

export function matchOperation(pattern: string): OperationPredicate {
  const [methodPart = '', pathPart = ''] = pattern.trim().split(/\s+/, 2);
  const methods = methodPart === '*' ? undefined : new Set(methodPart.toLowerCase().split('|'));
  const segments = splitPath(pathPart);
  return (method, path) => (methods === undefined || methods.has(method.toLowerCase())) && matchSegments(segments, splitPath(path));
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function matchSegments(pattern: readonly string[], actual: readonly string[]): boolean {
  if (pattern.length === 0) return actual.length === 0;
  const [head, ...rest] = pattern as [string, ...string[]];
  if (head === '**') {
    for (let skip = 0; skip <= actual.length; skip += 1) if (matchSegments(rest, actual.slice(skip))) return true;
    return false;
  }
  if (actual.length === 0) return false;
  return matchSegment(head, actual[0]!) && matchSegments(rest, actual.slice(1));
}

function matchSegment(pattern: string, actual: string): boolean {
  if (pattern === '*') return true;
  if (isTemplate(pattern)) return isTemplate(actual);
  if (!pattern.includes('*')) return pattern === actual;
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('[^/]*')}$`);
  return regex.test(actual);
}

function isTemplate(segment: string): boolean {
  return /^\{[^}]+\}$/.test(segment);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
