// The sandbox's control API under `/__sandbox`: another process (a demo, a bench, a browser test) injects scenarios
// and overrides, drives the notification sockets, expires or revokes tokens, and reads or resets the counters.
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { CxoneMock } from './create-cxone-mock.js';
import type { GenesysCloudMock } from './create-genesys-cloud-mock.js';
import { scenarioOptionNames, unknownScenarioOptions } from './scenario-options.js';

type ScenarioName = keyof GenesysCloudMock['scenarios'];
const scenarioNames: ScenarioName[] = ['unauthorized', 'forbidden', 'rateLimited', 'serverErrors', 'networkErrors', 'latency', 'tokenEndpointErrors'];

/** What the control API reads and changes: the sandbox's platforms and the handlers put in front of them. */
export interface SandboxControl {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** What `GET /__sandbox` answers besides the URL: the variables that point a client at the sandbox. */
  env: Record<string, string>;
  genesysCloud: GenesysCloudMock;
  cxone: CxoneMock;
  /** Puts a handler (a scenario) in front of the platforms. */
  use(handler: RequestHandler): void;
  /** Drops every handler put in front and every override of the platforms. */
  resetAll(): void;
}

/**
 * `POST /__sandbox/<genesys-cloud|nice-cxone>/scenarios/<name>` (JSON options), `POST .../expire-tokens`,
 * `POST .../revoke-refresh-tokens`, `POST .../overrides`, `DELETE .../overrides`, `DELETE /__sandbox/scenarios`,
 * `POST /__sandbox/genesys-cloud/notifications/<action>`, `GET /__sandbox/stats`, `POST /__sandbox/reset-stats`.
 */
export function sandboxControlHandlers(sandbox: SandboxControl): RequestHandler[] {
  const { url, env, genesysCloud, cxone } = sandbox;
  const control = `${url}/__sandbox`;
  return [
    http.get(control, () => HttpResponse.json({ url, env })),
    http.get(`${control}/stats`, () => HttpResponse.json({ 'genesys-cloud': genesysCloud.stats, 'nice-cxone': cxone.stats })),
    http.post(`${control}/reset-stats`, () => {
      genesysCloud.resetStats();
      cxone.resetStats();
      return new HttpResponse(null, { status: 204 });
    }),
    http.delete(`${control}/scenarios`, () => {
      sandbox.resetAll();
      return new HttpResponse(null, { status: 204 });
    }),
    ...overrideHandlers(sandbox, control),
    scenarioHandler(sandbox, control),
    notificationsHandler(sandbox, control),
    tokenActionsHandler(sandbox, control),
  ];
}

const platformsOf = (sandbox: SandboxControl) => ({ 'genesys-cloud': sandbox.genesysCloud, 'nice-cxone': sandbox.cxone }) as const;

type Platforms = ReturnType<typeof platformsOf>;

const platformOf = (platforms: Platforms, name: unknown) => platforms[String(name) as keyof Platforms];

/** `POST .../overrides` (`{ operation: "GET /api/v2/...", status, body, headers?, times? }`), `DELETE .../overrides`. */
function overrideHandlers(sandbox: SandboxControl, control: string): RequestHandler[] {
  const platforms = platformsOf(sandbox);
  return [
    http.post(`${control}/:platform/overrides`, async ({ request, params }) => {
      const platform = platformOf(platforms, params.platform);
      if (!platform || !('override' in platform)) {
        return HttpResponse.json({ error: 'unknown platform or the platform has no overrides', platforms: Object.keys(platforms) }, { status: 404 });
      }
      const body = await readControlBody(request);
      if (body instanceof Response) return body;
      const { operation, status, body: responseBody, headers, times } = body;
      try {
        if (typeof operation !== 'string' || typeof status !== 'number') throw new TypeError('send {"operation":"GET /api/v2/...","status":200,"body":{...}}');
        platform.override(operation as `GET /${string}`, {
          status,
          body: responseBody,
          headers: headers as Record<string, string> | undefined,
          // JSON has no Infinity: a negative `times` means "always".
          times: typeof times === 'number' && times >= 0 ? times : undefined,
        });
      } catch (error) {
        return HttpResponse.json({ error: 'invalid_options', message: error instanceof Error ? error.message : String(error) }, { status: 400 });
      }
      return new HttpResponse(null, { status: 204 });
    }),
    http.delete(`${control}/:platform/overrides`, ({ params }) => {
      const platform = platformOf(platforms, params.platform);
      if (!platform || !('resetOverrides' in platform)) return HttpResponse.json({ error: 'unknown platform' }, { status: 404 });
      platform.resetOverrides();
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}

/** `POST .../scenarios/<name>`: the scenario, made from the JSON options, goes in front of the platforms. */
function scenarioHandler(sandbox: SandboxControl, control: string): RequestHandler {
  const platforms = platformsOf(sandbox);
  return http.post(`${control}/:platform/scenarios/:name`, async ({ request, params }) => {
    const platform = platformOf(platforms, params.platform);
    const name = String(params.name) as ScenarioName;
    if (!platform || !scenarioNames.includes(name)) {
      return HttpResponse.json({ error: 'unknown platform or scenario', scenarios: scenarioNames }, { status: 404 });
    }
    const body = await readControlBody(request);
    if (body instanceof Response) return body;
    const unknown = unknownScenarioOptions(name, body);
    if (unknown !== undefined) return HttpResponse.json({ error: 'unknown_options', ...unknown, options: scenarioOptionNames[name] }, { status: 400 });
    // JSON has no Infinity: a negative `times` means "always".
    const scenarioOptions = typeof body.times === 'number' && body.times < 0 ? { ...body, times: Number.POSITIVE_INFINITY } : body;
    const create = platform.scenarios[name] as (o: unknown) => RequestHandler;
    let handler: RequestHandler;
    try {
      handler = create(scenarioOptions);
    } catch (error) {
      // options the scenario refuses (`requestsPerSecond: 0`, `rateLimitHeaders: "no"`): say why, inject nothing
      const message = error instanceof Error ? error.message : String(error);
      return HttpResponse.json({ error: 'invalid_options', message }, { status: 400 });
    }
    sandbox.use(handler);
    return new HttpResponse(null, { status: 204 });
  });
}

/** Genesys Cloud notifications: `publish` ({"topic","eventBody"}), `socket-closing`, `silent-drop`, `close-mid-stream` (body {"channelId"} optional). */
function notificationsHandler(sandbox: SandboxControl, control: string): RequestHandler {
  const { genesysCloud } = sandbox;
  return http.post(`${control}/genesys-cloud/notifications/:action`, async ({ request, params }) => {
    const body = await readControlBody(request);
    if (body instanceof Response) return body;
    const { scenarios } = genesysCloud.notifications;
    const channelId = typeof body.channelId === 'string' ? body.channelId : undefined;
    if (params.action === 'publish' && typeof body.topic === 'string') return HttpResponse.json(genesysCloud.notifications.publish(body.topic, body.eventBody ?? {}));
    if (params.action === 'socket-closing') scenarios.socketClosing(channelId, typeof body.graceMs === 'number' ? body.graceMs : undefined);
    else if (params.action === 'silent-drop') scenarios.silentDrop(channelId);
    else if (params.action === 'close-mid-stream') scenarios.closeMidStream(channelId);
    else return HttpResponse.json({ error: 'unknown action; use publish {topic, eventBody}, socket-closing, silent-drop or close-mid-stream' }, { status: 404 });
    return new HttpResponse(null, { status: 204 });
  });
}

/** `POST .../expire-tokens`, `POST .../revoke-refresh-tokens`. */
function tokenActionsHandler(sandbox: SandboxControl, control: string): RequestHandler {
  const platforms = platformsOf(sandbox);
  return http.post(`${control}/:platform/:action`, ({ params }) => {
    const platform = platformOf(platforms, params.platform);
    if (!platform) return HttpResponse.json({ error: 'unknown platform' }, { status: 404 });
    if (params.action === 'expire-tokens') platform.expireTokens();
    else if (params.action === 'revoke-refresh-tokens') platform.revokeRefreshTokens();
    else return HttpResponse.json({ error: 'unknown action; use expire-tokens or revoke-refresh-tokens' }, { status: 404 });
    return new HttpResponse(null, { status: 204 });
  });
}

/**
 * The JSON options of a control request: an empty body means `{}`; anything that is not a JSON object is answered
 * with a 400 naming the problem (a typo in a curl command must not silently inject a scenario with defaults).
 */
async function readControlBody(request: Request): Promise<Record<string, unknown> | Response> {
  const text = await request.text();
  if (text.trim() === '') return {};
  const where = `${request.method} ${new URL(request.url).pathname}`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return Response.json(
      { error: 'invalid_json', message: `the body of ${where} is not JSON (${reason}); send an object such as {"times":3,"retryAfterSeconds":2}` },
      { status: 400 },
    );
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return Response.json(
      { error: 'invalid_options', message: `the body of ${where} must be a JSON object of scenario options, got ${Array.isArray(body) ? 'an array' : JSON.stringify(body)}` },
      { status: 400 },
    );
  }
  return body as Record<string, unknown>;
}
